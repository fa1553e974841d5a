import { dayKey, takeNextNumber, type TenantEntityManager } from '@shouhou/persistence';
import type { TenantContext } from '@shouhou/contracts';

/** `SR-20261123-0001`: prefix, day, and the day's sequence (at least four digits). */
export function formatRequestNumber(day: string, sequence: number): string {
  return `SR-${day}-${String(sequence).padStart(4, '0')}`;
}

/** A request number or its beginning, as an agent types it: `SR-2026`, `sr-20261123-00`. */
export const NUMBER_PREFIX = /^SR-[0-9-]*$/i;

/** Takes the next number of the company's day (in its time zone): distinct and gap-free (see `takeNextNumber`). */
export async function nextRequestNumber(em: TenantEntityManager, ctx: TenantContext, at: Date, timeZone: string): Promise<string> {
  const day = dayKey(at, timeZone);
  const schema = em.config.get('schema');
  return formatRequestNumber(day, await takeNextNumber(em, `${schema}.request_number_counter`, { tenant_id: ctx.tenantId, day }));
}
