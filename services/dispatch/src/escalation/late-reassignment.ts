import { rankTechnicians } from '@shouhou/assignment';
import type { TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { dispatchSettings } from '../settings/dispatch-settings';
import { listTechnicians } from '../technician/technicians';
import { engineTechnician, jobOf, lockAssignments } from '../work-order/engine';
import { tenantTimeZone } from '../work-order/work-clocks';
import { recordStep, workOrderById } from '../work-order/work-orders';

/**
 * The arrival is at risk and the technician has not even accepted the job: it goes to the best other
 * technician (the first is left out, like one who declined), or back to the board if nobody can take it.
 */
export async function reassignLate(em: TenantEntityManager, ctx: TenantContext, workOrderId: string): Promise<void> {
  if (!(await dispatchSettings(em)).reassignWhenLate) return;
  await lockAssignments(em, ctx);
  const order = await workOrderById(em, workOrderId, true).catch(() => null);
  if (!order || order.status !== 'ASSIGNED' || !order.technician_id) return;
  const excluded = [...order.excluded_technician_ids, order.technician_id];
  const zone = await tenantTimeZone(em);
  const { candidates } = rankTechnicians(jobOf({ ...order, excluded_technician_ids: excluded }, zone, Date.now()), (await listTechnicians(em, zone)).map(engineTechnician), { now: Date.now() });
  const best = candidates[0];
  const assignment = best ? { mode: 'AUTO' as const, code: best.reason.code, text: best.reason.text, distanceKm: best.distanceKm } : null;
  await em.execute(
    `update dispatch.work_order set status = ?, technician_id = ?, assignment = ?, excluded_technician_ids = ?::uuid[], version = version + 1, updated_at = now() where id = ?`,
    [best ? 'ASSIGNED' : 'UNASSIGNED', best?.technicianId ?? null, assignment && JSON.stringify(assignment), `{${excluded.join(',')}}`, order.id],
  );
  const note = `not accepted before the arrival turned at risk${best ? `; ${best.reason.text['zh-CN']}` : '; nobody else can take it'}`;
  await recordStep(em, ctx, order.id, { action: 'REASSIGNED_LATE', from: 'ASSIGNED', to: best ? 'ASSIGNED' : 'UNASSIGNED', technicianId: best?.technicianId ?? null, note });
}
