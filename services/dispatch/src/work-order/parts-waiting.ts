import { Injectable } from '@nestjs/common';
import { DispatchConsumers, PartsEvents, type Reservation, type TenantContext } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import { recordStep, workOrderById } from './work-orders';
import { pauseClock } from './work-clocks';

/**
 * Follows the parts service: each part line shows its reservation; while a line is back-ordered the
 * work order waits for parts and its repair clock is paused (the company cannot repair without the
 * part), then moved on by the time waited when the part is there.
 */
@Injectable()
export class PartsWaiting {
  constructor(consumers: Consumers) {
    consumers.on(PartsEvents.reservationChanged, { durable: DispatchConsumers.partsReservations }, (em, ctx, reservation) => followReservation(em, ctx, reservation));
  }
}

export async function followReservation(em: TenantEntityManager, ctx: TenantContext, r: Reservation): Promise<void> {
  // The work order first (as every change of it does), then its line; a line removed meanwhile still
  // lets the work order stop waiting. An older state arriving after a newer one is ignored.
  const order = await workOrderById(em, r.workOrderId, true).catch(() => null);
  if (!order) return;
  await em.execute(`update dispatch.part_line set reservation = ?, reservation_at = ? where id = ? and (reservation_at is null or reservation_at <= ?)`, [
    r.state,
    r.updatedAt,
    r.lineId,
    r.updatedAt,
  ]);
  if (order.status === 'COMPLETED' || order.status === 'CANCELLED') return;
  const [{ waiting }]: { waiting: boolean }[] = await em.execute(`select exists (select 1 from dispatch.part_line where work_order_id = ? and reservation = 'BACKORDERED') as waiting`, [order.id]);
  const step = { from: order.status, to: order.status, technicianId: order.technician_id };
  if (waiting && !order.waiting_parts_since) {
    await em.execute(`update dispatch.work_order set waiting_parts_since = now(), version = version + 1, updated_at = now() where id = ?`, [order.id]);
    await recordStep(em, ctx, order.id, { ...step, action: 'WAITING_FOR_PARTS', note: `${r.sku} × ${r.quantity}` });
  } else if (!waiting && order.waiting_parts_since) {
    const subject = { visitType: order.visit_type, complexity: order.complexity, emergency: order.emergency, regionTier: order.region_tier };
    const paused = await pauseClock(em, ctx, order.id, subject, 'repair', new Date(order.waiting_parts_since), new Date(), 'waited for parts');
    await em.execute(`update dispatch.work_order set waiting_parts_since = null, version = version + 1, updated_at = now() where id = ?`, [order.id]);
    await recordStep(em, ctx, order.id, { ...step, action: 'PARTS_AVAILABLE', note: `${paused} min` });
  }
}
