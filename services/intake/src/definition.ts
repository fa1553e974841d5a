import { INTAKE, IntakeStream } from '@shouhou/contracts';
import type { ServiceDefinition } from '@shouhou/messaging';
import { IntakeModule } from './intake.module';
import { ServiceRequestSchema } from './service-request/service-request.entity';
import { Migration20261123000000 } from './migrations/Migration20261123000000';

export const intake: ServiceDefinition = {
  name: INTAKE,
  module: IntakeModule,
  entities: [ServiceRequestSchema],
  migrations: [{ name: 'Migration20261123000000', class: Migration20261123000000 }],
  streams: [IntakeStream],
};
