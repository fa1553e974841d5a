import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { startDevIdp, type DevIdp } from './server';

let idp: DevIdp;
const oidc = () => `${idp.issuer}/protocol/openid-connect`;
const redirectUri = 'http://localhost:4000/callback';

beforeAll(async () => {
  idp = await startDevIdp({ port: 0 });
});
afterAll(() => idp.close());

async function token(form: Record<string, string>) {
  const res = await fetch(`${oidc()}/token`, { method: 'POST', body: new URLSearchParams({ client_id: 'shouhou-console', ...form }) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function signIn(challenge: string, password = 'demo') {
  const res = await fetch(`${oidc()}/login-actions/authenticate`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      client_id: 'shouhou-console',
      redirect_uri: redirectUri,
      state: 'xyz',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      username: 'dispatcher@acme.test',
      password,
    }),
  });
  return res;
}

describe('dev identity provider', () => {
  it('publishes Keycloak’s discovery document and keys', async () => {
    const discovery = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({ issuer: idp.issuer, token_endpoint: `${oidc()}/token`, code_challenge_methods_supported: ['S256'] });
    const certs = await (await fetch(`${oidc()}/certs`)).json();
    expect(certs.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: idp.key.kid });
    expect(certs.keys[0].d).toBeUndefined();
  });

  it('signs a user in with authorization code and PKCE, and refreshes the tokens', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const page = await fetch(`${oidc()}/auth?client_id=shouhou-console&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=code&code_challenge=${challenge}&code_challenge_method=S256&state=xyz`);
    expect(await page.text()).toContain('登录 / Sign in');

    const res = await signIn(challenge);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('xyz');
    const code = location.searchParams.get('code')!;

    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: 'wrong' })).status).toBe(400);
    const res2 = await signIn(challenge);
    const code2 = new URL(res2.headers.get('location')!).searchParams.get('code')!;
    const granted = await token({ grant_type: 'authorization_code', code: code2, redirect_uri: redirectUri, code_verifier: verifier });
    expect(granted.status).toBe(200);
    const { payload } = await jwtVerify(granted.body.access_token, createLocalJWKSet({ keys: [idp.key.publicJwk] }), { issuer: idp.issuer });
    expect(payload).toMatchObject({
      typ: 'Bearer',
      preferred_username: 'dispatcher@acme.test',
      realm_access: { roles: expect.arrayContaining(['dispatcher']) },
      organization: { acme: { id: expect.any(String) } },
    });
    // A code is good once.
    expect((await token({ grant_type: 'authorization_code', code: code2, redirect_uri: redirectUri, code_verifier: verifier })).status).toBe(400);

    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: granted.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.access_token).sub).toBe(payload.sub);
  });

  it('shows the sign-in page again with an error for a wrong password', async () => {
    const res = await signIn('x', 'wrong');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Invalid username or password');
  });

  it('refuses a redirect URI the client does not allow', async () => {
    const res = await fetch(`${oidc()}/auth?client_id=shouhou-console&redirect_uri=${encodeURIComponent('https://evil.example/')}&response_type=code`);
    expect(res.status).toBe(400);
  });
});
