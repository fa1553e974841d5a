/**
 * Creates or updates the platform's JetStream streams (ADR 20) from the one list (`platformStreams`):
 * services may only look their streams up, so this runs first, as a trusted identity.
 *   npm start                       the launcher does it as tooling, before the services start
 *   docker compose                  the one-shot `nats-streams` service (identity `streams`)
 *   Kubernetes                      the `nats-streams` Job (identity `streams`)
 *   by hand                         NATS_URL=… NATS_USER=streams NATS_PASSWORD=… node deploy/dist/streams.js
 */
import { connectNats, ensureStreams, natsAccessFromEnv, type NatsAccess } from '@shouhou/messaging';
import { platformStreams } from './nats-auth';
// stack.ts uses createPlatformStreams too; SERVICES is read only when this file runs as a program.
import { SERVICES } from './stack';

export async function createPlatformStreams(access: NatsAccess, services: readonly string[]): Promise<string[]> {
  const nc = await connectNats(access, 'shouhou-streams');
  try {
    const streams = platformStreams(services);
    await ensureStreams(await nc.jetstreamManager(), streams);
    return streams.map((s) => s.name);
  } finally {
    await nc.close();
  }
}

/** In compose and Kubernetes NATS may still be starting: a few attempts, one second apart. */
async function withRetries<T>(attempts: number, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

if (require.main === module) {
  withRetries(30, () => createPlatformStreams(natsAccessFromEnv(), SERVICES)).then(
    (names) => console.log(`streams ready: ${names.join(', ')}`),
    (error) => {
      console.error(`could not create the streams: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
