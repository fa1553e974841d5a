import { DEFAULT_TIME_ZONE, DispatchEvents, DomainError, type Appointment, type PartLine, type TenantContext, type WorkingCalendar, type WorkOrder, type WorkOrderStatus } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import { dispatchSettings } from '../settings/dispatch-settings';
import { chargesFor } from './charges';
import { availableFieldActions } from './field-steps';
import { clocksOf, tenantTimeZone } from './work-clocks';
import { worksAt } from '@shouhou/assignment';
import { engineCalendar } from '../technician/technicians';
import { serviceTime } from './service-time';

export interface WorkOrderRow {
  id: string;
  service_request_id: string;
  request_number: string;
  customer_name: string;
  product_model: string;
  category: WorkOrder['category'];
  skill: string;
  division_code: string | null;
  region_tier: WorkOrder['regionTier'];
  lat: number | null;
  lng: number | null;
  visit_type: WorkOrder['visitType'];
  complexity: WorkOrder['complexity'];
  emergency: boolean;
  status: WorkOrderStatus;
  technician_id: string | null;
  technician_name: string | null;
  assignment: WorkOrder['assignment'];
  excluded_technician_ids: string[];
  version: number;
  assessed_at: Date;
  assessed_by: string;
  updated_at: Date;
  requested_at: Date;
  customer_phone: string;
  address: string | null;
  serial_number: string;
  problem_description: string;
  warranty_status: WorkOrder['warrantyStatus'];
  visits: number;
  completed_at: Date | null;
  report: { diagnosis: string; actions: string; labourMinutes: number; updatedAt: string } | null;
  charges_accepted_at: Date | null;
  charges_accepted_total: number | null;
  charges_accepted_by: 'CUSTOMER' | 'ON_SITE' | null;
  confirmation_status: 'PENDING' | 'CONFIRMED' | 'DISPUTED' | null;
  confirmation_method: 'SIGNATURE' | 'LINK' | null;
  confirmed_at: Date | null;
  confirmation_comment: string | null;
  signer_name: string | null;
  depot: WorkOrder['depot'];
  waiting_parts_since: Date | null;
  expected_parts: { sku: string; quantity: number }[];
  /** The agreed appointment, when there is one. */
  appointment_start: Date | null;
  appointment_end: Date | null;
  /**
   * What the job must be assigned against: the open arrival clock's due time, else the open dispatch
   * clock's (depot work); null when neither runs (a revisit, or before the commitments reached dispatch).
   */
  assign_due_at: Date | null;
  technician_calendar: WorkingCalendar | null;
}

export const SELECT_WORK_ORDER = `select w.*, t.name as technician_name, t.calendar as technician_calendar, s.signer_name,
    a.confirmed_start as appointment_start, a.confirmed_end as appointment_end,
    (select d.due_at from dispatch.deadline d where d.subject_id = w.id and d.state = 'OPEN' and d.commitment in ('arrival', 'dispatch')
      order by d.commitment = 'arrival' desc limit 1) as assign_due_at
  from dispatch.work_order w
  left join dispatch.technician t on t.id = w.technician_id left join dispatch.signature s on s.work_order_id = w.id
  left join dispatch.appointment a on a.work_order_id = w.id and a.status = 'CONFIRMED'`;

