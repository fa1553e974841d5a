import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as edSign,
  verify as edVerify,
  type KeyObject,
} from 'node:crypto';
import {
  asTenantId,
  DomainError,
  Role,
  type ActorContext,
  type PlatformContext,
  type RpcScope,
  type TenantContext,
} from '@shouhou/contracts';

/**
 * The caller's context, signed (ADR 20). The gateway and operator tooling hold an Ed25519 private key
 * and sign, per call, who acts for which tenant with which roles, the request id, the subject the call
 * is for (audience), a digest of the payload and a short expiry. Every responder holds only public keys
 * and verifies before it parses the payload or runs a handler, so a plain `x-tenant-id` header is
 * worth nothing and a compromised service cannot forge a call to another one.
 *
 * Token: `base64url(JSON claims) "." base64url(Ed25519 signature of the first part)`.
 */
export interface ContextClaims {
  v: 1;
  /** Which key signed: the verifier looks its public key up by this id. */
  kid: string;
  /** The subject the call was signed for. */
  aud: string;
  /** Issued at and expires, seconds since the epoch. */
  iat: number;
  exp: number;
  /** sha256 (base64url) of the payload's JSON. */
  dig: string;
  rid: string;
  /** Absent for `service` calls, which carry no actor. */
  act?: string;
  rol?: string[];
  ten?: string;
  /** The client's Idempotency-Key for this request, when it sent one (ADR 21). */
  idk?: string;
}

export const CONTEXT_TTL_SECONDS = 60;
/** Clocks of two pods may differ a little. */
const CLOCK_SKEW_SECONDS = 5;

/** The payload's digest: the JSON both ends see (Nest's transport sends JSON and parses it back). */
export function payloadDigest(payload: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(payload === undefined ? null : payload) ?? 'null')
    .digest('base64url');
}

/** A key in configuration: `<kid>:<base64 DER>` (pkcs8 private, spki public) or `<kid>:<PEM>`. */
function splitKey(value: string, what: string): { kid: string; body: string } {
  const at = value.indexOf(':');
  if (at <= 0) throw new Error(`${what}: expected "<key id>:<base64 DER or PEM>"`);
  return { kid: value.slice(0, at).trim(), body: value.slice(at + 1).trim() };
}

