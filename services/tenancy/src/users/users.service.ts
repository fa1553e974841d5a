import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { DomainError, hasRole, TenantRole, type TenantContext, type TenantUser } from '@shouhou/contracts';
import { inTenantTransaction } from '@shouhou/persistence';
import { TenantSchema } from '../tenant/tenant.entity';
import { audit } from '../tenant/tenant-audit';

type Member = { id?: string; username?: string; email?: string; firstName?: string; lastName?: string };

/**
 * Tenant admins manage their own users' roles. Users live in Keycloak (one organization per tenant);
 * this talks to its Admin REST API with a service account — a real Keycloak, or the dev identity
 * provider, which offers the same endpoints.
 */
@Injectable()
export class UsersService {
  private client?: KcAdminClient;
  private tokenExpires = 0;

  constructor(private readonly orm: MikroORM) {}

  async list(ctx: TenantContext): Promise<TenantUser[]> {
    const { kc, orgId } = await this.admin(ctx);
    const members = (await kc.organizations.listMembers({ orgId })) as Member[];
    return Promise.all(members.map((m) => this.withRoles(kc, m)));
  }

  async setRoles(ctx: TenantContext, userId: string, roles: TenantRole[]): Promise<TenantUser> {
    if (userId === ctx.actorId && !roles.includes('tenant-admin')) {
      throw new DomainError('BAD_USER_INPUT', 'you cannot take away your own tenant-admin role', {
        issues: [{ field: 'input.roles', reason: 'own_admin_role', message: 'you cannot take away your own tenant-admin role' }],
      });
    }
    const { kc, orgId } = await this.admin(ctx);
    // Only members of the caller's organization: another tenant's user is as good as unknown.
    const member = ((await kc.organizations.listMembers({ orgId })) as Member[]).find((m) => m.id === userId);
    if (!member) throw new DomainError('NOT_FOUND', 'no such user in your company');
    const current = ((await kc.users.listRealmRoleMappings({ id: userId })) as { name?: string }[]).map((r) => r.name ?? '');
    const tenantRoles = TenantRole.options as readonly string[];
    const all = (await kc.roles.find()) as { id?: string; name?: string }[];
    const pick = (names: string[]) => all.filter((r) => r.name && names.includes(r.name)).map((r) => ({ id: r.id!, name: r.name! }));
    const add = roles.filter((r) => !current.includes(r));
    const remove = current.filter((r) => tenantRoles.includes(r) && !roles.includes(r as TenantRole));
    if (add.length) await kc.users.addRealmRoleMappings({ id: userId, roles: pick(add) });
    if (remove.length) await kc.users.delRealmRoleMappings({ id: userId, roles: pick(remove) });
    await inTenantTransaction(this.orm, ctx.tenantId, (em) => audit(em, ctx.tenantId, 'ROLES_CHANGED', ctx.actorId, { user: member.username, added: add, removed: remove }));
    return this.withRoles(kc, member);
  }

  private async withRoles(kc: KcAdminClient, m: Member): Promise<TenantUser> {
    const mapped = ((await kc.users.listRealmRoleMappings({ id: m.id! })) as { name?: string }[]).map((r) => r.name);
    return {
      id: m.id!,
      username: m.username ?? '',
      email: m.email ?? null,
      name: `${m.firstName ?? ''} ${m.lastName ?? ''}`.trim() || (m.username ?? ''),
      roles: TenantRole.options.filter((r) => mapped.includes(r)),
    };
  }

  private async admin(ctx: TenantContext) {
    if (!hasRole(ctx, 'tenant-admin')) throw new DomainError('FORBIDDEN', 'only a tenant admin manages users');
    const tenant = await inTenantTransaction(this.orm, ctx.tenantId, (em) => em.findOne(TenantSchema, { id: ctx.tenantId }));
    if (!tenant) throw new DomainError('NOT_FOUND', 'no such tenant');
    return { kc: await this.connect(), orgId: tenant.keycloakOrganizationId };
  }

  private async connect(): Promise<KcAdminClient> {
    const clientId = process.env.KEYCLOAK_ADMIN_CLIENT_ID;
    const clientSecret = process.env.KEYCLOAK_ADMIN_CLIENT_SECRET;
    const baseUrl = process.env.KEYCLOAK_INTERNAL_URL || process.env.KEYCLOAK_URL;
    if (!clientId || !clientSecret || !baseUrl) throw new DomainError('UNAVAILABLE', 'user management is not configured (KEYCLOAK_ADMIN_CLIENT_ID)');
    this.client ??= new KcAdminClient({ baseUrl, realmName: process.env.KEYCLOAK_REALM ?? 'shouhou' });
    if (Date.now() > this.tokenExpires) {
      try {
        await this.client.auth({ grantType: 'client_credentials', clientId, clientSecret });
      } catch {
        throw new DomainError('UNAVAILABLE', 'the identity provider refused or did not answer');
      }
      this.tokenExpires = Date.now() + 60_000;
    }
    return this.client;
  }
}
