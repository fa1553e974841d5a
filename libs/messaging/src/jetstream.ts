import { connect, RetentionPolicy, StorageType, type JetStreamManager, type NatsConnection } from 'nats';
import { DeadLetterStream } from '@shouhou/contracts';

export async function connectNats(servers: string, name: string): Promise<NatsConnection> {
  return connect({ servers: servers.split(','), name, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
}

const DAY_NS = 24 * 60 * 60 * 1e9;

/**
 * Creates or updates the streams a service publishes to. A two-minute duplicate window lets JetStream
 * drop a relay's re-publish of the same outbox row (same Nats-Msg-Id) after a crash between publish
 * and marking the row.
 */
export async function ensureStreams(jsm: JetStreamManager, streams: { name: string; subjects: readonly string[] }[]) {
  for (const s of [...streams, DeadLetterStream]) {
    const config = {
      name: s.name,
      subjects: [...s.subjects],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      duplicate_window: 120 * 1e9,
      max_age: 30 * DAY_NS,
    };
    try {
      await jsm.streams.info(s.name);
      await jsm.streams.update(s.name, config);
    } catch {
      await jsm.streams.add(config);
    }
  }
}
