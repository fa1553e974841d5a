import type { MikroORM } from '@mikro-orm/postgresql';
import type { TenantContext } from '@shouhou/contracts';
import { inTenantTransaction, type TenantEntityManager } from '@shouhou/persistence';
import type { OutboxRelay } from './outbox';

/**
 * A change in the tenant's transaction, after which the outbox relay is woken: the events the change
 * promised leave as soon as it committed instead of at the relay's next poll.
 */
export async function inTenantWrite<T>(orm: MikroORM, relay: OutboxRelay, ctx: TenantContext, work: (em: TenantEntityManager) => Promise<T>): Promise<T> {
  const result = await inTenantTransaction(orm, ctx.tenantId, work);
  relay.wake();
  return result;
}
