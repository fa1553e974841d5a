import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateContextKeys, type NatsAccess } from '@shouhou/messaging';
import { contextSigners, identities, passwordVariable, verifyKeysFor, type NatsIdentity } from '../nats-auth';

/**
 * The local stack's secrets (ADR 20): a NATS password per identity, new on every start (only when the
 * stack runs its own nats-server), and the context signing keys, made once into the data directory.
 */
export interface LocalCredentials {
  /** Literal passwords for the nats-server config; undefined with a NATS_URL of the user's own. */
  passwords?: Record<NatsIdentity, string>;
  /** NATS_USER / NATS_PASSWORD / CONTEXT_SIGNING_KEY / CONTEXT_VERIFY_KEYS for one process. */
  env(identity: NatsIdentity): Record<string, string>;
  /** How tooling (seed, tests) reaches NATS and signs. */
  access(identity: NatsIdentity, servers: string): NatsAccess;
}

interface KeyPair {
  signingKey: string;
  verifyKey: string;
}

export function localCredentials(dataDir: string, services: readonly string[], ownNats: boolean, env: NodeJS.ProcessEnv = process.env): LocalCredentials {
  const all = identities(services);
  const passwords = ownNats ? Object.fromEntries(all.map((id) => [id, randomBytes(18).toString('base64url')])) : undefined;
  // Signers: the gateway, tooling, and a service that calls another (SERVICE_CALLS); a caller's key is
  // accepted only by the callee, and there only for the subjects it calls.
  const keys = contextKeys(path.join(dataDir, 'context-keys.json'), contextSigners(services));
  const verifyKeyOf = (signer: NatsIdentity) => keys[signer]!.verifyKey;

  const natsLogin = (identity: NatsIdentity): { user?: string; password?: string } => {
    if (passwords) return { user: identity, password: passwords[identity] };
    // The user's own NATS: per-identity passwords when given (as compose and Kubernetes name them), else
    // the shared NATS_USER / NATS_PASSWORD of the environment, else none.
    const own = env[passwordVariable(identity)];
    if (own) return { user: identity, password: own };
    return { user: env.NATS_USER || undefined, password: env.NATS_PASSWORD || undefined };
  };

  return {
    passwords,
    env(identity) {
      const login = natsLogin(identity);
      return {
        ...(login.user ? { NATS_USER: login.user, NATS_PASSWORD: login.password ?? '' } : {}),
        ...(keys[identity] ? { CONTEXT_SIGNING_KEY: keys[identity].signingKey } : {}),
        ...(services.includes(identity) ? { CONTEXT_VERIFY_KEYS: verifyKeysFor(identity, services, verifyKeyOf) } : {}),
      };
    },
    access(identity, servers) {
      const login = natsLogin(identity);
      return { servers, ...login, signingKey: keys[identity]?.signingKey };
    },
  };
}

/** Key pairs per signer, kept in the data directory (0600) so restarts keep them; missing ones are made. */
function contextKeys(file: string, signers: string[]): Record<string, KeyPair> {
  const keys: Record<string, KeyPair> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  let changed = false;
  for (const signer of signers) {
    if (keys[signer]) continue;
    keys[signer] = generateContextKeys(`local-${signer}-${Date.now().toString(36)}`);
    changed = true;
  }
  if (changed) writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
