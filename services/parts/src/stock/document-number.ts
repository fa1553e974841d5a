import type { TenantContext } from '@shouhou/contracts';
import { dayKey, takeNextNumber, type TenantEntityManager } from '@shouhou/persistence';
import { companyTimeZone } from '../company/company-time-zone';

/** `TR-20261130-001`: the next number of the company's day for a kind of document (transfer, stocktake). */
export async function nextDocumentNumber(em: TenantEntityManager, ctx: TenantContext, prefix: 'TR' | 'ST'): Promise<string> {
  const day = dayKey(new Date(), await companyTimeZone(em));
  const last = await takeNextNumber(em, 'parts.document_counter', { tenant_id: ctx.tenantId, prefix, day });
  return `${prefix}-${day}-${String(last).padStart(3, '0')}`;
}
