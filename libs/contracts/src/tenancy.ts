import { z } from 'zod';
import { event, healthCheck, rpc, streamOf } from './rpc';
import { Role } from './context';
import { DEFAULT_TIME_ZONE, isTimeZone } from './calendar-day';

export const TENANCY = 'tenancy';

export const TenantStatus = z.enum(['ACTIVE', 'SUSPENDED']);
export type TenantStatus = z.infer<typeof TenantStatus>;

/** Short code used in URLs and e-mail domains: lower-case letters, digits and dashes. */
export const TenantCode = z
  .string()
  .trim()
  .min(2, 'code must have 2 to 32 characters')
  .max(32, 'code must have 2 to 32 characters')
  .regex(/^[a-z][a-z0-9-]*$/, 'code must start with a letter and use only a-z, 0-9 and -');

export const Tenant = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  keycloakOrganizationId: z.string(),
  status: TenantStatus,
  timeZone: z.string(),
  createdAt: z.string(),
  suspendedAt: z.string().nullable(),
  suspensionReason: z.string().nullable(),
  displayName: z.string().nullable().default(null),
  defaultLocale: z.enum(['zh-CN', 'en-US']).default('zh-CN'),
  hotline: z.string().nullable().default(null),
  logoUrl: z.string().nullable().default(null),
});
export type Tenant = z.infer<typeof Tenant>;

/** What a tenant admin sets about the company: how it is shown to customers and where they call. */
export const TenantSettingsInput = z.object({
  displayName: z.string().trim().min(1, 'displayName is required').max(100, 'displayName must be at most 100 characters'),
  timeZone: z.string().refine((tz) => isTimeZone(tz), 'unknown time zone'),
  defaultLocale: z.enum(['zh-CN', 'en-US']),
  hotline: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{2,22}[0-9]$/, 'hotline is not a phone number')
    .nullable(),
  logoUrl: z.string().trim().url('logoUrl must be an https URL').startsWith('https://', 'logoUrl must be an https URL').max(500).nullable(),
});

export const TenantAuditEntry = z.object({
  id: z.string().uuid(),
  tenantId: z.string().uuid(),
  action: z.enum(['CREATED', 'SUSPENDED', 'REACTIVATED', 'SETTINGS_UPDATED', 'COMMITMENTS_PUBLISHED', 'NATIONAL_CALENDAR_APPLIED', 'ROLES_CHANGED']),
  actorId: z.string(),
  at: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type TenantAuditEntry = z.infer<typeof TenantAuditEntry>;

/** The roles a tenant admin may give; platform-admin is the platform's own. */
export const TenantRole = Role.exclude(['platform-admin']);
export type TenantRole = z.infer<typeof TenantRole>;

/** A member of the tenant's Keycloak organization, with their shouhou roles. */
export const TenantUser = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  name: z.string(),
  roles: z.array(TenantRole),
});
export type TenantUser = z.infer<typeof TenantUser>;

export const CreateTenantInput = z.object({
  code: TenantCode,
  name: z.string().trim().min(1, 'name is required').max(100, 'name must be at most 100 characters'),
  keycloakOrganizationId: z.string().trim().min(1).max(64).optional(),
  timeZone: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine((tz) => isTimeZone(tz), 'unknown time zone'),
});
export type CreateTenantInput = z.input<typeof CreateTenantInput>;

export const SuspendTenantInput = z.object({
  id: z.string().uuid('id must be a tenant id'),
  reason: z.string().trim().min(1, 'a reason is required').max(500),
});

export const ResolveTenantInput = z.object({ keycloakOrganizationId: z.string().min(1).max(64) });


export const TenancyRpc = {
  createTenant: rpc('tenancy.cmd.tenant.create', 'platform', CreateTenantInput, Tenant),
  suspendTenant: rpc('tenancy.cmd.tenant.suspend', 'platform', SuspendTenantInput, Tenant),
  listTenants: rpc('tenancy.qry.tenant.list', 'platform', z.object({}).default({}), z.array(Tenant)),
  /** Used by the gateway to turn a token's organization into a tenant; answers null when unknown. */
  resolveTenant: rpc('tenancy.qry.tenant.resolve', 'service', ResolveTenantInput, Tenant.nullable()),
  /** A tenant's public pages name it by code; null for an unknown code. */
  resolveTenantCode: rpc('tenancy.qry.tenant.by-code', 'service', z.object({ code: z.string().max(32) }), Tenant.nullable()),
  reactivateTenant: rpc('tenancy.cmd.tenant.reactivate', 'platform', z.object({ id: z.string().uuid('id must be a tenant id') }), Tenant),
  tenantAudit: rpc('tenancy.qry.tenant.audit', 'platform', z.object({ id: z.string().uuid('id must be a tenant id') }), z.array(TenantAuditEntry)),
  settings: rpc('tenancy.qry.settings.get', 'tenant', z.object({}).default({}), Tenant),
  listUsers: rpc('tenancy.qry.users.list', 'tenant', z.object({}).default({}), z.array(TenantUser)),
  setUserRoles: rpc(
    'tenancy.cmd.users.set-roles',
    'tenant',
    z.object({ userId: z.string().min(1).max(64), roles: z.array(TenantRole, { message: 'roles are tenant roles only' }).max(6) }),
    TenantUser,
  ),
  updateSettings: rpc('tenancy.cmd.settings.update', 'tenant', TenantSettingsInput, Tenant),
  health: healthCheck(TENANCY),
} as const;

export const TenancyStream = streamOf(TENANCY);
export const TenancyEvents = {
  tenantCreated: event('tenancy.evt.tenant.created', TenancyStream.name, Tenant),
  tenantSuspended: event('tenancy.evt.tenant.suspended', TenancyStream.name, Tenant),
  tenantReactivated: event('tenancy.evt.tenant.reactivated', TenancyStream.name, Tenant),
  settingsUpdated: event('tenancy.evt.settings.updated', TenancyStream.name, Tenant),
} as const;
