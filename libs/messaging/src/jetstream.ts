import { connect, RetentionPolicy, StorageType, type JetStreamManager, type NatsConnection } from 'nats';
import { DeadLetterStream } from '@shouhou/contracts';
import { natsConnectionOptions, type NatsAccess } from './nats-access';

/** A NATS connection as `access`'s identity; a bare URL takes the credentials from the environment. */
export async function connectNats(access: NatsAccess | string, name: string): Promise<NatsConnection> {
  return connect({ ...natsConnectionOptions(access, name), maxReconnectAttempts: -1, reconnectTimeWait: 500 });
}

const DAY_NS = 24 * 60 * 60 * 1e9;

/** The platform's stream configuration: one per service capturing `<service>.evt.>`, and DEAD_LETTERS. */
export function streamConfig(s: { name: string; subjects: readonly string[] }) {
  return {
    name: s.name,
    subjects: [...s.subjects],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: 120 * 1e9,
    max_age: 30 * DAY_NS,
  };
}

/**
 * Creates or updates the platform's streams (and DEAD_LETTERS). Only a trusted identity does this
 * (ADR 20): the launcher as tooling before the services start (local mode), the one-shot
 * `deploy/dist/streams.js` as the `streams` identity (compose, Kubernetes Job). A two-minute duplicate
 * window lets JetStream drop a relay's re-publish of the same outbox row (same Nats-Msg-Id) after a
 * crash between publish and marking the row.
 */
export async function ensureStreams(jsm: JetStreamManager, streams: readonly { name: string; subjects: readonly string[] }[]) {
  for (const s of unique([...streams, DeadLetterStream])) {
    const config = streamConfig(s);
    const exists = await jsm.streams.info(s.name).then(
      () => true,
      () => false,
    );
    if (!exists) await jsm.streams.add(config);
    else await jsm.streams.update(s.name, config);
  }
}

/**
 * What a service does at start: it may only look its streams up (its NATS identity cannot create,
 * update, delete or purge a stream; ADR 20), so a missing one fails the start with a clear message.
 */
export async function requireStreams(jsm: JetStreamManager, streams: readonly { name: string; subjects: readonly string[] }[]) {
  const missing: string[] = [];
  for (const s of unique([...streams, DeadLetterStream])) {
    const found = await jsm.streams.info(s.name).then(
      () => true,
      () => false,
    );
    if (!found) missing.push(s.name);
  }
  if (missing.length) {
    throw new Error(
      `JetStream stream(s) ${missing.join(', ')} missing: streams are created by a trusted identity before the services start ` +
        '(npm start does it; compose: the nats-streams service; Kubernetes: the nats-streams Job; by hand: node deploy/dist/streams.js as the streams or tooling identity)',
    );
  }
}

function unique<T extends { name: string }>(streams: T[]): T[] {
  return [...new Map(streams.map((s) => [s.name, s])).values()];
}
