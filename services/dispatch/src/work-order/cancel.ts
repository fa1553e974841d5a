import type { TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { cancelClocks } from './work-clocks';
import { recordStep, workOrderById } from './work-orders';

/**
 * A request cancelled at intake after it was assessed: its work order, unless already done, is
 * cancelled with its clocks, and the event tells parts to release what it reserved for it.
 */
export async function cancelWorkOrder(em: TenantEntityManager, ctx: TenantContext, serviceRequestId: string): Promise<void> {
  const [open]: { id: string }[] = await em.execute(
    `select id from dispatch.work_order where service_request_id = ? and status not in ('COMPLETED', 'CANCELLED') for update`,
    [serviceRequestId],
  );
  if (!open) return;
  const order = await workOrderById(em, open.id);
  await em.execute(`update dispatch.work_order set status = 'CANCELLED', version = version + 1, updated_at = now() where id = ?`, [order.id]);
  await cancelClocks(em, order.id);
  await recordStep(em, ctx, order.id, { action: 'CANCELLED', from: order.status, to: 'CANCELLED', technicianId: order.technician_id, note: 'request cancelled at intake' });
}
