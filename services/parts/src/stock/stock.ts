import { DomainError, type PartsRpc, type StockLevel, type TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { partBySku } from '../catalog/parts-catalog';
import { locationById } from '../location/locations';
import { serveBackorders } from '../reservation/work-order-parts';
import { blendAverageCost, ensureBalance, levelOf, move, stockLevels, stockOf, toStockLevel, type StockRow } from './ledger';

type Input<K extends keyof typeof PartsRpc> = z.output<(typeof PartsRpc)[K]['input']>;

/** 入库: stock received at a location at a unit cost, which blends into the moving average. */
export async function receive(em: TenantEntityManager, ctx: TenantContext, input: Input<'receive'>): Promise<StockLevel> {
  const [part, location] = [await partBySku(em, input.sku), await locationById(em, input.locationId)];
  await blendAverageCost(em, part.id, input.quantity, input.unitCost);
  await move(em, ctx, { partId: part.id, locationId: location.id, kind: 'RECEIPT', quantity: input.quantity, unitCost: input.unitCost, reason: input.reason, source: { type: 'MANUAL' } });
  await serveBackorders(em, ctx, part.id, location.id);
  return (await stockLevels(em, { partId: part.id, locationId: location.id }))[0];
}

/** A correction up or down outside a stocktake, with its reason; never below what is reserved. */
export async function adjust(em: TenantEntityManager, ctx: TenantContext, input: Input<'adjust'>): Promise<StockLevel> {
  const [part, location] = [await partBySku(em, input.sku), await locationById(em, input.locationId)];
  const balance = await move(em, ctx, { partId: part.id, locationId: location.id, kind: 'ADJUSTMENT', quantity: input.quantity, unitCost: Number(part.average_cost), reason: input.reason, source: { type: 'MANUAL' } });
  if (input.quantity < 0) return levelOf(part, location, balance!);
  // More stock: back-ordered work waiting here takes it first.
  await serveBackorders(em, ctx, part.id, location.id);
  return (await stockLevels(em, { partId: part.id, locationId: location.id }))[0];
}

/** 报废: usable stock written off, with its reason. */
export async function scrap(em: TenantEntityManager, ctx: TenantContext, input: Input<'scrap'>): Promise<StockLevel> {
  const [part, location] = [await partBySku(em, input.sku), await locationById(em, input.locationId)];
  const balance = await move(em, ctx, { partId: part.id, locationId: location.id, kind: 'SCRAP', quantity: -input.quantity, unitCost: Number(part.average_cost), reason: input.reason, source: { type: 'MANUAL' } });
  return levelOf(part, location, balance!);
}

/** 再订货点: when available stock falls to the point, a low-stock alert; the quantity is what to send. */
export async function setReorderLevel(em: TenantEntityManager, ctx: TenantContext, input: Input<'setReorderLevel'>): Promise<StockLevel> {
  const [part, location] = [await partBySku(em, input.sku), await locationById(em, input.locationId)];
  if ((input.reorderPoint === null) !== (input.reorderQuantity === null)) {
    const message = 'give both the reorder point and the reorder quantity, or neither';
    throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.reorderQuantity', reason: 'incomplete', message }] });
  }
  await setLevel(em, ctx, part.id, location.id, input.reorderPoint, input.reorderQuantity);
  return (await stockLevels(em, { partId: part.id, locationId: location.id }))[0];
}

/** The reorder point and quantity of a part at a location (both, or neither to clear them). */
export async function setLevel(em: TenantEntityManager, ctx: TenantContext, partId: string, locationId: string, point: number | null, quantity: number | null): Promise<void> {
  await ensureBalance(em, ctx, partId, locationId);
  await em.execute(`update parts.stock_balance set reorder_point = ?, reorder_quantity = ? where part_id = ? and location_id = ?`, [point, quantity, partId, locationId]);
}

/** Stock by part and location, low first when asked; keyset paging on (sku, location code). */
export async function listStock(em: TenantEntityManager, q: Input<'stock'>) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.locationId) {
    where.push('b.location_id = ?');
    params.push(q.locationId);
  }
  if (q.search) {
    where.push('b.part_id in (select id from parts.part where sku ilike ? or name ilike ?)');
    params.push(`%${q.search}%`, `%${q.search}%`);
  }
  if (q.lowOnly) where.push('b.reorder_point is not null and b.on_hand - b.reserved <= b.reorder_point');
  const filter = where.length ? ` where ${where.join(' and ')}` : '';
  const [{ n }]: { n: number }[] = await em.execute(`select count(*)::int as n from parts.stock_balance b${filter}`, params);
  const after = q.after ? decodeCursor(q.after) : null;
  const keyset = after ? `${filter ? ' and' : ' where'} (b.sku, b.location_code) > (?, ?)` : '';
  // The page is taken from the balances in (sku, location) order first, then joined: a large company's
  // stock is read 50 rows at a time through its index, never sorted whole.
  const rows: StockRow[] = await em.execute(
    `${stockOf(`(select * from parts.stock_balance b${filter}${keyset} order by b.sku, b.location_code limit ?)`)} order by b.sku, b.location_code`,
    [...params, ...(after ?? []), q.first + 1],
  );
  const page = rows.slice(0, q.first).map((r) => ({ cursor: encodeCursor(r.sku, r.location_code), node: toStockLevel(r) }));
  return { edges: page, pageInfo: { hasNextPage: rows.length > q.first, endCursor: page.at(-1)?.cursor ?? null }, totalCount: n };
}

const encodeCursor = (sku: string, code: string) => Buffer.from(JSON.stringify([sku, code])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // falls through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'this page position is not valid', { issues: [{ field: 'after', reason: 'invalid_cursor', message: 'this page position is not valid' }] });
}

/** The ledger of a part, newest first. */
export async function movements(em: TenantEntityManager, q: Input<'movements'>) {
  const params: unknown[] = [q.partId];
  let where = 'm.part_id = ?';
  if (q.locationId) {
    where += ' and m.location_id = ?';
    params.push(q.locationId);
  }
  const [{ n }]: { n: number }[] = await em.execute(`select count(*)::int as n from parts.movement m where ${where}`, params);
  const keyset = q.after ? ' and (m.at, m.id) < (select at, id from parts.movement where id = ?)' : '';
  const rows: { id: string; part_id: string; sku: string; location_id: string; code: string; kind: string; quantity: number; reserved_change: number; unit_cost: string | null; actor_id: string; reason: string | null; source_type: string; source_id: string | null; at: Date }[] =
    await em.execute(
      `select m.*, p.sku, l.code from parts.movement m join parts.part p on p.id = m.part_id join parts.location l on l.id = m.location_id
       where ${where}${keyset} order by m.at desc, m.id desc limit ?`,
      [...params, ...(q.after ? [q.after] : []), q.first + 1],
    );
  const page = rows.slice(0, q.first);
  return {
    edges: page.map((r) => ({
      cursor: r.id,
      node: {
        id: r.id, partId: r.part_id, sku: r.sku, locationId: r.location_id, locationCode: r.code, kind: r.kind as never, quantity: r.quantity, reservedChange: r.reserved_change,
        unitCost: r.unit_cost === null ? null : Number(r.unit_cost), actorId: r.actor_id, reason: r.reason, sourceType: r.source_type, sourceId: r.source_id, at: new Date(r.at).toISOString(),
      },
    })),
    pageInfo: { hasNextPage: rows.length > q.first, endCursor: page.at(-1)?.id ?? null },
    totalCount: n,
  };
}
