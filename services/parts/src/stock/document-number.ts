import type { TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';

/**
 * `TR-20261130-001`: the next number of the tenant's day for a kind of document (transfer,
 * stocktake). The upsert holds the counter row until commit: numbers are distinct and gap-free.
 */
export async function nextDocumentNumber(em: TenantEntityManager, ctx: TenantContext, prefix: 'TR' | 'ST'): Promise<string> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).replaceAll('-', '');
  const [{ last }]: { last: number }[] = await em.execute(
    `insert into parts.document_counter as c (tenant_id, prefix, day, last) values (?, ?, ?, 1)
     on conflict (tenant_id, prefix, day) do update set last = c.last + 1 returning last`,
    [ctx.tenantId, prefix, day],
  );
  return `${prefix}-${day}-${String(last).padStart(3, '0')}`;
}
