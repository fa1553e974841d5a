import { z } from 'zod';
import { Category, Channel } from './intake';
import { connection, event, healthCheck, PageArgs, rpc, streamOf } from './rpc';
import {
  AssessInput,
  AssignInput,
  FieldActionInput,
  ListWorkOrdersInput,
  Technician,
  TechnicianInput,
  TechnicianSuggestion,
  WorkOrder,
  WorkOrderConnection,
  WorkOrderEvent,
} from './field-service';
import {
  AppointmentInput,
  CustomerVisitAction,
  DispatchKpis,
  DispatchSettings,
  Escalation,
  KpiQuery,
  PartLineInput,
  PublicVisit,
  ReportInput,
  RescheduleInput,
  SlotOption,
} from './field-work';

export const DISPATCH = 'dispatch';

/** Where a request stands in dispatch; later work adds assessment, assignment and field work. */
export const QueueState = z.enum(['TO_BE_ASSESSED', 'ASSESSED', 'WITHDRAWN']);
export type QueueState = z.infer<typeof QueueState>;

export const QueueEntry = z.object({
  id: z.string().uuid(),
  serviceRequestId: z.string().uuid(),
  requestNumber: z.string(),
  customerName: z.string(),
  productModel: z.string(),
  channel: Channel,
  category: Category,
  state: QueueState,
  requestedAt: z.string(),
  queuedAt: z.string(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const ListQueueInput = PageArgs.extend({ state: QueueState.default('TO_BE_ASSESSED') });
export const QueueConnection = connection(QueueEntry);

const workOrderId = z.object({ id: z.string().uuid('id must be a work order id') });

export const DispatchRpc = {
  listQueue: rpc('dispatch.qry.queue.list', 'tenant', ListQueueInput, QueueConnection),
  technicians: rpc('dispatch.qry.technician.list', 'tenant', z.object({}).default({}), z.array(Technician)),
  /** Creates or updates the profile of the technician with this identity user. */
  saveTechnician: rpc('dispatch.cmd.technician.save', 'tenant', TechnicianInput, Technician),
  /** 评估: on-site or depot, simple or complex, emergency; the request becomes a work order to assign. */
  assess: rpc('dispatch.cmd.work-order.assess', 'tenant', AssessInput, WorkOrder),
  /** The technicians who may take it, best first, with why; and how many were left out for what. */
  suggestTechnicians: rpc(
    'dispatch.qry.work-order.suggest',
    'tenant',
    workOrderId,
    z.object({ candidates: z.array(TechnicianSuggestion), excluded: z.record(z.string(), z.number().int()) }),
  ),
  assign: rpc('dispatch.cmd.work-order.assign', 'tenant', AssignInput, WorkOrder),
  /** Batch auto-dispatch of every unassigned work order, the most urgent first. */
  autoDispatch: rpc(
    'dispatch.cmd.work-order.auto-dispatch',
    'tenant',
    z.object({}).default({}),
    z.object({ assigned: z.number().int(), unassigned: z.array(z.object({ workOrderId: z.string().uuid(), requestNumber: z.string(), excluded: z.record(z.string(), z.number().int()) })) }),
  ),
  /** The technician's steps: accept or decline, travel, arrive, complete or fail the visit. */
  fieldAction: rpc('dispatch.cmd.work-order.field-action', 'tenant', FieldActionInput, WorkOrder),
  workOrders: rpc('dispatch.qry.work-order.list', 'tenant', ListWorkOrdersInput, WorkOrderConnection),
  workOrder: rpc('dispatch.qry.work-order.get', 'tenant', workOrderId, WorkOrder.nullable()),
  workOrderTimeline: rpc('dispatch.qry.work-order.timeline', 'tenant', workOrderId, z.array(WorkOrderEvent)),
  settings: rpc('dispatch.qry.settings.get', 'tenant', z.object({}).default({}), DispatchSettings),
  /** Lead for escalations, late reassignment, depot week and the price list (tenant-admin). */
  saveSettings: rpc('dispatch.cmd.settings.save', 'tenant', DispatchSettings, DispatchSettings),
  /** Slots to offer the customer, within the arrival commitment where it allows. */
  appointmentOptions: rpc('dispatch.qry.appointment.options', 'tenant', workOrderId, z.array(SlotOption)),
  setAppointment: rpc('dispatch.cmd.appointment.set', 'tenant', AppointmentInput, WorkOrder),
  /** Moves an agreed appointment; a customer-caused delay pauses the arrival clock, a company-caused one does not. */
  reschedule: rpc('dispatch.cmd.appointment.reschedule', 'tenant', RescheduleInput, WorkOrder),
  saveReport: rpc('dispatch.cmd.work-order.report', 'tenant', ReportInput, WorkOrder),
  addPart: rpc('dispatch.cmd.work-order.add-part', 'tenant', PartLineInput, WorkOrder),
  removePart: rpc('dispatch.cmd.work-order.remove-part', 'tenant', z.object({ workOrderId: z.string().uuid(), lineId: z.string().uuid() }), WorkOrder),
  /** The customer agreed to the charges shown on the technician's phone, before work. */
  acceptCharges: rpc('dispatch.cmd.work-order.accept-charges', 'tenant', z.object({ workOrderId: z.string().uuid(), total: z.number().int('total is whole fen').min(0) }), WorkOrder),
  signature: rpc('dispatch.qry.work-order.signature', 'tenant', workOrderId, z.string().nullable()),
  escalations: rpc('dispatch.qry.escalation.list', 'tenant', z.object({ open: z.boolean().default(true) }), z.array(Escalation)),
  acknowledgeEscalation: rpc('dispatch.cmd.escalation.acknowledge', 'tenant', z.object({ id: z.string().uuid(), note: z.string().trim().max(500).nullish() }), Escalation),
  kpis: rpc('dispatch.qry.kpi.get', 'tenant', KpiQuery, DispatchKpis),
  /** The visit of a request as its customer sees it (the gateway checked the tracking link). */
  publicVisit: rpc('dispatch.qry.visit.public', 'tenant', z.object({ serviceRequestId: z.string().uuid() }), PublicVisit.nullable()),
  customerVisitAction: rpc('dispatch.cmd.visit.customer', 'tenant', z.object({ serviceRequestId: z.string().uuid(), step: CustomerVisitAction }), PublicVisit),
  health: healthCheck(DISPATCH),
} as const;

/** Durable consumer names: stable, because JetStream keeps each one's position. */
export const DispatchConsumers = {
  intakeRequests: 'dispatch-intake-requests',
  intakeStatus: 'dispatch-intake-status',
  intakeWarranty: 'dispatch-intake-warranty',
  tenantCommitments: 'dispatch-tenant-commitments',
  /** Dispatch's own clock alerts: escalation on breach, reassignment when a job is late. */
  clockBreaches: 'dispatch-clock-breaches',
  clockAtRisk: 'dispatch-clock-at-risk',
  partsReservations: 'dispatch-parts-reservations',
  /** The parts catalog's names and prices, for parts used on jobs. */
  catalogParts: 'dispatch-catalog-parts',
} as const;

export const DispatchStream = streamOf(DISPATCH);
export const DispatchEvents = {
  /** A request entered the dispatch queue; consoles of the tenant's dispatchers update live. */
  requestQueued: event('dispatch.evt.request.queued', DispatchStream.name, QueueEntry),
  /** Every step of a work order: assessed, assigned, accepted, declined, travel, arrival, completion. */
  workOrderChanged: event('dispatch.evt.work-order.changed', DispatchStream.name, z.object({ workOrder: WorkOrder, event: WorkOrderEvent })),
  /** A technician's profile was created or changed: parts keeps their van stock. */
  technicianSaved: event('dispatch.evt.technician.saved', DispatchStream.name, Technician),
  /** A clock of a work order was breached: its dispatcher's lead is told. */
  escalated: event('dispatch.evt.work-order.escalated', DispatchStream.name, Escalation),
} as const;
