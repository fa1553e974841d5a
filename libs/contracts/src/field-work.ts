import { z } from 'zod';
import { WorkingInterval } from './commitments';
import { CalendarDate } from './customers';

/**
 * What happens around and during a visit (服务实施): the appointment agreed with the customer, the
 * service report, parts used, the charges from the tenant's price list, the customer's confirmation,
 * and the tenant's dispatch settings (lead for escalations, depot calendar, price list).
 */

/** Money is integer fen (分) in CNY. */
const fen = z.number().int('amounts are whole fen').min(0, 'amounts cannot be negative').max(100_000_000, 'amount too large');

/**
 * 收费标准: what an out-of-warranty customer pays for the visit and the labour, shown before work.
 * Parts are priced by the parts catalog (one price per part, kept by the warehouse).
 */
export const PriceList = z.object({
  /** 上门费 per on-site visit. */
  callOutFee: fen,
  /** 检测/手续费 for a product repaired at the depot. */
  depotFee: fen,
  /** 人工费 per hour of labour. */
  labourPerHour: fen,
  /** Labour is billed in steps of this many minutes (at least one step). */
  labourStepMinutes: z.number().int().min(1).max(240),
});
export type PriceList = z.infer<typeof PriceList>;

export const DispatchSettings = z.object({
  /** 调度主管: the user breaches are escalated to. */
  leadUserId: z.string().trim().max(100).nullable(),
  leadName: z.string().trim().max(60).nullable(),
  /** A job still not accepted when its arrival turns at risk goes to another technician. */
  reassignWhenLate: z.boolean(),
  /** The depot's working week (ISO order, Monday first): depot repair clocks count in it. */
  depotWeek: z.array(z.array(WorkingInterval).max(4)).length(7, 'the week has 7 days'),
  priceList: PriceList,
});
export type DispatchSettings = z.infer<typeof DispatchSettings>;

const hours = (from: number, to: number) => [{ start: from * 60, end: to * 60 }];
export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = {
  leadUserId: null,
  leadName: null,
  reassignWhenLate: true,
  depotWeek: [hours(9, 18), hours(9, 18), hours(9, 18), hours(9, 18), hours(9, 18), hours(9, 17), []],
  priceList: { callOutFee: 5000, depotFee: 3000, labourPerHour: 8000, labourStepMinutes: 30 },
};

export const Slot = z
  .object({ start: z.string().datetime({ offset: true, message: 'start is a date-time' }), end: z.string().datetime({ offset: true, message: 'end is a date-time' }) })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), { message: 'a slot ends after it starts', path: ['end'] });
export type Slot = z.infer<typeof Slot>;

export const DelayCause = z.enum(['CUSTOMER', 'COMPANY']);

export const AppointmentChange = z.object({
  at: z.string(),
  by: z.string(),
  from: Slot.nullable(),
  to: Slot,
  cause: DelayCause,
  reason: z.string(),
  /** Working minutes the arrival clock was paused for (customer-caused delays only). */
  pausedMinutes: z.number().int(),
});

/** 预约: slots offered to the customer, then the one agreed (by the customer's link or on the phone). */
export const Appointment = z.object({
  status: z.enum(['PROPOSED', 'CONFIRMED']),
  proposed: z.array(Slot),
  confirmed: Slot.nullable(),
  confirmedBy: z.enum(['CUSTOMER', 'STAFF']).nullable(),
  confirmedAt: z.string().nullable(),
  /** Whether the agreed slot starts before the arrival commitment falls due (null: no arrival clock). */
  withinCommitment: z.boolean().nullable(),
  /** Whether the assigned technician works at the agreed time by their calendar (null: nobody assigned or no time agreed). */
  technicianWorks: z.boolean().nullable(),
  changes: z.array(AppointmentChange),
});
export type Appointment = z.infer<typeof Appointment>;

export const SlotOption = z.object({ start: z.string(), end: z.string(), withinCommitment: z.boolean() });

export const ServiceReport = z.object({
  diagnosis: z.string(),
  actions: z.string(),
  labourMinutes: z.number().int(),
  updatedAt: z.string(),
});

export const PartSource = z.enum(['VAN', 'WAREHOUSE']);
/** PENDING until the parts service answers; BACKORDERED while the stock is not there (the repair clock waits). */
export const PartReservation = z.enum(['PENDING', 'RESERVED', 'BACKORDERED', 'ISSUED', 'RELEASED', 'NOT_STOCKED']);

