import { TENANCY, TenancyStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { TenancyModule } from './tenancy.module';
import { TenantSchema } from './tenant/tenant.entity';
import { Migration20261123000000 } from './migrations/Migration20261123000000';

export const tenancy: ServiceDefinition = {
  name: TENANCY,
  module: TenancyModule,
  entities: [TenantSchema],
  migrations: [{ name: 'Migration20261123000000', class: Migration20261123000000 }],
  streams: [TenancyStream],
};
