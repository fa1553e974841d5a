import { Injectable } from '@nestjs/common';
import { DispatchEvents, DomainError, PartsConsumers, PartsEvents, type Reservation, type TenantContext, type WorkOrder } from '@shouhou/contracts';
import { Consumers, recordEvent } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import { centralWarehouse, keepVan, vanOf } from '../location/locations';
import { move } from '../stock/ledger';

interface ReservationRow {
  id: string;
  work_order_id: string;
  line_id: string;
  part_id: string | null;
  sku: string;
  quantity: number;
  location_id: string | null;
  state: Reservation['state'];
  /** Bumped each time the line moves to another place: its movements there are new ones. */
  generation: number;
}

/**
 * Follows dispatch: each technician gets a van stock; each part line of a work order is reserved
 * (from the technician's van, or the central warehouse when asked for), back-ordered when the stock is
 * not there, issued when the work is completed, and released when the line is removed or the work
 * cancelled. Events are snapshots: an older one than what was applied is ignored, and each movement
 * is keyed by its line, so redelivery moves nothing twice.
 */
@Injectable()
export class WorkOrderParts {
  constructor(consumers: Consumers) {
    consumers.on(DispatchEvents.technicianSaved, { durable: PartsConsumers.technicians }, (em, ctx, technician) => keepVan(em, ctx, technician));
    consumers.on(DispatchEvents.workOrderChanged, { durable: PartsConsumers.workOrders }, (em, ctx, { workOrder }) => follow(em, ctx, workOrder));
  }
}

export async function follow(em: TenantEntityManager, ctx: TenantContext, order: WorkOrder): Promise<void> {
  const [before]: { technician_id: string | null }[] = await em.execute(`select technician_id from parts.work_order where id = ?`, [order.id]);
  const [fresh]: { id: string }[] = await em.execute(
    `insert into parts.work_order (id, tenant_id, request_number, product_model, serial_number, technician_id, status, version) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set technician_id = excluded.technician_id, status = excluded.status, version = excluded.version
       where parts.work_order.version < excluded.version
     returning id`,
    [order.id, ctx.tenantId, order.requestNumber, order.productModel, order.serialNumber, order.technicianId, order.status, order.version],
  );
  if (!fresh) return;
  if (before?.technician_id && before.technician_id !== order.technicianId) await followTechnician(em, ctx, order, before.technician_id);
  const existing: ReservationRow[] = await em.execute(`select * from parts.reservation where work_order_id = ? for update`, [order.id]);
  const wanted = new Set(order.parts.map((l) => l.id));
  const cancelled = order.status === 'CANCELLED';
  for (const r of existing) if ((cancelled || !wanted.has(r.line_id)) && (r.state === 'RESERVED' || r.state === 'BACKORDERED')) await release(em, ctx, r);
  if (cancelled) return;
  for (const line of order.parts) {
    if (existing.some((r) => r.line_id === line.id)) continue;
    // A technician without a van stock takes the part from the central warehouse.
    const location = (line.source === 'VAN' ? await vanOf(em, order.technicianId) : null) ?? (await centralWarehouse(em));
    const [part]: { id: string }[] = await em.execute(`select id from parts.part where sku = ?`, [line.sku]);
    const id = newId();
    await em.execute(
      `insert into parts.reservation (id, tenant_id, work_order_id, line_id, part_id, sku, quantity, location_id, state, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'BACKORDERED', now())`,
      [id, ctx.tenantId, order.id, line.id, part?.id ?? null, line.sku, line.quantity, location?.id ?? null],
    );
    await tryReserve(em, ctx, id);
  }
  if (order.status === 'COMPLETED') {
    // Done: what was reserved leaves stock; what never came is no longer waited for (the books said the
    // van had none, yet the job is done — the next stocktake of the van shows the difference).
    const open: ReservationRow[] = await em.execute(`select * from parts.reservation where work_order_id = ? and state in ('RESERVED', 'BACKORDERED')`, [order.id]);
    for (const r of open) await (r.state === 'RESERVED' ? issue(em, ctx, r) : release(em, ctx, r));
  }
}

/** A line's movements are keyed by the line and where its stock is (and how often it moved): once each, however often the event comes. */
const lineAt = (r: { line_id: string; location_id: string | null; generation: number }) => `${r.line_id}@${r.location_id}#${r.generation}`;

/**
 * The job went to another technician (after a failed visit, say): what was held for it in the first
 * technician's van is given back there and asked for in the new technician's van.
 */
async function followTechnician(em: TenantEntityManager, ctx: TenantContext, order: WorkOrder, previous: string) {
  const oldVan = await vanOf(em, previous);
  if (!oldVan) return;
  const target = (await vanOf(em, order.technicianId)) ?? (await centralWarehouse(em));
  const held: ReservationRow[] = await em.execute(`select * from parts.reservation where work_order_id = ? and location_id = ? and state in ('RESERVED', 'BACKORDERED') for update`, [order.id, oldVan.id]);
  for (const r of held) {
    if (r.state === 'RESERVED') {
      await move(em, ctx, { partId: r.part_id!, locationId: r.location_id!, kind: 'RELEASE', quantity: 0, reservedChange: -r.quantity, source: { type: 'WORK_ORDER', id: r.work_order_id, line: lineAt(r) } });
    }
    await em.execute(`update parts.reservation set location_id = ?, state = 'BACKORDERED', generation = generation + 1, updated_at = now() where id = ?`, [target?.id ?? null, r.id]);
    await tryReserve(em, ctx, r.id);
  }
}

