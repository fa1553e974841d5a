import Keycloak from 'keycloak-js';

export interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

let keycloak: Keycloak | undefined;

/**
 * Signs the user in with authorization code + PKCE against the realm the gateway names in
 * /config.json: the dev identity provider locally, a real Keycloak elsewhere, with the same code.
 */
export async function signIn(): Promise<Keycloak> {
  const config = (await (await fetch('/config.json')).json()) as ConsoleConfig;
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query' });
  // Refresh ahead of expiry so that requests and the live connection never carry a stale token.
  setInterval(() => void keycloak?.updateToken(60).catch(() => keycloak?.login()), 20_000);
  return keycloak;
}

/** A token valid for at least the next 30 s. */
export async function accessToken(): Promise<string> {
  if (!keycloak) throw new Error('not signed in');
  await keycloak.updateToken(30).catch(() => keycloak!.login());
  return keycloak.token!;
}

export function signOut() {
  void keycloak?.logout({ redirectUri: `${window.location.origin}/` });
}
