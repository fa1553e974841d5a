import { DispatchStream, PARTS, PartsStream, TenancyStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { PartsModule } from './parts.module';
import { Migration20261130100000 } from './migrations/Migration20261130100000';
import { Migration20261201000000 } from './migrations/Migration20261201000000';

export const parts: ServiceDefinition = {
  name: PARTS,
  module: PartsModule,
  entities: [],
  migrations: [
    { name: 'Migration20261130100000', class: Migration20261130100000 },
    { name: 'Migration20261201000000', class: Migration20261201000000 },
  ],
  // Its own stream, dispatch's (vans and work orders' parts lines) and tenancy's (the company's
  // time zone), whichever starts first.
  streams: [PartsStream, DispatchStream, TenancyStream],
  deadlines: false,
};
