import type { ConnectionOptions } from 'nats';

/**
 * How one process reaches NATS and, for callers, signs what it asks (ADR 20). Read from the environment
 * in one place (`natsAccessFromEnv`); tooling and tests get theirs from the stack (`stack.tooling`).
 */
export interface NatsAccess {
  /** Comma-separated server URLs. */
  servers: string;
  /** The NATS identity: `NATS_USER` / `NATS_PASSWORD`. Absent on a server without authentication. */
  user?: string;
  password?: string;
  /** `CONTEXT_SIGNING_KEY` (`<kid>:<base64 pkcs8>`): for callers only (gateway, tooling). */
  signingKey?: string;
}

export function natsAccessFromEnv(env: NodeJS.ProcessEnv = process.env): NatsAccess {
  return {
    servers: env.NATS_URL || 'nats://127.0.0.1:4222',
    user: env.NATS_USER || undefined,
    password: env.NATS_PASSWORD || undefined,
    signingKey: env.CONTEXT_SIGNING_KEY || undefined,
  };
}

/** A bare URL string means: these servers, with the credentials of the environment. */
export function toNatsAccess(access: NatsAccess | string): NatsAccess {
  return typeof access === 'string' ? { ...natsAccessFromEnv(), servers: access } : access;
}

/**
 * Connection options for nats.js and Nest's NATS transport. An authenticated identity gets its own
 * inbox prefix (`_INBOX.<user>`), so its permissions can let it read its own replies and no one else's.
 */
export function natsConnectionOptions(access: NatsAccess | string, name: string): ConnectionOptions {
  const a = toNatsAccess(access);
  return {
    servers: a.servers.split(','),
    name,
    ...(a.user ? { user: a.user, pass: a.password ?? '', inboxPrefix: inboxPrefixOf(a.user) } : {}),
  };
}

export function inboxPrefixOf(user: string): string {
  return `_INBOX.${user}`;
}
