import type { Reservation } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { SELECT_RESERVATION, toReservation } from './work-order-parts';

/** Reservations of one work order, or all in a state (the warehouse's back-orders, say). */
export async function listReservations(em: TenantEntityManager, q: { workOrderId?: string | null; state?: Reservation['state'] | null }): Promise<Reservation[]> {
  const rows = await em.execute(
    `${SELECT_RESERVATION} where (?::uuid is null or r.work_order_id = ?) and (?::text is null or r.state = ?) order by r.updated_at desc limit 500`,
    [q.workOrderId ?? null, q.workOrderId ?? null, q.state ?? null, q.state ?? null],
  );
  return rows.map((r) => toReservation(r as never));
}
