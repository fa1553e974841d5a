// Telemetry first: it must patch `pg` and `http` before anything loads them.
import { startTelemetry } from '@shouhou/observability';
startTelemetry('dispatch');

import { runService } from '@shouhou/messaging';
import { dispatch } from './definition';

runService(dispatch).catch((error) => {
  console.error('dispatch failed to start:', error);
  process.exit(1);
});
