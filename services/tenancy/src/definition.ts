import { TENANCY, TenancyStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { TenancyModule } from './tenancy.module';
import { TenantSchema } from './tenant/tenant.entity';
import { Migration20261123000000 } from './migrations/Migration20261123000000';
import { Migration20261123010000 } from './migrations/Migration20261123010000';
import { Migration20261123030000 } from './migrations/Migration20261123030000';
import { Migration20261123040000 } from './migrations/Migration20261123040000';
import { Migration20261201000000 } from './migrations/Migration20261201000000';
import { CommitmentsVersionSchema, NationalCalendarYearSchema } from './commitments/commitments.entity';

export const tenancy: ServiceDefinition = {
  name: TENANCY,
  module: TenancyModule,
  entities: [TenantSchema, CommitmentsVersionSchema, NationalCalendarYearSchema],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261123010000', class: Migration20261123010000 },
    { name: 'Migration20261123030000', class: Migration20261123030000 },
    { name: 'Migration20261123040000', class: Migration20261123040000 },
    { name: 'Migration20261201000000', class: Migration20261201000000 },
  ],
  streams: [TenancyStream],
};
