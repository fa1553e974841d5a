import { DispatchEvents, DomainError, type TenantContext, type WorkOrder, type WorkOrderStatus } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import { clocksOf } from './work-clocks';

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
}

export const SELECT_WORK_ORDER = `select w.*, t.name as technician_name from dispatch.work_order w left join dispatch.technician t on t.id = w.technician_id`;

export async function workOrderById(em: TenantEntityManager, id: string, lock = false): Promise<WorkOrderRow> {
  const [row]: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER} where w.id = ?${lock ? ' for update of w' : ''}`, [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'no such work order');
  return row;
}

/** Work orders with their clocks, read in one more query for the lot. */
export async function withClocks(em: TenantEntityManager, rows: WorkOrderRow[]): Promise<WorkOrder[]> {
  const clocks = await clocksOf(em, rows.map((r) => r.id));
  return rows.map((r) => ({ ...toWorkOrder(r), clocks: clocks.get(r.id) ?? [] }));
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
  };
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
  const [workOrder] = await withClocks(em, [await workOrderById(em, workOrderId)]);
  await recordEvent(em, ctx, DispatchEvents.workOrderChanged, {
    workOrder,
    event: { id, action: step.action, fromStatus: step.from, toStatus: step.to, actorId: ctx.actorId, technicianId: step.technicianId, note: step.note ?? null, at: at.toISOString() },
  });
  return workOrder;
}
