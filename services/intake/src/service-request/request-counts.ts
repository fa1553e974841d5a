import type { TenantEntityManager } from '@shouhou/persistence';
import { ServiceRequestSchema } from './service-request.entity';

/** The list filters intake.request_count is kept by (Migration20261124110000), property → column. */
const COUNTED: Record<string, string> = { status: 'status', channel: 'channel', category: 'category', priority: 'priority' };

/** A search with fewer matches is read through the search indexes, whatever the planner guesses. */
const FEW_MATCHES = 10_000;

/** Three letters or digits in a row: a trigram, so every column the search matches has an index for it. */
const TRIGRAM = /[\p{L}\p{N}]{3}/u;

/**
 * A list's total, when there is a better way to it than findPage counting the rows after the page:
 *
 * - Filtered on nothing but status, channel, category and priority (or nothing at all), the total is
 *   summed from the counts the request table's triggers keep: a tenant's million requests take over
 *   100 ms to count, a few counts none.
 * - A search is counted first, through its indexes, and when it has few matches its page is read the
 *   same way (bitmap scans, then the newest 21). PostgreSQL cannot know that a search's matches may
 *   all lie far down the list (one day's numbers two years back, an old customer's name): walking the
 *   newest-first index until 21 rows match would then read most of the table.
 *
 * Anything else (a customer's requests, dates, the incoming queue) is counted by findPage.
 */
export async function listTotal(
  em: TenantEntityManager,
  where: Record<string, unknown>,
  search?: string | null,
): Promise<(() => Promise<number>) | undefined> {
  const keys = Object.keys(where);
  if (keys.every((key) => key in COUNTED && typeof where[key] === 'string')) {
    return async () => {
      const conditions = keys.map((key) => `${COUNTED[key]} = ?`);
      const [row]: { n: number }[] = await em.execute(
        `select coalesce(sum(n), 0)::int as n from intake.request_count${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`,
        keys.map((key) => where[key]),
      );
      return row.n;
    };
  }
  if (!search) return undefined;
  const matches = await em.count(ServiceRequestSchema, { ...where });
  if (matches <= FEW_MATCHES && TRIGRAM.test(search)) await em.execute(`set local enable_indexscan = off`);
  return async () => matches;
}
