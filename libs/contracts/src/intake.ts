import { z } from 'zod';
import { connection, event, healthCheck, PageArgs, rpc, streamOf } from './rpc';

export const INTAKE = 'intake';

export const Channel = z.enum(['PHONE', 'EMAIL', 'WEB', 'WECHAT', 'WALK_IN']);
export type Channel = z.infer<typeof Channel>;

export const Category = z.enum([
  'REPAIR',
  'INSTALLATION',
  'MAINTENANCE',
  'CONSULTATION',
  'RETURN',
  'EXCHANGE',
  'REFUND',
]);
export type Category = z.infer<typeof Category>;

/** new → acknowledged (first response) → in progress → resolved → closed; cancel and reopen. */
export const ServiceRequestStatus = z.enum(['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CANCELLED']);
export type ServiceRequestStatus = z.infer<typeof ServiceRequestStatus>;

/** Mobile (13800138000), landline with area code (010-12345678-123) or international (+852 2345 6789). */
export const PHONE_PATTERN = /^\+?[0-9](?:[0-9 -]{4,22})[0-9]$/;

const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be at most ${max} characters`);

export const CreateServiceRequestInput = z.object({
  customerName: text('customerName', 100),
  customerPhone: z.string().trim().regex(PHONE_PATTERN, 'customerPhone is not a phone number'),
  productModel: text('productModel', 100),
  serialNumber: z.string().trim().max(64, 'serialNumber must be at most 64 characters').default(''),
  problemDescription: text('problemDescription', 2000),
  channel: Channel,
  category: Category,
});
export type CreateServiceRequestInput = z.input<typeof CreateServiceRequestInput>;

export const ServiceRequest = z.object({
  id: z.string().uuid(),
  number: z.string(),
  customerName: z.string(),
  customerPhone: z.string(),
  productModel: z.string(),
  serialNumber: z.string(),
  problemDescription: z.string(),
  channel: Channel,
  category: Category,
  status: ServiceRequestStatus,
  createdAt: z.string(),
  createdBy: z.string(),
  /** When the first response is due under the tenant's commitments; null when none applied. */
  firstResponseDueAt: z.string().nullable().default(null),
  /** When the customer got the first response (the request left NEW). */
  acknowledgedAt: z.string().nullable().default(null),
  /** The customer the request was linked to by phone number. */
  customerId: z.string().uuid().nullable().default(null),
  /** What may be done with the request now (the lifecycle's rules, for buttons). */
  actions: z.array(z.enum(['ACKNOWLEDGE', 'START', 'RESOLVE', 'CLOSE', 'CANCEL', 'REOPEN'])).default([]),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestAction = z.enum(['ACKNOWLEDGE', 'START', 'RESOLVE', 'CLOSE', 'CANCEL', 'REOPEN']);
export type RequestAction = z.infer<typeof RequestAction>;

/** One step in a request's timeline. */
export const RequestEvent = z.object({
  id: z.string().uuid(),
  action: z.union([RequestAction, z.literal('CREATED')]),
  fromStatus: ServiceRequestStatus.nullable(),
  toStatus: ServiceRequestStatus,
  actorId: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type RequestEvent = z.infer<typeof RequestEvent>;

export const TransitionInput = z.object({
  id: z.string().uuid('id must be a service request id'),
  action: RequestAction,
  note: z.string().trim().max(1000, 'note must be at most 1000 characters').nullish(),
});

const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/**
 * The public form's input: the agent form's rules, and no markup anywhere — text that looks like HTML
 * from an anonymous visitor is an attack more often than a customer's words.
 */
export const PublicServiceRequestInput = CreateServiceRequestInput.omit({ channel: true }).superRefine((input, ctx) => {
  for (const [field, value] of Object.entries(input)) {
    if (typeof value === 'string' && MARKUP.test(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: `${field} must not contain markup`, params: { reason: 'markup' } });
    }
  }
});

/** A customer's archive as the agent sees it on a call: who they are and what happened before. */
export const CustomerArchive = z.object({
  id: z.string().uuid(),
  name: z.string(),
  phones: z.array(z.string()),
  firstSeenAt: z.string(),
  requestCount: z.number().int(),
  openRequestCount: z.number().int(),
  recentRequests: z.array(
    z.object({ id: z.string().uuid(), number: z.string(), productModel: z.string(), serialNumber: z.string(), category: Category, status: ServiceRequestStatus, createdAt: z.string() }),
  ),
});
export type CustomerArchive = z.infer<typeof CustomerArchive>;

/** Digits only, without a leading +86 / 86: the form phone numbers are matched in. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
}

/**
 * Who sees customers' phone numbers in full: in lists, those who call customers back (agents, tenant
 * admins); on a request's page, dispatchers too (they make appointments). Everyone else sees them masked.
 */
export function seesFullPhone(roles: readonly string[], where: 'list' | 'detail'): boolean {
  const allowed = where === 'list' ? ['agent', 'tenant-admin'] : ['agent', 'dispatcher', 'tenant-admin'];
  return roles.some((r) => allowed.includes(r));
}

/** 138****5678: enough to recognise a caller, not enough to call them. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** What a customer sees of their request through the tracking link: no staff names, no notes. */
export const PublicTracking = z.object({
  number: z.string(),
  status: ServiceRequestStatus,
  category: Category,
  productModel: z.string(),
  createdAt: z.string(),
  firstResponseDueAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  steps: z.array(z.object({ status: ServiceRequestStatus, at: z.string() })),
});
export type PublicTracking = z.infer<typeof PublicTracking>;

export const TrackingLinkError = z.enum(['invalid', 'expired']);

export const ServiceRequestFilter = z
  .object({
    channel: Channel.nullish(),
    category: Category.nullish(),
    status: ServiceRequestStatus.nullish(),
    /** Matches number, customer name, phone, product model or serial number. */
    search: z.string().trim().max(100, 'search must be at most 100 characters').nullish(),
    createdFrom: z.string().datetime({ offset: true }).nullish(),
    createdTo: z.string().datetime({ offset: true }).nullish(),
  })
  .default({});

/** NEWEST: the newest first. DUE_SOONEST: requests waiting for a first response, most urgent first. */
export const ServiceRequestOrder = z.enum(['NEWEST', 'DUE_SOONEST']);

export const ListServiceRequestsInput = PageArgs.extend({ filter: ServiceRequestFilter, order: ServiceRequestOrder.default('NEWEST') });
export type ListServiceRequestsInput = z.input<typeof ListServiceRequestsInput>;

export const ServiceRequestConnection = connection(ServiceRequest);
export type ServiceRequestConnection = z.infer<typeof ServiceRequestConnection>;

export const IntakeRpc = {
  createServiceRequest: rpc('intake.cmd.request.create', 'tenant', CreateServiceRequestInput, ServiceRequest),
  getServiceRequest: rpc(
    'intake.qry.request.get',
    'tenant',
    z.object({ id: z.string().uuid('id must be a service request id') }),
    ServiceRequest.nullable(),
  ),
  listServiceRequests: rpc('intake.qry.request.list', 'tenant', ListServiceRequestsInput, ServiceRequestConnection),
  transition: rpc('intake.cmd.request.transition', 'tenant', TransitionInput, ServiceRequest),
  /** A customer's own request from the public form (channel WEB); answers a signed tracking token. */
  submitPublic: rpc(
    'intake.cmd.request.submit-public',
    'tenant',
    PublicServiceRequestInput,
    z.object({ number: z.string(), trackingToken: z.string() }),
  ),
  /** The request a tracking token names, for its customer; the token is the only credential. */
  track: rpc('intake.qry.request.track', 'service', z.object({ token: z.string().max(600) }), PublicTracking),
  /** Caller lookup: the customer a phone number belongs to, with their archive; null when unknown. */
  customerByPhone: rpc(
    'intake.qry.customer.by-phone',
    'tenant',
    z.object({ phone: z.string().trim().regex(PHONE_PATTERN, 'phone is not a phone number') }),
    CustomerArchive.nullable(),
  ),
  /** Open requests of the same caller or the same serial number: offered instead of a duplicate. */
  possibleDuplicates: rpc(
    'intake.qry.request.possible-duplicates',
    'tenant',
    z.object({
      customerPhone: z.string().trim().max(30).nullish(),
      serialNumber: z.string().trim().max(64).nullish(),
    }),
    z.array(z.object({ id: z.string().uuid(), number: z.string(), customerName: z.string(), productModel: z.string(), serialNumber: z.string(), status: ServiceRequestStatus, createdAt: z.string(), reason: z.enum(['SAME_CUSTOMER', 'SAME_SERIAL']) })),
  ),
  customer: rpc('intake.qry.customer.get', 'tenant', z.object({ id: z.string().uuid('id must be a customer id') }), CustomerArchive.nullable()),
  timeline: rpc('intake.qry.request.timeline', 'tenant', z.object({ id: z.string().uuid('id must be a service request id') }), z.array(RequestEvent)),
  health: healthCheck(INTAKE),
} as const;

export const IntakeStream = streamOf(INTAKE);
/** Durable consumer names of intake. */
export const IntakeConsumers = { tenantCommitments: 'intake-tenant-commitments' } as const;
export const IntakeEvents = {
  requestCreated: event('intake.evt.request.created', IntakeStream.name, ServiceRequest),
  statusChanged: event(
    'intake.evt.request.status-changed',
    IntakeStream.name,
    z.object({ request: ServiceRequest, event: RequestEvent }),
  ),
} as const;