export const PartLine = z.object({
  id: z.string().uuid(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  source: PartSource,
  reservation: PartReservation,
  addedAt: z.string(),
});
export type PartLine = z.infer<typeof PartLine>;

export const ChargeLine = z.object({
  kind: z.enum(['CALL_OUT', 'DEPOT', 'LABOUR', 'PART']),
  description: z.string(),
  quantity: z.number(),
  unitPrice: z.number().int(),
  amount: z.number().int(),
});

/** What the customer pays: nothing in warranty; the price list's fees, labour and parts otherwise. */
export const Charges = z.object({
  chargeable: z.boolean(),
  lines: z.array(ChargeLine),
  total: z.number().int(),
  currency: z.literal('CNY'),
  /** The customer saw and agreed to the amount before work (on the technician's phone or their link). */
  acceptedAt: z.string().nullable(),
  acceptedTotal: z.number().int().nullable(),
  acceptedBy: z.enum(['CUSTOMER', 'ON_SITE']).nullable(),
});
export type Charges = z.infer<typeof Charges>;

/** 服务确认: the customer's signature on the phone, or their confirmation through the tracking link. */
export const Confirmation = z.object({
  status: z.enum(['PENDING', 'CONFIRMED', 'DISPUTED']),
  method: z.enum(['SIGNATURE', 'LINK']).nullable(),
  signerName: z.string().nullable(),
  at: z.string().nullable(),
  comment: z.string().nullable(),
});

export const DepotRecord = z.object({
  condition: z.string().nullable(),
  accessories: z.array(z.string()),
  receivedAt: z.string().nullable(),
  qcNote: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  shippedAt: z.string().nullable(),
});

/** The longest signature image, in characters of its data URL. */
export const SIGNATURE_MAX_CHARS = 400_000;

/** A PNG drawn with a finger, as a data URL; small enough for a phone on a weak network. */
export const SignatureImage = z
  .string()
  .max(SIGNATURE_MAX_CHARS, 'the signature image is too large')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'the signature must be a PNG image');

export const ReportInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  diagnosis: z.string().trim().max(2000, 'diagnosis must be at most 2000 characters'),
  actions: z.string().trim().max(2000, 'actions must be at most 2000 characters'),
  labourMinutes: z.number().int('labour is whole minutes').min(0, 'labour cannot be negative').max(24 * 60, 'labour is at most 24 hours for one visit'),
});

export const PartLineInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  sku: z.string().trim().min(1, 'sku is required').max(40),
  name: z.string().trim().max(80).nullish(),
  quantity: z.number().int('quantity is a whole number').min(1, 'quantity is at least 1').max(99, 'quantity is at most 99'),
  /** Defaults to the parts catalog's price for the sku. */
  unitPrice: fen.nullish(),
  source: PartSource.default('VAN'),
});

export const AppointmentInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  /** PROPOSE: offer these slots to the customer's link; CONFIRM: the first slot is agreed (on the phone). */
  mode: z.enum(['PROPOSE', 'CONFIRM']),
  slots: z.array(Slot).min(1, 'at least one slot').max(6, 'at most 6 slots'),
});

export const RescheduleInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  slot: Slot,
  cause: DelayCause,
  reason: z.string().trim().min(2, 'say why the appointment moves').max(300),
});

export const Escalation = z.object({
  id: z.string().uuid(),
  workOrderId: z.string().uuid(),
  requestNumber: z.string(),
  customerName: z.string(),
  commitment: z.string(),
  dueAt: z.string(),
  leadUserId: z.string().nullable(),
  leadName: z.string().nullable(),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  note: z.string().nullable(),
});

export type Escalation = z.infer<typeof Escalation>;

export const KpiQuery = z
  .object({ from: CalendarDate, to: CalendarDate, technicianId: z.string().uuid().nullish() })
  .refine((q) => q.from <= q.to, { message: 'from is on or before to', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 366, { message: 'a period is at most a year', path: ['to'] });

export const KpiFigures = z.object({
  completed: z.number().int(),
  /** Arrivals within the commitment / arrivals measured; null when none was measured. */
  onTimeArrivalRate: z.number().nullable(),
  /** Completed without an earlier failed visit / completed. */
  firstTimeFixRate: z.number().nullable(),
  /** From the customer's request to completion, in hours. */
  meanTimeToRepairHours: z.number().nullable(),
  /** Completed jobs on a product (serial, else customer and model) repaired before within 30 days. */
  repeatVisits: z.number().int(),
  /** Clocks closed within their commitment / clocks closed. */
  slaCompliance: z.number().nullable(),
});
export type KpiFigures = z.infer<typeof KpiFigures>;

export const DispatchKpis = z.object({
  from: z.string(),
  to: z.string(),
  totals: KpiFigures,
  byTechnician: z.array(KpiFigures.extend({ technicianId: z.string().uuid(), name: z.string() })),
  daily: z.array(z.object({ date: z.string(), completed: z.number().int(), onTimeArrivalRate: z.number().nullable(), firstTimeFixRate: z.number().nullable() })),
  targets: z.object({ onTimeArrival: z.number(), firstTimeFix: z.number() }),
});
export type DispatchKpis = z.infer<typeof DispatchKpis>;

/** What the customer sees of the visit through their tracking link: no staff notes, no other jobs. */
export const PublicVisit = z.object({
  workOrderId: z.string().uuid(),
  visitType: z.enum(['ON_SITE', 'DEPOT']),
  status: z.string(),
  technicianName: z.string().nullable(),
  appointment: Appointment.nullable(),
  charges: Charges,
  confirmation: Confirmation,
  shipment: z.object({ carrier: z.string(), trackingNumber: z.string() }).nullable(),
});
export type PublicVisit = z.infer<typeof PublicVisit>;

export const CustomerVisitAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('CHOOSE_SLOT'), start: z.string().datetime({ offset: true }) }),
  /** The total the customer was shown: a different one now is a conflict (the page was stale). */
  z.object({ action: z.literal('ACCEPT_CHARGES'), total: z.number().int('total is whole fen').min(0) }),
  z.object({ action: z.literal('CONFIRM_SERVICE'), comment: z.string().trim().max(500).nullish() }),
  z.object({ action: z.literal('DISPUTE_SERVICE'), comment: z.string().trim().min(2, 'say what is not right').max(500) }),
]);
