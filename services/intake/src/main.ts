// Telemetry first: it must patch `pg` and `http` before anything loads them.
import { startTelemetry } from '@shouhou/observability';
startTelemetry('intake');

import { runService } from '@shouhou/messaging';
import { intake } from './definition';

runService(intake).catch((error) => {
  console.error('intake failed to start:', error);
  process.exit(1);
});
