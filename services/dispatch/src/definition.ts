import { DISPATCH, DispatchStream, IntakeStream, PartsStream, TenancyStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { DispatchModule } from './dispatch.module';
import { QueueEntrySchema } from './queue/queue-entry.entity';
import { Migration20261123000000 } from './migrations/Migration20261123000000';
import { Migration20261124000000 } from './migrations/Migration20261124000000';
import { Migration20261124010000 } from './migrations/Migration20261124010000';
import { Migration20261130000000 } from './migrations/Migration20261130000000';
import { Migration20261201000000 } from './migrations/Migration20261201000000';
import { Migration20261201010000 } from './migrations/Migration20261201010000';

export const dispatch: ServiceDefinition = {
  name: DISPATCH,
  module: DispatchModule,
  entities: [QueueEntrySchema],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261124010000', class: Migration20261124010000 },
    { name: 'Migration20261130000000', class: Migration20261130000000 },
    { name: 'Migration20261201000000', class: Migration20261201000000 },
    { name: 'Migration20261201010000', class: Migration20261201010000 },
  ],
  // Its own stream, and those it consumes from, so that its consumers can bind whichever starts first.
  streams: [DispatchStream, IntakeStream, TenancyStream, PartsStream],
  deadlines: true,
};
