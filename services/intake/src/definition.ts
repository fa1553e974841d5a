import { DispatchStream, INTAKE, IntakeStream, TenancyStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { IntakeModule } from './intake.module';
import { ServiceRequestSchema } from './service-request/service-request.entity';
import { Migration20261123000000 } from './migrations/Migration20261123000000';
import { Migration20261123020000 } from './migrations/Migration20261123020000';
import { Migration20261123030000 } from './migrations/Migration20261123030000';
import { Migration20261123040000 } from './migrations/Migration20261123040000';
import { Migration20261124000000 } from './migrations/Migration20261124000000';
import { Migration20261124010000 } from './migrations/Migration20261124010000';
import { Migration20261124020000 } from './migrations/Migration20261124020000';
import { Migration20261124030000 } from './migrations/Migration20261124030000';
import { Migration20261124100000 } from './migrations/Migration20261124100000';
import { Migration20261124110000 } from './migrations/Migration20261124110000';
import { Migration20261201000000 } from './migrations/Migration20261201000000';

export const intake: ServiceDefinition = {
  name: INTAKE,
  module: IntakeModule,
  entities: [ServiceRequestSchema],
  migrations: [
    { name: 'Migration20261123000000', class: Migration20261123000000 },
    { name: 'Migration20261123020000', class: Migration20261123020000 },
    { name: 'Migration20261123030000', class: Migration20261123030000 },
    { name: 'Migration20261123040000', class: Migration20261123040000 },
    { name: 'Migration20261124000000', class: Migration20261124000000 },
    { name: 'Migration20261124010000', class: Migration20261124010000 },
    { name: 'Migration20261124020000', class: Migration20261124020000 },
    { name: 'Migration20261124030000', class: Migration20261124030000 },
    { name: 'Migration20261124100000', class: Migration20261124100000 },
    { name: 'Migration20261124110000', class: Migration20261124110000 },
    { name: 'Migration20261201000000', class: Migration20261201000000 },
  ],
  // Its own stream, and those it consumes from, so that its consumers can bind whichever starts first.
  streams: [IntakeStream, TenancyStream, DispatchStream],
  deadlines: true,
};
