import { DispatchStream, PARTS, PartsStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { PartsModule } from './parts.module';
import { Migration20261130100000 } from './migrations/Migration20261130100000';

export const parts: ServiceDefinition = {
  name: PARTS,
  module: PartsModule,
  entities: [],
  migrations: [{ name: 'Migration20261130100000', class: Migration20261130100000 }],
  // Its own stream, and dispatch's (vans and work orders' parts lines), whichever starts first.
  streams: [PartsStream, DispatchStream],
  deadlines: false,
};
