import { DomainError, PartsEvents, type MovementKind, type StockLevel, type TenantContext } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';

export interface MovementInput {
  partId: string;
  locationId: string;
  kind: MovementKind;
  /** Change in on hand. */
  quantity: number;
  /** Change in reserved. */
  reservedChange?: number;
  unitCost?: number | null;
  reason?: string | null;
  source: { type: 'WORK_ORDER' | 'TRANSFER' | 'STOCKTAKE' | 'IMPORT' | 'MANUAL'; id?: string | null; line?: string | null };
}

/** A balance as a movement left it. */
export interface Balance {
  on_hand: number;
  reserved: number;
  in_transit: number;
  reorder_point: number | null;
  reorder_quantity: number | null;
}

/**
 * The one way stock changes: a movement appended to the ledger and the balance moved in the same
 * transaction. The balance update is conditional, so concurrent issues of the last unit serialise on
 * the balance row and only those the stock covers succeed; the others get a clear error and move
 * nothing. The update is the last statement before the caller commits (it answers the new balance
 * and marks a low-stock crossing itself), so the row is locked for as short a time as possible. A
 * movement with a source line (a work order's part line) is applied once, however often its event is
 * delivered: answers null when it had already been applied.
 */
export async function move(em: TenantEntityManager, ctx: TenantContext, m: MovementInput): Promise<Balance | null> {
  const reserved = m.reservedChange ?? 0;
  const [recorded]: { id: string }[] = await em.execute(
    `insert into parts.movement (id, tenant_id, part_id, location_id, kind, quantity, reserved_change, unit_cost, actor_id, reason, source_type, source_id, source_line, at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict do nothing returning id`,
    [newId(), ctx.tenantId, m.partId, m.locationId, m.kind, m.quantity, reserved, m.unitCost ?? null, ctx.actorId, m.reason ?? null, m.source.type, m.source.id ?? null, m.source.line ?? null],
  );
  if (!recorded) return null;
  await ensureBalance(em, ctx, m.partId, m.locationId);
  // Available at or below the reorder point marks the row low (once per crossing: low_since).
  const [moved]: (Balance & { crossed: boolean })[] = await em.execute(
    `with before as (select low_since from parts.stock_balance where part_id = ? and location_id = ?)
     update parts.stock_balance b set on_hand = b.on_hand + ?, reserved = b.reserved + ?,
       low_since = case when b.reorder_point is not null and (b.on_hand + ?) - (b.reserved + ?) <= b.reorder_point then coalesce(b.low_since, now()) end
     from before
     where b.part_id = ? and b.location_id = ? and b.on_hand + ? >= 0 and b.reserved + ? >= 0 and b.reserved + ? <= b.on_hand + ?
     returning b.on_hand, b.reserved, b.in_transit, b.reorder_point, b.reorder_quantity, (before.low_since is null and b.low_since is not null) as crossed`,
    [m.partId, m.locationId, m.quantity, reserved, m.quantity, reserved, m.partId, m.locationId, m.quantity, reserved, reserved, m.quantity],
  );
  if (!moved) throw await shortage(em, m);
  if (moved.crossed) await recordEvent(em, ctx, PartsEvents.stockLow, (await stockLevels(em, { partId: m.partId, locationId: m.locationId }))[0]);
  return moved;
}

/** The balance row of a part at a location, created empty the first time stock or a level concerns it. */
export async function ensureBalance(em: TenantEntityManager, ctx: TenantContext, partId: string, locationId: string): Promise<void> {
  await em.execute(
    `insert into parts.stock_balance (tenant_id, part_id, location_id, sku, location_code)
     select ?, p.id, l.id, p.sku, l.code from parts.part p, parts.location l where p.id = ? and l.id = ? on conflict do nothing`,
    [ctx.tenantId, partId, locationId],
  );
}

/** A part at a location as the console shows it, from what the caller already read and the new balance. */
export function levelOf(part: { id: string; sku: string; name: string; unit: string; average_cost: string }, location: { id: string; code: string; name: string; kind: StockLevel['locationKind'] }, b: Balance): StockLevel {
  return toStockLevel({
    part_id: part.id, sku: part.sku, name: part.name, unit: part.unit, average_cost: part.average_cost,
    location_id: location.id, location_code: location.code, location_name: location.name, location_kind: location.kind, ...b,
  });
}

