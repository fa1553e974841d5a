import { z } from 'zod';
import { RegionTier } from './commitments';

/**
 * Customers' profiles, the products they own, the tenant's product catalog and the warranty / 三包
 * decision made at intake. Shapes only; intake owns the data and the rules.
 */

const optionalText = (field: string, max: number) =>
  z.string().trim().max(max, `${field} must be at most ${max} characters`).default('');

const required = (field: string, max: number) =>
  z.string().trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`);

/** YYYY-MM-DD, a real calendar date. */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');

export const CustomerKind = z.enum(['PERSON', 'ORGANIZATION']);
export type CustomerKind = z.infer<typeof CustomerKind>;

/** A GB/T 2260 county-level code (6 digits) plus the street address; the code gives the region tier. */
export const CustomerAddress = z.object({
  label: optionalText('label', 30),
  divisionCode: z.string().regex(/^\d{6}$/, 'divisionCode is a 6-digit GB/T 2260 code'),
  detail: required('detail', 200),
});
export type CustomerAddress = z.infer<typeof CustomerAddress>;

/** A product the customer owns: the serial number links it to every request about it. */
export const OwnedProduct = z.object({
  productModel: required('productModel', 100),
  serialNumber: optionalText('serialNumber', 64),
  purchaseDate: CalendarDate.nullish().transform((d) => d ?? null),
  invoiceNumber: optionalText('invoiceNumber', 64),
  seller: optionalText('seller', 100),
});
export type OwnedProduct = z.infer<typeof OwnedProduct>;

/** Mobile (13800138000), landline with area code (010-12345678-123) or international (+852 2345 6789). */
export const PHONE_PATTERN = /^\+?[0-9](?:[0-9 -]{4,22})[0-9]$/;
const EMAIL = z.string().trim().toLowerCase().email('email is not an e-mail address').max(200);

export const CustomerProfileInput = z
  .object({
    /** Absent: a new customer. */
    id: z.string().uuid('id must be a customer id').nullish(),
    kind: CustomerKind.default('PERSON'),
    name: required('name', 100),
    /** For an organisation: the person to ask for. */
    contactPerson: optionalText('contactPerson', 60),
    phones: z.array(z.string().trim().regex(PHONE_PATTERN, 'not a phone number')).min(1, 'at least one phone number').max(5, 'at most 5 phone numbers'),
    email: EMAIL.nullish().or(z.literal('').transform(() => null)),
    addresses: z.array(CustomerAddress).max(10, 'at most 10 addresses').default([]),
    products: z.array(OwnedProduct).max(200, 'at most 200 products').default([]),
    note: optionalText('note', 500),
  })
  .superRefine((c, ctx) => {
    const serials = c.products.map((p) => p.serialNumber).filter(Boolean);
    serials.forEach((s, i) => {
      if (serials.indexOf(s) !== i) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['products'], message: `serial number ${s} is listed twice` });
    });
  });
export type CustomerProfileInput = z.input<typeof CustomerProfileInput>;

export const CustomerProfile = z.object({
  id: z.string().uuid(),
  kind: CustomerKind,
  name: z.string(),
  contactPerson: z.string(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  addresses: z.array(CustomerAddress.extend({ path: z.string().nullable(), tier: RegionTier.nullable() })),
  products: z.array(OwnedProduct.extend({ productCategory: z.string().nullable() })),
  note: z.string(),
});
export type CustomerProfile = z.infer<typeof CustomerProfile>;

/** A model in the tenant's catalog; its product category picks the warranty / 三包 rule. */
export const ProductModelInput = z.object({
  model: required('model', 100),
  name: optionalText('name', 100),
  brand: optionalText('brand', 60),
  productCategory: required('productCategory', 60),
  active: z.boolean().default(true),
});
export const ProductModel = ProductModelInput.extend({ id: z.string().uuid(), updatedAt: z.string(), hasWarrantyRule: z.boolean() });
export type ProductModel = z.infer<typeof ProductModel>;

export const WarrantyStatus = z.enum(['IN_WARRANTY', 'OUT_OF_WARRANTY', 'UNKNOWN']);
export type WarrantyStatus = z.infer<typeof WarrantyStatus>;
/** What the customer is entitled to under 三包: return, exchange, free repair; NONE = paid repair. */
export const Entitlement = z.enum(['RETURN', 'EXCHANGE', 'REPAIR', 'NONE']);
export type Entitlement = z.infer<typeof Entitlement>;

export const WarrantyReasonCode = z.enum([
  'WITHIN_RETURN_WINDOW',
  'WITHIN_EXCHANGE_WINDOW',
  'REPEATED_REPAIRS',
  'WITHIN_REPAIR_WARRANTY',
  'WARRANTY_EXPIRED',
  'NO_PURCHASE_DATE',
  'MODEL_NOT_IN_CATALOG',
  'NO_RULE_FOR_CATEGORY',
  'OVERRIDDEN',
]);
export type WarrantyReasonCode = z.infer<typeof WarrantyReasonCode>;

/**
 * The decision and why: the code and its figures are rendered in the reader's language; `text` is the
 * same reason in the tenant's language, kept as it was shown when the decision was made.
 */
export const WarrantyDecision = z.object({
  status: WarrantyStatus,
  entitlement: Entitlement,
  reason: WarrantyReasonCode,
  text: z.string(),
  purchaseDate: z.string().nullable(),
  productCategory: z.string().nullable(),
  /** Days from purchase to the day of the request. */
  daysSincePurchase: z.number().int().nullable(),
  /** The window that applied: return / exchange days, or repair warranty months. */
  limit: z.number().int().nullable(),
  /** Earlier repairs of this serial number within the warranty. */
  priorRepairs: z.number().int(),
  /** Set when an agent changed the system's decision. */
  override: z
    .object({ by: z.string(), at: z.string(), reason: z.string(), system: z.object({ status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReasonCode }) })
    .nullable(),
});
export type WarrantyDecision = z.infer<typeof WarrantyDecision>;

export const WarrantyQuery = z.object({
  productModel: z.string().trim().min(1, 'productModel is required').max(100),
  serialNumber: z.string().trim().max(64).nullish(),
  purchaseDate: CalendarDate.nullish(),
});

export const WarrantyOverrideInput = z.object({
  id: z.string().uuid('id must be a service request id'),
  status: WarrantyStatus,
  entitlement: Entitlement,
  reason: z.string().trim().min(5, 'say why in at least 5 characters').max(500, 'reason must be at most 500 characters'),
});

export const Priority = z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']);
export type Priority = z.infer<typeof Priority>;

/**
 * One thing that happened to a customer or a product, from any service: intake's own steps and what
 * other services announced (queued for dispatch, and later work orders, parts, complaints, follow-ups).
 */
export const ArchiveEntry = z.object({
  at: z.string(),
  /** The service it comes from: intake, dispatch, … */
  source: z.string(),
  /** What happened: a request action (CREATED, ACKNOWLEDGE, …) or another service's event (QUEUED, …). */
  kind: z.string(),
  requestId: z.string().uuid().nullable(),
  requestNumber: z.string().nullable(),
  serialNumber: z.string(),
  summary: z.string(),
});
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;
