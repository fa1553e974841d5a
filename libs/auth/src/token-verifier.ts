import Config from 'keycloak-connect/middleware/auth-utils/config';
import GrantManager from 'keycloak-connect/middleware/auth-utils/grant-manager';
import Token from 'keycloak-connect/middleware/auth-utils/token';
import { DomainError, Role } from '@shouhou/contracts';

export interface AuthConfig {
  /** e.g. http://localhost:8080 — the issuer is `${serverUrl}/realms/${realm}`, fixed here, never read from a token. */
  serverUrl: string;
  realm: string;
  /** The client whose tokens the gateway accepts (the console). */
  clientId: string;
  /**
   * Where the gateway itself reaches Keycloak for keys when that differs from the public URL in the
   * issuer (e.g. http://keycloak:8080 inside docker-compose while browsers use http://localhost:8080).
   */
  internalUrl?: string;
}

export function authConfigFromEnv(): AuthConfig {
  return {
    serverUrl: process.env.KEYCLOAK_URL ?? 'http://localhost:8080',
    realm: process.env.KEYCLOAK_REALM ?? 'shouhou',
    clientId: process.env.KEYCLOAK_CLIENT_ID ?? 'shouhou-console',
    internalUrl: process.env.KEYCLOAK_INTERNAL_URL || undefined,
  };
}

/** What a verified access token says about its bearer. */
export interface VerifiedIdentity {
  subject: string;
  username: string;
  email?: string;
  name?: string;
  roles: Role[];
  /** Keycloak organization ids the user is a member of (the tenant, for tenant users). */
  organizations: { alias: string; id?: string }[];
}

/**
 * Verifies bearer tokens with keycloak-connect's grant manager (bearer-only): signature against the
 * realm's JWKS (fetched from the fixed issuer and cached), expiry, type and issuer.
 */
export class TokenVerifier {
  private readonly grants: any;
  readonly issuer: string;

  constructor(config: AuthConfig) {
    const kc = new Config({
      realm: config.realm,
      'auth-server-url': config.serverUrl,
      resource: config.clientId,
      'bearer-only': true,
      'min-time-between-jwks-requests': 10,
    });
    this.grants = new GrantManager(kc);
    this.issuer = kc.realmUrl;
    // The issuer check uses the public URL; only the key download goes to the internal one.
    if (config.internalUrl) this.grants.rotation.realmUrl = `${config.internalUrl.replace(/\/$/, '')}/realms/${config.realm}`;
  }

  /**
   * Verified tokens by their text, until they expire: a console sends the same token for minutes, and
   * the RSA check is the costliest step of a request. A token is immutable, so a hit is as good as a check.
   */
  private readonly verified = new Map<string, { identity: VerifiedIdentity; expiresAt: number }>();
  private static readonly CACHE_LIMIT = 10_000;

  async verify(raw: string): Promise<VerifiedIdentity> {
    const hit = this.verified.get(raw);
    if (hit && hit.expiresAt > Date.now()) return hit.identity;
    if (hit) this.verified.delete(raw);
    const { identity, expiresAt } = await this.check(raw);
    if (this.verified.size >= TokenVerifier.CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(raw, { identity, expiresAt });
    return identity;
  }

  private async check(raw: string): Promise<{ identity: VerifiedIdentity; expiresAt: number }> {
    let token: any;
    try {
      token = new Token(raw, undefined);
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'the access token is malformed');
    }
    if (!token.content || !token.header) throw new DomainError('UNAUTHENTICATED', 'the access token is malformed');
    try {
      await this.grants.validateToken(token, 'Bearer');
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid token';
      throw new DomainError('UNAUTHENTICATED', `the access token was rejected: ${reason}`);
    }
    return { identity: identityFromClaims(token.content), expiresAt: Number(token.content.exp) * 1000 };
  }
}

/** Reads roles and organizations from Keycloak-shaped claims. */
export function identityFromClaims(claims: Record<string, any>): VerifiedIdentity {
  const realmRoles: unknown[] = claims.realm_access?.roles ?? [];
  const roles = realmRoles.flatMap((r) => {
    const parsed = Role.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    subject: String(claims.sub ?? ''),
    username: String(claims.preferred_username ?? claims.sub ?? ''),
    email: claims.email,
    name: claims.name,
    roles,
    organizations: organizationsFromClaim(claims.organization),
  };
}

/**
 * Keycloak writes the `organization` claim as a list of aliases (`["acme"]`) by default, or as a map of
 * alias to attributes (`{"acme": {"id": "..."}}`) when the organization-id mapper option is on.
 */
export function organizationsFromClaim(claim: unknown): { alias: string; id?: string }[] {
  if (Array.isArray(claim)) return claim.filter((a): a is string => typeof a === 'string').map((alias) => ({ alias }));
  if (claim && typeof claim === 'object') {
    return Object.entries(claim as Record<string, any>).map(([alias, attrs]) => ({
      alias,
      id: typeof attrs?.id === 'string' ? attrs.id : undefined,
    }));
  }
  return [];
}
