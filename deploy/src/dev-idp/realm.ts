import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The parts of a Keycloak realm export the dev identity provider serves. */
export interface DevRealm {
  name: string;
  accessTokenLifespan: number;
  ssoSessionIdleTimeout: number;
  roleNames: string[];
  clients: { clientId: string; redirectUris: string[]; secret?: string; serviceAccount?: DevUser }[];
  users: DevUser[];
}

export interface DevUser {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  roles: string[];
  organizations: { alias: string; id: string }[];
  /** Set for a client's service account: its realm-management roles. */
  adminRoles?: string[];
}

export const REALM_EXPORT = path.resolve(__dirname, '../../keycloak/shouhou-realm.json');

/**
 * Reads the same realm export that docker-compose and Kubernetes import into a real Keycloak, so the
 * demo users, roles and organizations are defined once.
 */
export function loadRealm(file = REALM_EXPORT): DevRealm {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const membership = new Map<string, { alias: string; id: string }[]>();
  for (const org of raw.organizations ?? []) {
    for (const m of org.members ?? []) {
      membership.set(m.username, [...(membership.get(m.username) ?? []), { alias: org.alias, id: org.id }]);
    }
  }
  const users: DevUser[] = raw.users.map((u: any) => ({
    id: u.id,
    username: u.username,
    email: u.email,
    firstName: u.firstName ?? '',
    lastName: u.lastName ?? '',
    password: u.credentials?.find((c: any) => c.type === 'password')?.value ?? '',
    roles: u.realmRoles ?? [],
    organizations: membership.get(u.username) ?? [],
    adminRoles: u.clientRoles?.['realm-management'],
    serviceAccountClientId: u.serviceAccountClientId,
  }));
  return {
    name: raw.realm,
    accessTokenLifespan: raw.accessTokenLifespan ?? 300,
    ssoSessionIdleTimeout: raw.ssoSessionIdleTimeout ?? 1800,
    clients: raw.clients.map((c: any) => ({
      clientId: c.clientId,
      redirectUris: c.redirectUris ?? [],
      secret: c.publicClient ? undefined : c.secret,
      serviceAccount: c.serviceAccountsEnabled ? users.find((u: any) => (u as any).serviceAccountClientId === c.clientId) : undefined,
    })),
    // Service accounts do not sign in with a password.
    users: users.filter((u: any) => !u.serviceAccountClientId),
    roleNames: (raw.roles?.realm ?? []).map((r: any) => r.name),
  };
}

/** Keycloak's redirect URI patterns: exact, or a trailing `*` for a prefix. */
export function redirectAllowed(patterns: string[], uri: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? uri.startsWith(p.slice(0, -1)) : uri === p));
}
