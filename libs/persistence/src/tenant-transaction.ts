import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { TenantId } from '@shouhou/contracts';
import { TENANT_FILTER } from './tenant-entity';
import { pendingClaim, refuseIfTaken, takeWithWrite } from './idempotency';

export type TenantEntityManager = EntityManager & { readonly __tenant: TenantId };

/**
 * Runs `work` in one transaction bound to one tenant: the ORM's tenant filter gets the id, and
 * PostgreSQL's RLS gets it through `set_config(..., true)` (local to this transaction, so a pooled
 * connection never carries it to the next caller).
 */
export async function inTenantTransaction<T>(
  orm: MikroORM,
  tenantId: TenantId,
  work: (em: TenantEntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ clear: true });
  return em.transactional(async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { tenantId });
    await tx.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId]);
    // A request with an Idempotency-Key takes it in its first transaction that writes (ADR 21).
    const claim = pendingClaim(tenantId);
    if (claim) await refuseIfTaken(tx, claim);
    const result = await work(tx as TenantEntityManager);
    if (claim && !claim.claimed) {
      // The ORM writes what the work persisted when the transaction ends; do it now, to see whether it wrote.
      await tx.flush();
      await takeWithWrite(tx, claim, result);
    }
    return result;
  });
}

/**
 * A transaction with a named session flag set instead of a tenant, for the few tables whose policy
 * allows a wider scope (the tenant registry for the platform operator, the outbox for its relay).
 */
export async function inScopedTransaction<T>(
  orm: MikroORM,
  scope: 'platform' | 'outbox-relay',
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ clear: true });
  return em.transactional(async (tx) => {
    await tx.execute(`select set_config('app.scope', ?, true)`, [scope]);
    return work(tx);
  });
}
