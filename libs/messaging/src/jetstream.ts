import { connect, RetentionPolicy, StorageType, type JetStreamManager, type NatsConnection } from 'nats';
import { DeadLetterStream } from '@shouhou/contracts';
import { natsConnectionOptions, type NatsAccess } from './nats-access';

/** A NATS connection as `access`'s identity; a bare URL takes the credentials from the environment. */
export async function connectNats(access: NatsAccess | string, name: string): Promise<NatsConnection> {
  return connect({ ...natsConnectionOptions(access, name), maxReconnectAttempts: -1, reconnectTimeWait: 500 });
}

const DAY_NS = 24 * 60 * 60 * 1e9;

/**
 * Creates or updates the streams a service publishes to. A two-minute duplicate window lets JetStream
 * drop a relay's re-publish of the same outbox row (same Nats-Msg-Id) after a crash between publish
 * and marking the row. With `own` (the service's stream), the others it lists (streams it reads) are
 * only created when missing, never changed: its NATS identity may update only its own (ADR 20).
 */
export async function ensureStreams(jsm: JetStreamManager, streams: { name: string; subjects: readonly string[] }[], own?: string) {
  for (const s of [...streams, DeadLetterStream]) {
    const config = {
      name: s.name,
      subjects: [...s.subjects],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      duplicate_window: 120 * 1e9,
      max_age: 30 * DAY_NS,
    };
    const exists = await jsm.streams.info(s.name).then(
      () => true,
      () => false,
    );
    if (!exists) await jsm.streams.add(config);
    else if (!own || s.name === own || s.name === DeadLetterStream.name) await jsm.streams.update(s.name, config);
  }
}
