import type { TenantContext } from '@shouhou/contracts';
import { dayKey, takeNextNumber, type TenantEntityManager } from '@shouhou/persistence';

/** `TR-20261130-001`: the next number of the tenant's day for a kind of document (transfer, stocktake). */
export async function nextDocumentNumber(em: TenantEntityManager, ctx: TenantContext, prefix: 'TR' | 'ST'): Promise<string> {
  const day = dayKey(new Date());
  const last = await takeNextNumber(em, 'parts.document_counter', { tenant_id: ctx.tenantId, prefix, day });
  return `${prefix}-${day}-${String(last).padStart(3, '0')}`;
}
