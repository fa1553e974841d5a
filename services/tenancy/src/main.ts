// Telemetry first: it must patch `pg` and `http` before anything loads them.
import { startTelemetry } from '@shouhou/observability';
startTelemetry('tenancy');

import { runService } from '@shouhou/messaging';
import { tenancy } from './definition';

runService(tenancy).catch((error) => {
  console.error('tenancy failed to start:', error);
  process.exit(1);
});
