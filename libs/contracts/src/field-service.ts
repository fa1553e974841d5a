import { z } from 'zod';
import { RegionTier } from './commitments';
import { CalendarDate } from './customers';
import { Category } from './intake';
import { connection, PageArgs } from './rpc';
import { Appointment, Charges, Confirmation, DepotRecord, PartLine, ServiceReport, SignatureImage } from './field-work';

/**
 * Dispatch and field service (服务实施): technicians, work orders from assessment to the customer's
 * confirmation, and the reasons behind every assignment.
 */

const divisionPrefix = z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'a region is a 2-, 4- or 6-digit GB/T 2260 code');

export const GeoPoint = z.object({
  lat: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
  lng: z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180'),
});

export const TechnicianStatus = z.enum(['AVAILABLE', 'OFF_DUTY', 'ON_LEAVE']);

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 00:00 to 23:59');

/** Planned leave (年假, 病假, 培训): both dates included, in the tenant's zone. */
export const TechnicianLeave = z
  .object({ from: CalendarDate, to: CalendarDate, reason: z.string().trim().max(60, 'a reason is at most 60 characters').default('') })
  .refine((l) => l.from <= l.to, { path: ['to'], message: 'leave ends on or after the day it starts' });

/**
 * When a technician works: the weekdays (1 Monday … 7 Sunday), the shift and planned leave. Automatic
 * assignment gives a job only to someone working on its day (the agreed appointment's, else today)
 * and, for an appointment, whose shift covers its start.
 */
