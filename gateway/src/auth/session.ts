import { randomUUID } from 'node:crypto';
import {
  asTenantId,
  DomainError,
  type PlatformContext,
  type Tenant,
  type TenantContext,
} from '@shouhou/contracts';
import type { TokenVerifier, VerifiedIdentity } from '@shouhou/auth';
import { Permissions, type Operation } from './permissions';
import type { TenantDirectory } from './tenant-directory';

/** The verified caller of one GraphQL request. */
export interface Session {
  identity: VerifiedIdentity;
  tenant: Tenant | null;
  requestId: string;
  /** The client's Idempotency-Key, carried to the services in the signed context (ADR 21). */
  idempotencyKey?: string;
}

export async function sessionFromAuthorization(
  header: string | undefined,
  requestId: string | undefined,
  verifier: TokenVerifier,
  tenants: TenantDirectory,
): Promise<Session> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new DomainError('UNAUTHENTICATED', 'sign in first: no bearer token in the Authorization header');
  const identity = await verifier.verify(match[1]);
  let tenant: Tenant | null = null;
  for (const org of identity.organizations) {
    tenant = await tenants.byOrganization(org.id ?? org.alias);
    if (tenant) break;
  }
  if (tenant?.status === 'SUSPENDED') {
    throw new DomainError('TENANT_SUSPENDED', `tenant ${tenant.code} is suspended; contact the platform operator`);
  }
  return { identity, tenant, requestId: requestId?.slice(0, 100) || randomUUID() };
}

/** Checks the caller may run `operation` and gives the context the service call carries. */
export function authorize<O extends Operation>(
  session: Session,
  operation: O,
): (typeof Permissions)[O]['scope'] extends 'platform' ? PlatformContext : TenantContext {
  const rule = Permissions[operation];
  const { identity } = session;
  if (identity.roles.length === 0) throw new DomainError('FORBIDDEN', 'your account has no roles in shouhou; ask your administrator');
  if (!rule.roles.some((r) => identity.roles.includes(r))) {
    throw new DomainError('FORBIDDEN', `${operation} needs one of the roles ${rule.roles.join(', ')}`);
  }
  const base = {
    actorId: identity.subject,
    roles: identity.roles,
    requestId: session.requestId,
    ...(session.idempotencyKey ? { idempotencyKey: session.idempotencyKey } : {}),
  };
  if (rule.scope === 'platform') return { kind: 'platform', ...base } as never;
  if (!session.tenant) throw new DomainError('FORBIDDEN', 'your account belongs to no tenant');
  return { kind: 'tenant', tenantId: asTenantId(session.tenant.id), ...base } as never;
}
