import { createHash, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, createLocalJWKSet } from 'jose';
import type { DevUser } from './realm';
import type { SigningKey } from './keys';

export interface Session {
  sid: string;
  user: DevUser;
  clientId: string;
  nonce?: string;
}

/** Keycloak-shaped access, id and refresh tokens for one session. */
export class TokenIssuer {
  constructor(
    readonly issuer: string,
    private readonly key: SigningKey,
    private readonly accessLifespan: number,
    private readonly refreshLifespan: number,
  ) {}

  async issue(session: Session) {
    const { user, clientId, sid } = session;
    const orgs = Object.fromEntries(user.organizations.map((o) => [o.alias, { id: o.id }]));
    const profile = {
      preferred_username: user.username,
      email: user.email,
      email_verified: true,
      name: `${user.firstName} ${user.lastName}`.trim(),
      given_name: user.firstName,
      family_name: user.lastName,
      ...(user.organizations.length ? { organization: orgs } : {}),
    };
    const access = await this.sign(
      {
        typ: 'Bearer',
        azp: clientId,
        sid,
        scope: 'openid profile email organization',
        realm_access: { roles: [...user.roles, 'offline_access'] },
        ...(user.adminRoles ? { resource_access: { 'realm-management': { roles: user.adminRoles } } } : {}),
        ...profile,
      },
      user.id,
      'account',
      this.accessLifespan,
    );
    const id = await this.sign({ typ: 'ID', azp: clientId, sid, nonce: session.nonce, ...profile }, user.id, clientId, this.accessLifespan);
    const refresh = await this.sign({ typ: 'Refresh', azp: clientId, sid, nonce: session.nonce }, user.id, this.issuer, this.refreshLifespan);
    return {
      access_token: access,
      expires_in: this.accessLifespan,
      refresh_expires_in: this.refreshLifespan,
      refresh_token: refresh,
      token_type: 'Bearer',
      id_token: id,
      'not-before-policy': 0,
      session_state: sid,
      scope: 'openid profile email organization',
    };
  }

  /** Reads a token this issuer signed (any type); throws if it is not one. */
  async read(token: string): Promise<Record<string, any>> {
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [this.key.publicJwk] }), { issuer: this.issuer });
    return payload as Record<string, any>;
  }

  async readRefreshToken(token: string): Promise<{ sub: string; sid: string; azp: string; nonce?: string }> {
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [this.key.publicJwk] }), { issuer: this.issuer });
    if (payload.typ !== 'Refresh') throw new Error('not a refresh token');
    return payload as any;
  }

  private sign(claims: Record<string, unknown>, sub: string, aud: string, lifespan: number) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.key.kid })
      .setIssuer(this.issuer)
      .setSubject(sub)
      .setAudience(aud)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${lifespan}s`)
      .sign(this.key.privateKey);
  }
}

export function pkceS256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
