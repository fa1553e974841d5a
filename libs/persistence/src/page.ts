import type { EntityManager, EntitySchema, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { DomainError } from '@shouhou/contracts';

export interface Page<D> {
  edges: { cursor: string; node: D }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * One Relay page: keyset pagination on `orderBy` (which must end with a unique column), opaque cursors,
 * and a clear user error for a cursor that did not come from this list.
 */
export async function findPage<T extends object, D>(
  em: EntityManager,
  entity: EntitySchema<T>,
  where: FilterQuery<T>,
  options: {
    first: number;
    after?: string | null;
    orderBy: QueryOrderMap<T>;
    /** The total when the caller knows a cheaper way to it than counting the rows `where` matches. */
    count?: () => Promise<number>;
  },
  toDto: (row: T) => D,
): Promise<Page<D>> {
  let page;
  try {
    page = await em.findByCursor(entity, where, {
      first: options.first,
      after: options.after ?? undefined,
      orderBy: options.orderBy,
      includeCount: !options.count,
    });
  } catch (error) {
    // The same query without a cursor is known to work: a failure here is the cursor's.
    if (options.after) {
      const message = 'after is not a cursor from this list';
      throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.after', reason: 'invalid_cursor', message }] });
    }
    throw error;
  }
  return {
    edges: page.items.map((item) => ({ cursor: page.from(item), node: toDto(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: options.count ? await options.count() : (page.totalCount ?? page.items.length),
  };
}