export const WorkingCalendar = z.object({
  weekdays: z
    .array(z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 (Monday) to 7 (Sunday)'))
    .min(1, 'a technician works at least one day a week')
    .max(7)
    .refine((d) => new Set(d).size === d.length, 'each weekday once'),
  hours: z
    .object({ from: clockTime, to: clockTime })
    .refine((h) => h.from < h.to, { path: ['to'], message: 'the shift ends after it starts' }),
  leave: z.array(TechnicianLeave).max(50, 'at most 50 leave periods').default([]),
});
export type WorkingCalendar = z.infer<typeof WorkingCalendar>;

/** Every day, 08:00–20:00 (the appointment windows' day): a technician saved without a calendar. */
export const ALWAYS_WORKING: WorkingCalendar = { weekdays: [1, 2, 3, 4, 5, 6, 7], hours: { from: '08:00', to: '20:00' }, leave: [] };

/** Whether the technician works today in the tenant's zone, and if not, why. */
export const TechnicianDuty = z.enum(['ON', 'DAY_OFF', 'LEAVE']);

export const TechnicianInput = z.object({
  /** The identity user (Keycloak subject) the profile belongs to: their jobs are theirs alone. */
  userId: z.string().trim().min(1, 'userId is required').max(100),
  name: z.string().trim().min(1, 'name is required').max(60),
  phone: z.string().trim().max(30).default(''),
  /** Product categories or lines the technician is certified for (the catalog's categories). */
  skills: z.array(z.string().trim().min(1).max(60)).min(1, 'at least one skill').max(30),
  regions: z.array(divisionPrefix).min(1, 'at least one service region').max(100),
  home: GeoPoint,
  dailyCapacity: z.number().int().min(1, 'capacity is at least 1 job a day').max(30, 'capacity is at most 30 jobs a day'),
  status: TechnicianStatus.default('AVAILABLE'),
  /** Left out: a new technician works every day, 08:00–20:00; an existing one keeps their calendar. */
  calendar: WorkingCalendar.optional(),
});

export const Technician = TechnicianInput.extend({
  id: z.string().uuid(),
  // Defaults for events a dispatch without calendars published (read by parts during an upgrade).
  calendar: WorkingCalendar.default(ALWAYS_WORKING),
  dutyToday: TechnicianDuty.default('ON'),
  /** Open work orders assigned to the technician for today. */
  load: z.number().int(),
});
export type Technician = z.infer<typeof Technician>;

export const VisitType = z.enum(['ON_SITE', 'DEPOT']);
export const Complexity = z.enum(['SIMPLE', 'COMPLEX']);

/**
 * From assessment to the customer's confirmation; DECLINED and FAILED go back to be assigned again.
 * On-site: ACCEPTED → EN_ROUTE → ON_SITE → COMPLETED. Depot (返厂): ACCEPTED → RECEIVED → IN_REPAIR →
 * QC_PASSED → SHIPPED → COMPLETED.
 */
export const WorkOrderStatus = z.enum(['UNASSIGNED', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED', 'SHIPPED', 'COMPLETED', 'FAILED', 'CANCELLED']);
export type WorkOrderStatus = z.infer<typeof WorkOrderStatus>;

export const AssignmentReason = z.object({
  /** AUTO: chosen by the engine; MANUAL: a dispatcher's choice with their reason. */
  mode: z.enum(['AUTO', 'MANUAL']),
  code: z.string(),
  text: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  distanceKm: z.number().nullable(),
});

/** One of a work order's clocks (dispatch, arrival, repair) and how it stands. */
export const WorkClock = z.object({
  commitment: z.enum(['dispatch', 'arrival', 'repair']),
  startedAt: z.string(),
  dueAt: z.string(),
  /** RUNNING, AT_RISK, BREACHED (still open and late), MET, MET_LATE, CANCELLED. */
  state: z.enum(['RUNNING', 'AT_RISK', 'BREACHED', 'MET', 'MET_LATE', 'CANCELLED']),
  closedAt: z.string().nullable(),
});
export type WorkClock = z.infer<typeof WorkClock>;

export const WorkOrder = z.object({
  id: z.string().uuid(),
  serviceRequestId: z.string().uuid(),
  requestNumber: z.string(),
  customerName: z.string(),
  productModel: z.string(),
  category: Category,
  skill: z.string(),
  divisionCode: z.string().nullable(),
  regionTier: RegionTier.nullable(),
  location: GeoPoint.nullable(),
  visitType: VisitType,
  complexity: Complexity,
  emergency: z.boolean(),
  status: WorkOrderStatus,
  technicianId: z.string().uuid().nullable(),
  technicianName: z.string().nullable(),
  assignment: AssignmentReason.nullable(),
  /** Technicians who declined it or were taken off it: not proposed again. */
  excludedTechnicianIds: z.array(z.string().uuid()),
  /** Bumped by every change: a dispatcher acting on an old copy gets a conflict. */
  version: z.number().int(),
  assessedAt: z.string(),
  assessedBy: z.string(),
  updatedAt: z.string(),
  /** The tenant's commitments running on it; empty until the tenant's commitments reached dispatch. */
  clocks: z.array(WorkClock).default([]),
  /** What the technician needs to reach and serve the customer. */
  customerPhone: z.string().default(''),
  address: z.string().nullable().default(null),
  serialNumber: z.string().default(''),
  problemDescription: z.string().default(''),
  /** IN_WARRANTY work is free; OUT_OF_WARRANTY (and UNKNOWN) is charged by the price list. */
  warrantyStatus: z.enum(['IN_WARRANTY', 'OUT_OF_WARRANTY', 'UNKNOWN']).default('UNKNOWN'),
  /** Visits made: a failed visit and its revisit count two. */
  visits: z.number().int().default(0),
  appointment: Appointment.nullable().default(null),
  report: ServiceReport.nullable().default(null),
  parts: z.array(PartLine).default([]),
  charges: Charges.nullable().default(null),
  confirmation: Confirmation.nullable().default(null),
  depot: DepotRecord.nullable().default(null),
  completedAt: z.string().nullable().default(null),
  /** Parts the assessment expects the repair to need. */
  expectedParts: z.array(z.object({ sku: z.string(), quantity: z.number().int() })).default([]),
  /** Since when a part is back-ordered: the repair clock is paused meanwhile. */
  waitingForPartsSince: z.string().nullable().default(null),
  /** The field steps possible now (the buttons a technician sees). */
  availableActions: z.array(z.string()).default([]),
});
export type WorkOrder = z.infer<typeof WorkOrder>;

export const AssessInput = z.object({
  serviceRequestId: z.string().uuid('serviceRequestId must be a service request id'),
  visitType: VisitType,
  complexity: Complexity,
  emergency: z.boolean().default(false),
  /** The product category whose certified technicians may take it; defaults to the model's catalog category. */
  skill: z.string().trim().min(1).max(60).nullish(),
  location: GeoPoint.nullish(),
  note: z.string().trim().max(500).nullish(),
  /** Parts the dispatcher expects the repair to need: the technician loads them before leaving. */
  expectedParts: z.array(z.object({ sku: z.string().trim().min(1, 'sku is required').max(40), quantity: z.number().int().min(1, 'quantity is at least 1').max(99) })).max(20).default([]),
});

export const AssignInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  /** The version the dispatcher saw: another dispatcher's change in between is a conflict. */
  version: z.number().int(),
  /** Absent: the engine chooses. */
  technicianId: z.string().uuid().nullish(),
  /** Needed when choosing by hand: why this technician. */
  reason: z.string().trim().max(300).nullish(),
});

export const TechnicianSuggestion = z.object({
  technician: Technician,
  score: z.number(),
  distanceKm: z.number().nullable(),
  reason: AssignmentReason,
});

export const FieldAction = z.enum(['ACCEPT', 'DECLINE', 'START_TRAVEL', 'ARRIVE', 'RECEIVE', 'START_REPAIR', 'QC_PASS', 'QC_FAIL', 'SHIP', 'COMPLETE', 'FAIL']);
export type FieldAction = z.infer<typeof FieldAction>;

export const FieldActionInput = z.object({
  workOrderId: z.string().uuid('workOrderId must be a work order id'),
  action: FieldAction,
  /** DECLINE and FAIL need one. */
  note: z.string().trim().max(500).nullish(),
  location: GeoPoint.nullish(),
  /** RECEIVE at the depot: the product's condition and what came with it. */
  condition: z.string().trim().max(500).nullish(),
  accessories: z.array(z.string().trim().min(1).max(60)).max(20).nullish(),
  /** SHIP back to the customer. */
  carrier: z.string().trim().max(40).nullish(),
  trackingNumber: z.string().trim().max(40).nullish(),
  /** COMPLETE with the customer's signature drawn on the phone; without one the customer confirms through their link. */
  signature: SignatureImage.nullish(),
  signerName: z.string().trim().max(60).nullish(),
});

export const WorkOrderEvent = z.object({
  id: z.string().uuid(),
  action: z.string(),
  fromStatus: WorkOrderStatus.nullable(),
  toStatus: WorkOrderStatus,
  actorId: z.string(),
  technicianId: z.string().uuid().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});
export type WorkOrderEvent = z.infer<typeof WorkOrderEvent>;

export const WorkOrderFilter = z
  .object({
    status: WorkOrderStatus.nullish(),
    technicianId: z.string().uuid().nullish(),
  })
  .default({});

export const ListWorkOrdersInput = PageArgs.extend({ filter: WorkOrderFilter });
export const WorkOrderConnection = connection(WorkOrder);
