import { calendarDay } from '@shouhou/contracts';
import type { TenantEntityManager } from './tenant-transaction';

/** `20261123` for the calendar day of `at` in the company's `timeZone`. */
export function dayKey(at: Date, timeZone: string): string {
  return calendarDay(at, timeZone).replaceAll('-', '');
}

/**
 * Takes the next number from a counter table (`key` columns as its primary key, plus `last`), such
 * as a tenant's day of service requests or of transfers. The upsert locks the counter row until the
 * transaction ends, so concurrent writers get distinct, gap-free numbers, and a rolled-back write
 * gives its number back. `counter` and the column names are the caller's constants, never input.
 */
export async function takeNextNumber(em: TenantEntityManager, counter: string, key: Record<string, string>): Promise<number> {
  const columns = Object.keys(key);
  const [{ last }]: { last: number }[] = await em.execute(
    `insert into ${counter} as c (${columns.join(', ')}, last) values (${columns.map(() => '?').join(', ')}, 1)
     on conflict (${columns.join(', ')}) do update set last = c.last + 1 returning last`,
    Object.values(key),
  );
  return last;
}
