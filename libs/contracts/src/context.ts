import { z } from 'zod';

export const Role = z.enum([
  'platform-admin',
  'tenant-admin',
  'agent',
  'dispatcher',
  'technician',
  'warehouse-keeper',
  'quality-manager',
]);
export type Role = z.infer<typeof Role>;

declare const tenantIdBrand: unique symbol;
/** A tenant id that came from a verified token or a verified event header, never from user input. */
export type TenantId = string & { readonly [tenantIdBrand]: true };

const uuid = z.string().uuid();
export function asTenantId(value: string): TenantId {
  return uuid.parse(value) as TenantId;
}

/** Who acts, for which tenant. Every tenant-owned operation takes it as its first argument. */
export interface TenantContext {
  readonly kind: 'tenant';
  readonly tenantId: TenantId;
  readonly actorId: string;
  readonly roles: readonly Role[];
  readonly requestId: string;
  /** The client's Idempotency-Key, for a write that must happen once however often it is sent. */
  readonly idempotencyKey?: string;
}

/** The platform operator acting across tenants (creating and suspending them). */
export interface PlatformContext {
  readonly kind: 'platform';
  readonly actorId: string;
  readonly roles: readonly Role[];
  readonly requestId: string;
  readonly idempotencyKey?: string;
}

export type ActorContext = TenantContext | PlatformContext;

export function hasRole(ctx: { roles: readonly Role[] }, ...roles: Role[]): boolean {
  return roles.some((r) => ctx.roles.includes(r));
}
