import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { loadOrCreateKey, type SigningKey } from './keys';
import { loginPage } from './login-page';
import { loadRealm, redirectAllowed, type DevRealm, type DevUser } from './realm';
import { pkceS256, TokenIssuer, type Session } from './tokens';
import { AdminApi } from './admin-api';

export interface DevIdpOptions {
  port: number;
  /** Public base URL, e.g. http://localhost:8080 — part of the issuer. */
  publicUrl?: string;
  /** Where the signing key is kept between runs. */
  keyFile?: string;
  realmFile?: string;
  /** Redirect URIs allowed for every client besides the realm's, e.g. a console on a test port. */
  extraRedirectUris?: string[];
  /** Where role changes made through the admin API are kept between runs. */
  rolesFile?: string;
}

export interface DevIdp {
  url: string;
  issuer: string;
  key: SigningKey;
  close(): Promise<void>;
}

interface PendingCode {
  session: Session;
  redirectUri: string;
  challenge?: string;
  expires: number;
}

/**
 * A stand-in for Keycloak for local runs and tests: the same URL layout under /realms/<realm>, the same
 * claims (realm roles, organization with ids), authorization code + PKCE with a sign-in page, the
 * password grant and refresh. Not for production: it has no sessions to revoke and no brute-force guard.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const realm = loadRealm(options.realmFile);
  for (const client of realm.clients) client.redirectUris.push(...(options.extraRedirectUris ?? []));
  const admin = new AdminApi(realm, options.rolesFile);
  const key = await loadOrCreateKey(options.keyFile);
  // Known once listening (port 0 picks a free port); the handlers below run only after that.
  let base = '';
  let issuer = '';
  // eslint-disable-next-line prefer-const -- assigned once the port is known, after the handlers are defined
  let tokens!: TokenIssuer;
  const codes = new Map<string, PendingCode>();
  // Single sign-on, as Keycloak keeps it: a browser that signed in comes back without the form.
  const sso = new Map<string, { user: DevUser; expires: number }>();
  const SSO_COOKIE = 'DEV_IDP_SSO';
  const ssoUser = (req: http.IncomingMessage) => {
    const sid = /(?:^|;\s*)DEV_IDP_SSO=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const session = sid ? sso.get(sid) : undefined;
    return session && session.expires > Date.now() ? session.user : undefined;
  };
  const redirectWithCode = (res: http.ServerResponse, user: DevUser, q: Record<string, string>) => {
    const code = randomUUID();
    const session: Session = { sid: randomUUID(), user, clientId: q.client_id, nonce: q.nonce };
    codes.set(code, { session, redirectUri: q.redirect_uri, challenge: q.code_challenge, expires: Date.now() + 60_000 });
    const params = new URLSearchParams({ code, session_state: session.sid, iss: issuer });
    if (q.state) params.set('state', q.state);
    const sep = q.response_mode === 'fragment' ? '#' : q.redirect_uri.includes('?') ? '&' : '?';
    res.writeHead(302, { location: `${q.redirect_uri}${sep}${params}` }).end();
  };
  const oidc = `/realms/${realm.name}/protocol/openid-connect`;

  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void> | void> = {
    [`GET /realms/${realm.name}/.well-known/openid-configuration`]: (_req, res) =>
      json(res, 200, discovery(issuer)),
    [`GET /realms/${realm.name}`]: (_req, res) => json(res, 200, { realm: realm.name, 'token-service': `${issuer}/protocol/openid-connect` }),
    [`GET ${oidc}/certs`]: (_req, res) => json(res, 200, { keys: [key.publicJwk] }),
    [`GET ${oidc}/auth`]: (req, res, url) => {
      const q = Object.fromEntries(url.searchParams);
      const problem = checkAuthRequest(realm, q);
      if (problem) return html(res, 400, `<p>${problem}</p>`);
      const known = q.prompt === 'login' ? undefined : ssoUser(req);
      if (known) return redirectWithCode(res, known, q);
      html(res, 200, loginPage(pick(q, ['client_id', 'redirect_uri', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'scope', 'response_mode'])));
    },
    [`POST ${oidc}/login-actions/authenticate`]: async (req, res) => {
      const form = await readForm(req);
      const problem = checkAuthRequest(realm, form);
      if (problem) return html(res, 400, `<p>${problem}</p>`);
      const user = findUser(realm, form.username, form.password);
      const hidden = pick(form, ['client_id', 'redirect_uri', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'scope', 'response_mode']);
      if (!user) return html(res, 200, loginPage(hidden, '用户名或密码错误 / Invalid username or password.'));
      const sid = randomUUID();
      sso.set(sid, { user, expires: Date.now() + realm.ssoSessionIdleTimeout * 1000 });
      res.setHeader('set-cookie', `${SSO_COOKIE}=${sid}; Path=/realms/${realm.name}/; HttpOnly; SameSite=Lax`);
      redirectWithCode(res, user, form);
    },
    [`POST ${oidc}/token`]: async (req, res) => {
      const form = await readForm(req);
      // Confidential clients may authenticate with HTTP Basic instead of form fields (RFC 6749 §2.3.1).
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (basic) {
        const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent);
        form.client_id ??= id;
        form.client_secret ??= secret;
      }
      try {
        json(res, 200, await tokens.issue(await sessionForGrant(realm, tokens, codes, form)));
      } catch (error) {
        json(res, 400, { error: (error as GrantError).code ?? 'invalid_grant', error_description: (error as Error).message });
      }
    },
    [`GET ${oidc}/userinfo`]: (req, res) => json(res, 501, { error: 'not_supported', error_description: 'decode the id token instead' }),
    [`GET ${oidc}/logout`]: (req, res, url) => {
      const sid = /(?:^|;\s*)DEV_IDP_SSO=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      if (sid) sso.delete(sid);
      res.setHeader('set-cookie', `${SSO_COOKIE}=; Path=/realms/${realm.name}/; Max-Age=0; HttpOnly; SameSite=Lax`);
      const target = url.searchParams.get('post_logout_redirect_uri') ?? url.searchParams.get('redirect_uri');
      if (target) return void res.writeHead(302, { location: target }).end();
      html(res, 200, '<p>已退出 / Signed out.</p>');
    },
    [`POST ${oidc}/logout`]: (_req, res) => void res.writeHead(204).end(),
    [`GET ${oidc}/login-status-iframe.html`]: (_req, res) => html(res, 200, '<script>window.addEventListener("message",e=>e.source.postMessage("unchanged",e.origin))</script>'),
    [`GET ${oidc}/login-status-iframe.html/init`]: (_req, res) => void res.writeHead(204).end(),
    ['GET /healthz']: (_req, res) => json(res, 200, { ok: true }),
  };

  // A subset of Keycloak's Admin REST API, enough for tenant admins to manage their users' roles.
  const adminRoute = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    const m = /^\/admin\/realms\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (!m || m[1] !== realm.name) return false;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = bearer ? await tokens.read(bearer).catch(() => undefined) : undefined;
    const granted: string[] = claims?.resource_access?.['realm-management']?.roles ?? [];
    if (!claims) return json(res, 401, { error: 'HTTP 401 Unauthorized' }), true;
    const need = req.method === 'GET' ? 'view-users' : 'manage-users';
    if (!granted.includes(need)) return json(res, 403, { error: 'HTTP 403 Forbidden' }), true;
    const body = req.method === 'POST' || req.method === 'DELETE' ? await readJson(req) : undefined;
    const result = admin.handle(req.method ?? 'GET', m[2], body);
    if (result.status === 204) res.writeHead(204).end();
    else json(res, result.status, result.body);
    return true;
  };

  const server = http.createServer(async (req, res) => {
    cors(req, res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const url = new URL(req.url ?? '/', base);
    const route = routes[`${req.method} ${url.pathname.replace(/\/$/, '')}`];
    try {
      if (!route) {
        if (!(await adminRoute(req, res, url))) json(res, 404, { error: 'not_found' });
        return;
      }
      await route(req, res, url);
    } catch (error) {
      json(res, 500, { error: 'server_error', error_description: (error as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, '0.0.0.0', resolve));
  const port = (server.address() as { port: number }).port;
  base = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');
  issuer = `${base}/realms/${realm.name}`;
  tokens = new TokenIssuer(issuer, key, realm.accessTokenLifespan, realm.ssoSessionIdleTimeout);
  return {
    url: `http://localhost:${port}`,
    issuer,
    key,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

class GrantError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function sessionForGrant(
  realm: DevRealm,
  tokens: TokenIssuer,
  codes: Map<string, PendingCode>,
  form: Record<string, string>,
): Promise<Session> {
  const client = realm.clients.find((c) => c.clientId === form.client_id);
  if (!client) throw new GrantError('invalid_client', 'Invalid client or Invalid client credentials');
  switch (form.grant_type) {
    case 'password': {
      const user = findUser(realm, form.username, form.password);
      if (!user) throw new GrantError('invalid_grant', 'Invalid user credentials');
      return { sid: randomUUID(), user, clientId: client.clientId };
    }
    case 'authorization_code': {
      const pending = codes.get(form.code);
      codes.delete(form.code);
      if (!pending || pending.expires < Date.now()) throw new GrantError('invalid_grant', 'Code not valid');
      if (pending.redirectUri !== form.redirect_uri) throw new GrantError('invalid_grant', 'Incorrect redirect_uri');
      if (pending.challenge && pkceS256(form.code_verifier ?? '') !== pending.challenge) {
        throw new GrantError('invalid_grant', 'PKCE verification failed: Invalid code verifier');
      }
      return pending.session;
    }
    case 'client_credentials': {
      if (!client.secret || client.secret !== form.client_secret || !client.serviceAccount) {
        throw new GrantError('unauthorized_client', 'Invalid client or Invalid client credentials');
      }
      return { sid: randomUUID(), user: client.serviceAccount, clientId: client.clientId };
    }
    case 'refresh_token': {
      const claims = await tokens.readRefreshToken(form.refresh_token ?? '').catch(() => {
        throw new GrantError('invalid_grant', 'Invalid refresh token');
      });
      const user = realm.users.find((u) => u.id === claims.sub);
      if (!user || claims.azp !== client.clientId) throw new GrantError('invalid_grant', 'Invalid refresh token');
      return { sid: claims.sid, user, clientId: client.clientId, nonce: claims.nonce };
    }
    default:
      throw new GrantError('unsupported_grant_type', `Unsupported grant_type ${form.grant_type ?? ''}`);
  }
}

function checkAuthRequest(realm: DevRealm, q: Record<string, string>): string | undefined {
  const client = realm.clients.find((c) => c.clientId === q.client_id);
  if (!client) return 'Client not found.';
  if (!q.redirect_uri || !redirectAllowed(client.redirectUris, q.redirect_uri)) return 'Invalid parameter: redirect_uri';
  if (q.code_challenge && q.code_challenge_method !== 'S256') return 'Invalid parameter: code_challenge_method';
  return undefined;
}

function findUser(realm: DevRealm, username?: string, password?: string): DevUser | undefined {
  const user = realm.users.find((u) => u.username === username?.trim().toLowerCase() || u.email === username?.trim().toLowerCase());
  return user && password !== undefined && user.password === password ? user : undefined;
}

function discovery(issuer: string) {
  const p = `${issuer}/protocol/openid-connect`;
  return {
    issuer,
    authorization_endpoint: `${p}/auth`,
    token_endpoint: `${p}/token`,
    userinfo_endpoint: `${p}/userinfo`,
    end_session_endpoint: `${p}/logout`,
    jwks_uri: `${p}/certs`,
    check_session_iframe: `${p}/login-status-iframe.html`,
    grant_types_supported: ['authorization_code', 'refresh_token', 'password'],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'email', 'organization', 'offline_access'],
  };
}

function pick(o: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

async function readForm(req: http.IncomingMessage): Promise<Record<string, string>> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 64 * 1024) throw new Error('request too large');
  }
  return Object.fromEntries(new URLSearchParams(body));
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : undefined;
}

function cors(req: http.IncomingMessage, res: http.ServerResponse) {
  res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
}

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function html(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}
