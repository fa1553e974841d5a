// Telemetry first: it must patch `http` before Nest loads it.
import { startTelemetry, stopTelemetry } from '@shouhou/observability';
startTelemetry('gateway');

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { serveConsole } from './console/serve-console';
import { installBodyLimits } from './http/body-limits';
import { boundWebSockets } from './http/websocket-limits';
import { QuietGraphQLErrors } from './graphql/quiet-errors.filter';

async function main() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'], bodyParser: false });
  // Each route reads its body within its own limit, before any other work (http/body-limits.ts).
  installBodyLimits(app.getHttpAdapter().getInstance());
  app.useGlobalFilters(new QuietGraphQLErrors(app.getHttpAdapter()));
  if (!serveConsole(app)) console.warn('gateway: no console build found; serving the API only');
  app.enableShutdownHooks();
  app.enableCors({ origin: true, credentials: true });
  await app.init();
  boundWebSockets(app);
  await app.listen(Number(process.env.PORT ?? 4000), '0.0.0.0');
  const stop = async () => {
    await app.close();
    await stopTelemetry();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error('gateway failed to start:', error);
  process.exit(1);
});
