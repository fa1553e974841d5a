import { SignJWT } from 'jose';
import type { SigningKey } from '@shouhou/deploy';

/** A token from the dev identity provider's password grant, as a script or the console would get it. */
export async function passwordToken(issuer: string, username: string, password = 'demo'): Promise<string> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'shouhou-console', username, password }),
  });
  const body = (await res.json()) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(`no token for ${username}: ${body.error_description}`);
  return body.access_token;
}

/**
 * A token signed with `key` and whatever claims a test needs: expired, from another issuer, without
 * roles, for an organization the realm does not have.
 */
export async function mintToken(
  key: SigningKey,
  claims: Record<string, unknown> & { iss: string; sub: string },
  lifetimeSeconds = 300,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'Bearer', azp: 'shouhou-console', aud: 'account', iat: now, exp: now + lifetimeSeconds, ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(key.privateKey);
}
