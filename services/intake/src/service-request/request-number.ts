import type { TenantEntityManager } from '@shouhou/persistence';
import type { TenantContext } from '@shouhou/contracts';

/** Until tenants carry their own time zone (tenancy settings), numbers follow China's calendar day. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** `20261123` for the calendar day of `at` in `timeZone`. */
export function dayKey(at: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return dayFormat(timeZone).format(at).replaceAll('-', '');
}

// Building an Intl formatter costs far more than using one; there are few time zones.
const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** `SR-20261123-0001`: prefix, day, and the day's sequence (at least four digits). */
export function formatRequestNumber(day: string, sequence: number): string {
  return `SR-${day}-${String(sequence).padStart(4, '0')}`;
}

/** A request number or its beginning, as an agent types it: `SR-2026`, `sr-20261123-00`. */
export const NUMBER_PREFIX = /^SR-[0-9-]*$/i;

/**
 * Takes the next number of the tenant's day. The upsert locks the tenant's counter row until the
 * transaction ends, so concurrent requests get distinct, gap-free numbers, and a rolled-back request
 * gives its number back.
 */
export async function nextRequestNumber(em: TenantEntityManager, ctx: TenantContext, at: Date): Promise<string> {
  const day = dayKey(at);
  const schema = em.config.get('schema');
  const rows: { last: number }[] = await em.execute(
    `insert into ${schema}.request_number_counter as c (tenant_id, day, last) values (?, ?, 1)
     on conflict (tenant_id, day) do update set last = c.last + 1 returning last`,
    [ctx.tenantId, day],
  );
  return formatRequestNumber(day, rows[0].last);
}