/** Reserves a back-ordered line if its location now has the stock; answers whether it did. */
export async function tryReserve(em: TenantEntityManager, ctx: TenantContext, reservationId: string, announceWaiting = true): Promise<boolean> {
  const [r]: ReservationRow[] = await em.execute(
    `select r.* from parts.reservation r join parts.work_order w on w.id = r.work_order_id
     where r.id = ? and r.state = 'BACKORDERED' and w.status not in ('COMPLETED', 'CANCELLED') for update of r`,
    [reservationId],
  );
  if (!r) return false;
  if (!r.part_id || !r.location_id) {
    // Not a catalog part, or nowhere to take it from: not stock-managed, nothing to wait for.
    await em.execute(`update parts.reservation set state = 'NOT_STOCKED', updated_at = now() where id = ?`, [r.id]);
    await announce(em, ctx, r.id);
    return false;
  }
  await em.execute('savepoint reserve_line');
  try {
    await move(em, ctx, { partId: r.part_id, locationId: r.location_id, kind: 'RESERVE', quantity: 0, reservedChange: r.quantity, source: { type: 'WORK_ORDER', id: r.work_order_id, line: lineAt(r) } });
    await em.execute('release savepoint reserve_line');
  } catch (error) {
    // Not there yet: the line waits (back-ordered) and the movement is undone with the savepoint.
    await em.execute('rollback to savepoint reserve_line');
    if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    if (announceWaiting) await announce(em, ctx, r.id);
    return false;
  }
  await em.execute(`update parts.reservation set state = 'RESERVED', updated_at = now() where id = ?`, [r.id]);
  await announce(em, ctx, r.id);
  return true;
}

/** Stock arrived at a location: back-ordered lines waiting there get it, oldest first. */
export async function serveBackorders(em: TenantEntityManager, ctx: TenantContext, partId: string, locationId: string): Promise<void> {
  const waiting: { id: string }[] = await em.execute(`select id from parts.reservation where part_id = ? and location_id = ? and state = 'BACKORDERED' order by updated_at, id`, [partId, locationId]);
  for (const w of waiting) if (!(await tryReserve(em, ctx, w.id, false))) break;
}

/**
 * A count found fewer on hand than is promised to jobs: the newest reservations there go back to
 * waiting (back-ordered, so their repair clocks pause and the next stock to arrive serves them) until
 * what is left covers the rest. Older jobs keep theirs: they were promised first.
 */
export async function backorderNewest(em: TenantEntityManager, ctx: TenantContext, partId: string, locationId: string, shortfall: number): Promise<void> {
  const held: ReservationRow[] = await em.execute(
    `select * from parts.reservation where part_id = ? and location_id = ? and state = 'RESERVED' order by updated_at desc, id desc for update`,
    [partId, locationId],
  );
  let freed = 0;
  for (const r of held) {
    if (freed >= shortfall) break;
    await move(em, ctx, { partId, locationId, kind: 'RELEASE', quantity: 0, reservedChange: -r.quantity, source: { type: 'WORK_ORDER', id: r.work_order_id, line: lineAt(r) } });
    // A new generation: when stock comes, the line is reserved here again under a new movement key.
    await em.execute(`update parts.reservation set state = 'BACKORDERED', generation = generation + 1, updated_at = now() where id = ?`, [r.id]);
    await announce(em, ctx, r.id);
    freed += r.quantity;
  }
}

async function release(em: TenantEntityManager, ctx: TenantContext, r: ReservationRow) {
  if (r.state === 'RESERVED') {
    await move(em, ctx, { partId: r.part_id!, locationId: r.location_id!, kind: 'RELEASE', quantity: 0, reservedChange: -r.quantity, source: { type: 'WORK_ORDER', id: r.work_order_id, line: lineAt(r) } });
  }
  await em.execute(`update parts.reservation set state = 'RELEASED', updated_at = now() where id = ?`, [r.id]);
  await announce(em, ctx, r.id);
}

/** 领用: the reserved part leaves stock for good when the work is done. */
async function issue(em: TenantEntityManager, ctx: TenantContext, r: ReservationRow) {
  await move(em, ctx, { partId: r.part_id!, locationId: r.location_id!, kind: 'ISSUE', quantity: -r.quantity, reservedChange: -r.quantity, source: { type: 'WORK_ORDER', id: r.work_order_id, line: lineAt(r) } });
  await em.execute(`update parts.reservation set state = 'ISSUED', updated_at = now() where id = ?`, [r.id]);
  await announce(em, ctx, r.id);
}

export const SELECT_RESERVATION = `select r.*, w.request_number, l.code as location_code from parts.reservation r
  join parts.work_order w on w.id = r.work_order_id left join parts.location l on l.id = r.location_id`;

export function toReservation(r: ReservationRow & { request_number: string; location_code: string | null; updated_at: Date }): Reservation {
  return {
    id: r.id,
    workOrderId: r.work_order_id,
    requestNumber: r.request_number,
    lineId: r.line_id,
    partId: r.part_id,
    sku: r.sku,
    quantity: r.quantity,
    locationId: r.location_id,
    locationCode: r.location_code,
    state: r.state,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

async function announce(em: TenantEntityManager, ctx: TenantContext, id: string) {
  const [row] = await em.execute(`${SELECT_RESERVATION} where r.id = ?`, [id]);
  await recordEvent(em, ctx, PartsEvents.reservationChanged, toReservation(row as never));
}
