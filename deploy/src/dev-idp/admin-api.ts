import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DevRealm, DevUser } from './realm';

/**
 * The dev identity provider's side of Keycloak's Admin REST API: organization members and realm role
 * mappings. Role changes persist in `rolesFile` (user id → realm roles) across restarts.
 */
export class AdminApi {
  constructor(
    private readonly realm: DevRealm,
    private readonly rolesFile?: string,
  ) {
    if (rolesFile && existsSync(rolesFile)) {
      const saved = JSON.parse(readFileSync(rolesFile, 'utf8')) as Record<string, string[]>;
      for (const user of realm.users) if (saved[user.id]) user.roles = saved[user.id];
    }
  }

  handle(method: string, path: string, body: unknown): { status: number; body?: unknown } {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === 'roles') return { status: 200, body: this.realm.roleNames.map(role) };
    if (method === 'GET' && (m = /^organizations\/([^/]+)\/members$/.exec(path))) {
      const orgId = m[1];
      return { status: 200, body: this.realm.users.filter((u) => u.organizations.some((o) => o.id === orgId)).map(representation) };
    }
    if ((m = /^users\/([^/]+)\/role-mappings\/realm$/.exec(path))) {
      const user = this.realm.users.find((u) => u.id === m![1]);
      if (!user) return { status: 404, body: { error: 'User not found' } };
      if (method === 'GET') return { status: 200, body: user.roles.map(role) };
      const names = (Array.isArray(body) ? body : []).map((r: { name?: string }) => r.name).filter((n): n is string => !!n);
      if (names.some((n) => !this.realm.roleNames.includes(n))) return { status: 404, body: { error: 'Role not found' } };
      user.roles = method === 'POST' ? [...new Set([...user.roles, ...names])] : user.roles.filter((r) => !names.includes(r));
      this.save();
      return { status: 204 };
    }
    return { status: 404, body: { error: 'not_found' } };
  }

  private save() {
    if (!this.rolesFile) return;
    writeFileSync(this.rolesFile, JSON.stringify(Object.fromEntries(this.realm.users.map((u) => [u.id, u.roles]))));
  }
}

const role = (name: string) => ({ id: name, name, composite: false, clientRole: false });

function representation(u: DevUser) {
  return { id: u.id, username: u.username, email: u.email, firstName: u.firstName, lastName: u.lastName, enabled: true, emailVerified: true };
}