export async function workOrderById(em: TenantEntityManager, id: string, lock = false): Promise<WorkOrderRow> {
  const [row]: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER} where w.id = ?${lock ? ' for update of w' : ''}`, [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'no such work order');
  return row;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Work orders with their clocks, appointments, parts and charges: a few queries for the whole lot. */
export async function withDetails(em: TenantEntityManager, rows: WorkOrderRow[]): Promise<WorkOrder[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const idArray = `{${ids.join(',')}}`;
  // One connection in a transaction: the queries go one after another.
  const clocks = await clocksOf(em, ids);
  const settings = await dispatchSettings(em);
  const appointments: AppointmentRow[] = await em.execute(`select * from dispatch.appointment where work_order_id = any(?::uuid[])`, [idArray]);
  const changes: ChangeRow[] = await em.execute(`select * from dispatch.appointment_change where work_order_id = any(?::uuid[]) order by at, id`, [idArray]);
  const parts: PartRow[] = await em.execute(`select * from dispatch.part_line where work_order_id = any(?::uuid[]) order by added_at, id`, [idArray]);
  const zone = appointments.length ? await tenantTimeZone(em) : DEFAULT_TIME_ZONE;
  return rows.map((r) => {
    const lines = parts.filter((p) => p.work_order_id === r.id).map(toPartLine);
    const order = toWorkOrder(r);
    const arrival = clocks.get(r.id)?.find((c) => c.commitment === 'arrival');
    const appointment = appointments.find((a) => a.work_order_id === r.id);
    const charges = chargesFor({ warrantyStatus: r.warranty_status, visitType: r.visit_type, labourMinutes: r.report?.labourMinutes ?? 0, parts: lines }, settings.priceList);
    return {
      ...order,
      clocks: clocks.get(r.id) ?? [],
      parts: lines,
      appointment: appointment ? toAppointment(appointment, changes.filter((c) => c.work_order_id === r.id), arrival?.dueAt ?? null, technicianWorks(r.technician_calendar, zone)) : null,
      charges: { ...charges, acceptedAt: iso(r.charges_accepted_at), acceptedTotal: r.charges_accepted_total, acceptedBy: r.charges_accepted_by },
    };
  });
}

export function toWorkOrder(r: WorkOrderRow): WorkOrder {
  return {
    id: r.id,
    serviceRequestId: r.service_request_id,
    requestNumber: r.request_number,
    customerName: r.customer_name,
    productModel: r.product_model,
    category: r.category,
    skill: r.skill,
    divisionCode: r.division_code,
    regionTier: r.region_tier,
    location: r.lat === null || r.lng === null ? null : { lat: r.lat, lng: r.lng },
    visitType: r.visit_type,
    complexity: r.complexity,
    emergency: r.emergency,
    status: r.status,
    technicianId: r.technician_id,
    technicianName: r.technician_name,
    assignment: r.assignment,
    excludedTechnicianIds: r.excluded_technician_ids,
    version: r.version,
    assessedAt: new Date(r.assessed_at).toISOString(),
    assessedBy: r.assessed_by,
    updatedAt: new Date(r.updated_at).toISOString(),
    clocks: [],
    customerPhone: r.customer_phone,
    address: r.address,
    serialNumber: r.serial_number,
    problemDescription: r.problem_description,
    warrantyStatus: r.warranty_status,
    visits: r.visits,
    appointment: null,
    report: r.report,
    parts: [],
    charges: null,
    confirmation: r.confirmation_status
      ? { status: r.confirmation_status, method: r.confirmation_method, signerName: r.signer_name, at: iso(r.confirmed_at), comment: r.confirmation_comment }
      : null,
    depot: r.depot,
    completedAt: iso(r.completed_at),
    waitingForPartsSince: iso(r.waiting_parts_since),
    expectedParts: r.expected_parts,
    availableActions: availableFieldActions(r.status, r.visit_type),
  };
}

interface AppointmentRow {
  work_order_id: string;
  status: Appointment['status'];
  proposed: { start: string; end: string }[];
  confirmed_start: Date | null;
  confirmed_end: Date | null;
  confirmed_by: Appointment['confirmedBy'];
  confirmed_at: Date | null;
}

interface ChangeRow {
  work_order_id: string;
  at: Date;
  by: string;
  from_start: Date | null;
  from_end: Date | null;
  to_start: Date;
  to_end: Date;
  cause: 'CUSTOMER' | 'COMPANY';
  reason: string;
  paused_minutes: number;
}

interface PartRow {
  id: string;
  work_order_id: string;
  sku: string;
  name: string;
  quantity: number;
  unit_price: number;
  source: PartLine['source'];
  reservation: PartLine['reservation'];
  added_at: Date;
}

/**
 * Whether the assigned technician works at an agreed time, by their calendar: a time moved (by a
 * reschedule or the customer's pick) onto their day off or leave is flagged for the dispatcher.
 */
function technicianWorks(calendar: WorkingCalendar | null, zone: string) {
  return (slot: { start: string; end: string } | null): boolean | null =>
    calendar && slot ? worksAt(engineCalendar(calendar), serviceTime(zone, Date.now(), { start: new Date(slot.start), end: new Date(slot.end) })) : null;
}

function toAppointment(a: AppointmentRow, changes: ChangeRow[], arrivalDue: string | null, works: (slot: { start: string; end: string } | null) => boolean | null): Appointment {
  const confirmed = a.confirmed_start && a.confirmed_end ? { start: iso(a.confirmed_start)!, end: iso(a.confirmed_end)! } : null;
  return {
    technicianWorks: works(confirmed),
    status: a.status,
    proposed: a.proposed,
    confirmed,
    confirmedBy: a.confirmed_by,
    confirmedAt: iso(a.confirmed_at),
    withinCommitment: confirmed && arrivalDue ? Date.parse(confirmed.start) <= Date.parse(arrivalDue) : null,
    changes: changes.map((c) => ({
      at: iso(c.at)!,
      by: c.by,
      from: c.from_start && c.from_end ? { start: iso(c.from_start)!, end: iso(c.from_end)! } : null,
      to: { start: iso(c.to_start)!, end: iso(c.to_end)! },
      cause: c.cause,
      reason: c.reason,
      pausedMinutes: c.paused_minutes,
    })),
  };
}

function toPartLine(p: PartRow): PartLine {
  return { id: p.id, sku: p.sku, name: p.name, quantity: p.quantity, unitPrice: p.unit_price, source: p.source, reservation: p.reservation, addedAt: iso(p.added_at)! };
}

/**
 * Records a step in the work order's timeline and promises `dispatch.evt.work-order.changed` with the
 * work order as it now is (read back, so the event carries what was committed).
 */
export async function recordStep(
  em: TenantEntityManager,
  ctx: TenantContext,
  workOrderId: string,
  step: { action: string; from: WorkOrderStatus | null; to: WorkOrderStatus; technicianId: string | null; note?: string | null; location?: { lat: number; lng: number } | null },
): Promise<WorkOrder> {
  const id = newId();
  const at = new Date();
  await em.execute(
    `insert into dispatch.work_order_event (id, tenant_id, work_order_id, action, from_status, to_status, actor_id, technician_id, note, lat, lng, at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ctx.tenantId, workOrderId, step.action, step.from, step.to, ctx.actorId, step.technicianId, step.note ?? null, step.location?.lat ?? null, step.location?.lng ?? null, at],
  );
  const [workOrder] = await withDetails(em, [await workOrderById(em, workOrderId)]);
  await recordEvent(em, ctx, DispatchEvents.workOrderChanged, {
    workOrder,
    event: { id, action: step.action, fromStatus: step.from, toStatus: step.to, actorId: ctx.actorId, technicianId: step.technicianId, note: step.note ?? null, at: at.toISOString() },
  });
  return workOrder;
}