/** Why a movement could not be made, with the figures the person needs to act on it. */
async function shortage(em: TenantEntityManager, m: MovementInput): Promise<DomainError> {
  const [b]: { on_hand: number; reserved: number; sku: string; code: string }[] = await em.execute(
    `select b.on_hand, b.reserved, p.sku, l.code from parts.stock_balance b join parts.part p on p.id = b.part_id join parts.location l on l.id = b.location_id
     where b.part_id = ? and b.location_id = ?`,
    [m.partId, m.locationId],
  );
  const available = b.on_hand - b.reserved;
  const message = `not enough ${b.sku} at ${b.code}: ${available} available (${b.on_hand} on hand, ${b.reserved} reserved)`;
  return new DomainError('CONFLICT', message, { issues: [{ field: 'input.quantity', reason: 'insufficient_stock', message }], available, onHand: b.on_hand, reserved: b.reserved });
}

/** Balances (the table, or a subquery of it) with their part and location, as StockRow. */
export const stockOf = (balances: string) => `select p.id as part_id, p.sku, p.name, p.unit, p.average_cost, l.id as location_id, l.code as location_code, l.name as location_name,
    l.kind as location_kind, b.on_hand, b.reserved, b.in_transit, b.reorder_point, b.reorder_quantity
  from ${balances} b join parts.part p on p.id = b.part_id join parts.location l on l.id = b.location_id`;
export const SELECT_STOCK = stockOf('parts.stock_balance');

export interface StockRow {
  part_id: string;
  sku: string;
  name: string;
  unit: string;
  average_cost: string;
  location_id: string;
  location_code: string;
  location_name: string;
  location_kind: StockLevel['locationKind'];
  on_hand: number;
  reserved: number;
  in_transit: number;
  reorder_point: number | null;
  reorder_quantity: number | null;
}

export async function stockLevels(em: TenantEntityManager, where: { partId: string; locationId: string }): Promise<StockLevel[]> {
  const rows: StockRow[] = await em.execute(`${SELECT_STOCK} where b.part_id = ? and b.location_id = ?`, [where.partId, where.locationId]);
  return rows.map(toStockLevel);
}

export function toStockLevel(r: StockRow): StockLevel {
  const available = r.on_hand - r.reserved;
  return {
    partId: r.part_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    locationId: r.location_id,
    locationCode: r.location_code,
    locationName: r.location_name,
    locationKind: r.location_kind,
    onHand: r.on_hand,
    reserved: r.reserved,
    available,
    inTransit: r.in_transit,
    reorderPoint: r.reorder_point,
    reorderQuantity: r.reorder_quantity,
    low: r.reorder_point !== null && available <= r.reorder_point,
    value: Math.round(r.on_hand * Number(r.average_cost)),
  };
}

/**
 * Moving-average cost: a receipt at `unitCost` blends with what the company holds of the part (all
 * locations), so the value of stock follows what was paid for it.
 */
export async function blendAverageCost(em: TenantEntityManager, partId: string, quantity: number, unitCost: number): Promise<void> {
  // The part row is locked first, so a concurrent receipt's quantities are seen once it committed.
  const [p]: { average_cost: string }[] = await em.execute(`select average_cost from parts.part where id = ? for update`, [partId]);
  // Stock in transit is still the company's, at its cost.
  const [{ held }]: { held: number }[] = await em.execute(`select coalesce(sum(on_hand + in_transit), 0)::int as held from parts.stock_balance where part_id = ?`, [partId]);
  const next = averageCost(held, Number(p.average_cost), quantity, unitCost);
  await em.execute(`update parts.part set average_cost = ?, cost = ?, updated_at = now() where id = ?`, [next, unitCost, partId]);
}

export function averageCost(held: number, current: number, quantity: number, unitCost: number): number {
  if (held + quantity <= 0) return unitCost;
  return (Math.max(held, 0) * current + quantity * unitCost) / (Math.max(held, 0) + quantity);
}
