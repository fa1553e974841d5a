// Telemetry first: it must patch `pg` and `http` before anything loads them.
import { startTelemetry } from '@shouhou/observability';
startTelemetry('parts');

import { runService } from '@shouhou/messaging';
import { parts } from './definition';

runService(parts).catch((error) => {
  console.error('parts failed to start:', error);
  process.exit(1);
});
