import { z } from 'zod';
import { connection, event, healthCheck, PageArgs, rpc, streamOf } from './rpc';
import { RegionTier } from './commitments';
import {
  ArchiveEntry,
  CalendarDate,
  CustomerProfile,
  CustomerProfileInput,
  PHONE_PATTERN,
  Priority,
  ProductModel,
  ProductModelInput,
  WarrantyDecision,
  WarrantyOverrideInput,
  WarrantyQuery,
} from './customers';
import { EmailReceipt, InboundEmail, RequestMessage } from './email';
import { ImportJob, StartCustomerImport } from './imports';

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
  customerEmail: z.string().trim().toLowerCase().email('customerEmail is not an e-mail address').max(200).nullish().or(z.literal('').transform(() => null)),
  /** Where the service is needed: a 6-digit GB/T 2260 code (gives the region tier) and the street address. */
  divisionCode: z.string().regex(/^\d{6}$/, 'divisionCode is a 6-digit GB/T 2260 code').nullish().or(z.literal('').transform(() => null)),
  address: z.string().trim().max(200, 'address must be at most 200 characters').nullish(),
  /** As on the invoice; when absent, the purchase date of the customer's product with this serial number. */
  purchaseDate: CalendarDate.nullish().or(z.literal('').transform(() => null)),
  priority: Priority.default('NORMAL'),
  /** A safety risk or a stopped business: the emergency arrival commitment applies. */
  emergency: z.boolean().default(false),
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
  customerEmail: z.string().nullable().default(null),
  divisionCode: z.string().nullable().default(null),
  address: z.string().nullable().default(null),
  /** The address's tier under the tenant's regions when the request was recorded. */
  regionTier: RegionTier.nullable().default(null),
  priority: Priority.default('NORMAL'),
  emergency: z.boolean().default(false),
  purchaseDate: z.string().nullable().default(null),
  /** The warranty / 三包 decision kept on the request; null for requests recorded before decisions existed. */
  warranty: WarrantyDecision.nullable().default(null),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

export const RequestAction = z.enum(['ACKNOWLEDGE', 'START', 'RESOLVE', 'CLOSE', 'CANCEL', 'REOPEN']);
export type RequestAction = z.infer<typeof RequestAction>;

/** One step in a request's timeline. */
export const RequestEvent = z.object({
  id: z.string().uuid(),
  action: z.union([RequestAction, z.enum(['CREATED', 'WARRANTY_OVERRIDDEN', 'EMAIL_RECEIVED', 'EMAIL_SENT'])]),
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
export const PublicServiceRequestInput = CreateServiceRequestInput.omit({ channel: true, priority: true, emergency: true }).superRefine((input, ctx) => {
  for (const [field, value] of Object.entries(input)) {
    if (typeof value === 'string' && MARKUP.test(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: `${field} must not contain markup`, params: { reason: 'markup' } });
    }
  }
});

/** A customer's archive as the agent sees it on a call: who they are and what happened before. */
export const CustomerArchive = CustomerProfile.extend({
  /** Everything that happened to the customer and their products, newest first (at most 100). */
  history: z.array(ArchiveEntry).default([]),
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
    priority: Priority.nullish(),
    /** One customer's requests (the customer's archive, 查看该客户的全部工单). */
    customerId: z.string().uuid('customerId must be a customer id').nullish(),
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
  /** A serial number's story: who owns it, what it is, every request and event about it. */
  productHistory: rpc(
    'intake.qry.product.history',
    'tenant',
    z.object({ serialNumber: z.string().trim().min(1, 'serialNumber is required').max(64) }),
    z.object({
      serialNumber: z.string(),
      owner: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
      productModel: z.string().nullable(),
      purchaseDate: z.string().nullable(),
      history: z.array(ArchiveEntry),
    }),
  ),
  customer: rpc('intake.qry.customer.get', 'tenant', z.object({ id: z.string().uuid('id must be a customer id') }), CustomerArchive.nullable()),
  /** Creates or updates a customer's profile: phones, addresses and the products they own. */
  saveCustomer: rpc('intake.cmd.customer.save', 'tenant', CustomerProfileInput, CustomerArchive),
  productModels: rpc(
    'intake.qry.product-model.list',
    'tenant',
    z.object({ search: z.string().trim().max(100).nullish(), includeInactive: z.boolean().default(false) }).default({}),
    z.array(ProductModel),
  ),
  saveProductModel: rpc('intake.cmd.product-model.save', 'tenant', ProductModelInput, ProductModel),
  /** The decision intake would make for this product now: shown on the form before the request exists. */
  warrantyPreview: rpc('intake.qry.warranty.preview', 'tenant', WarrantyQuery, WarrantyDecision),
  /** An agent's change of the decision, with the reason; kept on the request and in its timeline. */
  overrideWarranty: rpc('intake.cmd.request.override-warranty', 'tenant', WarrantyOverrideInput, ServiceRequest),
  /** A mail to the tenant's service address: a reply continues its request, anything else opens one. */
  receiveEmail: rpc('intake.cmd.email.receive', 'tenant', InboundEmail, EmailReceipt),
  /** The mails exchanged on a request, oldest first. */
  messages: rpc('intake.qry.request.messages', 'tenant', z.object({ id: z.string().uuid('id must be a service request id') }), z.array(RequestMessage)),
  /** Starts importing a CSV of customers and their products; the job runs on and reports progress. */
  startCustomerImport: rpc('intake.cmd.customer-import.start', 'tenant', StartCustomerImport, ImportJob),
  customerImport: rpc('intake.qry.customer-import.get', 'tenant', z.object({ id: z.string().uuid('id must be an import id') }), ImportJob.nullable()),
  timeline: rpc('intake.qry.request.timeline', 'tenant', z.object({ id: z.string().uuid('id must be a service request id') }), z.array(RequestEvent)),
  health: healthCheck(INTAKE),
} as const;

export const IntakeStream = streamOf(INTAKE);
/** Durable consumer names of intake. */
export const IntakeConsumers = {
  tenantCommitments: 'intake-tenant-commitments',
  tenantProfiles: 'intake-tenant-profiles',
  tenantSettings: 'intake-tenant-settings',
  mailOnCreated: 'intake-mail-request-created',
  mailOnStatus: 'intake-mail-status-changed',
  /** Mails the customer about their visit: windows offered, time agreed or moved. */
  mailOnVisit: 'intake-mail-visit',
  dispatchQueued: 'intake-archive-dispatch-queued',
  dispatchWorkOrders: 'intake-dispatch-work-orders',
} as const;
export const IntakeEvents = {
  requestCreated: event('intake.evt.request.created', IntakeStream.name, ServiceRequest),
  statusChanged: event(
    'intake.evt.request.status-changed',
    IntakeStream.name,
    z.object({ request: ServiceRequest, event: RequestEvent }),
  ),
  warrantyOverridden: event('intake.evt.request.warranty-overridden', IntakeStream.name, z.object({ request: ServiceRequest, event: RequestEvent })),
} as const;
