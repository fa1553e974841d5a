import { DomainError, type TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import { technicianIdOfUser } from '../technician/technicians';
import type { WorkOrderRow } from './work-orders';

/** Roles that see and steer every work order; a technician sees and moves only their own. */
export const STEERS = ['dispatcher', 'tenant-admin'];

export const steers = (ctx: TenantContext) => ctx.roles.some((r) => STEERS.includes(r));

/**
 * A technician works only on their own jobs (dispatch may act for them). Someone else's job is not
 * theirs to see: the same answer as for a work order that does not exist.
 */
export async function assertWorksOn(em: TenantEntityManager, ctx: TenantContext, order: WorkOrderRow): Promise<void> {
  if (steers(ctx)) return;
  const me = await technicianIdOfUser(em, ctx.actorId);
  if (!me || order.technician_id !== me) throw new DomainError('NOT_FOUND', 'no such work order');
}