export function parsePrivateKey(value: string): { kid: string; key: KeyObject } {
  const { kid, body } = splitKey(value, 'CONTEXT_SIGNING_KEY');
  const key = body.startsWith('-----')
    ? createPrivateKey(body.replace(/\\n/g, '\n'))
    : createPrivateKey({ key: Buffer.from(body, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('CONTEXT_SIGNING_KEY must be an Ed25519 key');
  return { kid, key };
}

/**
 * A public key and the subjects it may sign for: all when `subjects` is absent (the gateway's and
 * tooling's keys), else only those (a service's key for its one declared call, ADR 20).
 */
export interface VerifyKey {
  key: KeyObject;
  subjects?: readonly string[];
}

/**
 * `CONTEXT_VERIFY_KEYS`: comma-separated keys; two during a rotation (the old and the new). A key id may
 * carry its allowlist, `<kid>@<subject>|<subject>:<key>` (NATS wildcards `*` and `>` allowed): the key is
 * accepted only for those subjects.
 */
export function parsePublicKeys(value: string): Map<string, VerifyKey> {
  const keys = new Map<string, VerifyKey>();
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const { kid: head, body } = splitKey(entry, 'CONTEXT_VERIFY_KEYS');
    const at = head.indexOf('@');
    const kid = at < 0 ? head : head.slice(0, at);
    const subjects = at < 0 ? undefined : head.slice(at + 1).split('|').map((x) => x.trim()).filter(Boolean);
    if (!kid) throw new Error('CONTEXT_VERIFY_KEYS: a key without a key id');
    if (subjects && subjects.length === 0) throw new Error(`CONTEXT_VERIFY_KEYS: key ${kid} has an empty subject list after "@"`);
    const key = body.startsWith('-----')
      ? createPublicKey(body.replace(/\\n/g, '\n'))
      : createPublicKey({ key: Buffer.from(body, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`CONTEXT_VERIFY_KEYS: key ${kid} is not an Ed25519 key`);
    keys.set(kid, { key, ...(subjects ? { subjects } : {}) });
  }
  return keys;
}

/** A verify key (`<kid>:<key>`) limited to `subjects`, in CONTEXT_VERIFY_KEYS form. */
export function restrictVerifyKey(verifyKey: string, subjects: readonly string[]): string {
  const { kid, body } = splitKey(verifyKey, 'verify key');
  if (subjects.length === 0) throw new Error(`verify key ${kid}: no subjects to allow`);
  return `${kid.split('@')[0]}@${subjects.join('|')}:${body}`;
}

/** NATS subject matching: `*` one token, `>` the rest. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

/** A new key pair in configuration form: the signing key for the caller, the verify key for services. */
export function generateContextKeys(kid: string): { signingKey: string; verifyKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    signingKey: `${kid}:${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
    verifyKey: `${kid}:${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
  };
}

export class ContextSigner {
  readonly kid: string;
  private readonly key: KeyObject;

  constructor(signingKey: string, private readonly ttlSeconds = CONTEXT_TTL_SECONDS) {
    ({ kid: this.kid, key: this.key } = parsePrivateKey(signingKey));
  }

  /** `CONTEXT_SIGNING_KEY` of the gateway, of tooling, or of the one service allowed to call another. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): ContextSigner | undefined {
    return env.CONTEXT_SIGNING_KEY ? new ContextSigner(env.CONTEXT_SIGNING_KEY) : undefined;
  }

  sign(subject: string, ctx: ActorContext | undefined, payload: unknown, nowMs = Date.now()): string {
    const iat = Math.floor(nowMs / 1000);
    const claims: ContextClaims = {
      v: 1,
      kid: this.kid,
      aud: subject,
      iat,
      exp: iat + this.ttlSeconds,
      dig: payloadDigest(payload),
      rid: ctx?.requestId ?? '',
      ...(ctx ? { act: ctx.actorId, rol: [...ctx.roles] } : {}),
      ...(ctx?.kind === 'tenant' ? { ten: ctx.tenantId } : {}),
      ...(ctx?.idempotencyKey ? { idk: ctx.idempotencyKey } : {}),
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${edSign(null, Buffer.from(body), this.key).toString('base64url')}`;
  }
}

const unauthenticated = (why: string) => new DomainError('UNAUTHENTICATED', `caller context refused: ${why}`);

export class ContextVerifier {
  constructor(private readonly keys: Map<string, VerifyKey>) {
    if (keys.size === 0) throw new Error('no context verify keys');
  }

  /** `CONTEXT_VERIFY_KEYS` of a service; a service without it refuses to start. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): ContextVerifier {
    if (!env.CONTEXT_VERIFY_KEYS) {
      throw new Error('CONTEXT_VERIFY_KEYS is not set (the public keys of the gateway and tooling, "<kid>:<base64 spki>", comma-separated)');
    }
    return new ContextVerifier(parsePublicKeys(env.CONTEXT_VERIFY_KEYS));
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  /**
   * Checks key (and the subjects it may sign for), signature, expiry, audience and payload digest; answers
   * the claims or throws UNAUTHENTICATED. Not checked: whether the same token was seen before — within its
   * 60 s the same request with the same payload is accepted again (ADR 20, replay).
   */
  verify(token: string | undefined, subject: string, payload: unknown, nowMs = Date.now()): ContextClaims {
    if (!token) throw unauthenticated('no signed context');
    const dot = token.indexOf('.');
    if (dot <= 0 || dot !== token.lastIndexOf('.')) throw unauthenticated('malformed');
    const body = token.slice(0, dot);
    let claims: ContextClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw unauthenticated('malformed');
    }
    if (!claims || typeof claims !== 'object' || claims.v !== 1 || typeof claims.kid !== 'string') throw unauthenticated('malformed');
    const known = this.keys.get(claims.kid);
    if (!known) throw unauthenticated(`unknown key ${claims.kid.slice(0, 40)}`);
    // A key with an allowlist (a service's, for its one declared call) signs nothing else (ADR 20).
    if (known.subjects && !known.subjects.some((p) => subjectMatches(p, subject))) {
      throw unauthenticated(`key ${claims.kid.slice(0, 40)} may not sign for ${subject}`);
    }
    if (!edVerify(null, Buffer.from(body), known.key, Buffer.from(token.slice(dot + 1), 'base64url'))) throw unauthenticated('bad signature');
    const now = nowMs / 1000;
    if (typeof claims.exp !== 'number' || claims.exp < now - CLOCK_SKEW_SECONDS) throw unauthenticated('expired');
    if (typeof claims.iat !== 'number' || claims.iat > now + CLOCK_SKEW_SECONDS) throw unauthenticated('issued in the future');
    if (claims.aud !== subject) throw unauthenticated('signed for another subject');
    if (claims.dig !== payloadDigest(payload)) throw unauthenticated('signed for another payload');
    return claims;
  }
}

function roles(values: unknown): Role[] {
  return (Array.isArray(values) ? values : []).flatMap((r) => {
    const role = Role.safeParse(r);
    return role.success ? [role.data] : [];
  });
}

/** The context of a verified call, as the contract's scope requires (FORBIDDEN when it does not fit). */
export function contextFromClaims(scope: RpcScope, claims: ContextClaims): ActorContext | undefined {
  if (scope === 'service') return undefined;
  if (claims.act === undefined) throw new DomainError('FORBIDDEN', 'a service call carries no actor');
  const base = {
    actorId: claims.act,
    roles: roles(claims.rol),
    requestId: claims.rid ?? '',
    ...(typeof claims.idk === 'string' ? { idempotencyKey: claims.idk } : {}),
  };
  if (scope === 'platform') {
    if (!base.roles.includes('platform-admin')) throw new DomainError('FORBIDDEN', 'platform-admin role required');
    return { kind: 'platform', ...base } satisfies PlatformContext;
  }
  if (!claims.ten) throw new DomainError('FORBIDDEN', 'no tenant in the request context');
  let tenantId;
  try {
    tenantId = asTenantId(claims.ten);
  } catch {
    throw new DomainError('FORBIDDEN', 'the tenant in the request context is not a tenant id');
  }
  return { kind: 'tenant', tenantId, ...base } satisfies TenantContext;
}
