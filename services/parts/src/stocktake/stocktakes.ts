import { DomainError, type Stocktake, type TenantContext } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import { partBySku } from '../catalog/parts-catalog';
import { locationById } from '../location/locations';
import { backorderNewest, serveBackorders } from '../reservation/work-order-parts';
import { move } from '../stock/ledger';
import { nextDocumentNumber } from '../stock/document-number';

interface StocktakeRow {
  id: string;
  number: string;
  location_id: string;
  location_code: string;
  location_name: string;
  state: Stocktake['state'];
  blind: boolean;
  started_at: Date;
  started_by: string;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: string | null;
  due_at: Date | null;
}

interface LineRow {
  part_id: string;
  sku: string;
  name: string;
  expected: number;
  unit_cost: string;
  counted: number | null;
}

const SELECT = `select s.*, l.code as location_code, l.name as location_name from parts.stocktake s join parts.location l on l.id = s.location_id`;

/**
 * 盘点: a count of one location. Starting it takes a snapshot of what the books say is there; counts
 * are entered (in a blind count nobody sees the book figure while counting); the variances, valued at
 * the snapshot's moving-average cost, are approved and posted as adjustments. Stock that moved during
 * the count keeps its movements: the adjustment is the variance, not the difference to now.
 */
export async function startStocktake(em: TenantEntityManager, ctx: TenantContext, input: { locationId: string; blind: boolean }): Promise<Stocktake> {
  const location = await locationById(em, input.locationId);
  const id = newId();
  const due = location.stocktakeDueAt ? new Date(location.stocktakeDueAt) : null;
  const [started]: { id: string }[] = await em.execute(
    `insert into parts.stocktake (id, tenant_id, number, location_id, state, blind, started_at, started_by, due_at) values (?, ?, ?, ?, 'COUNTING', ?, now(), ?, ?)
     on conflict do nothing returning id`,
    [id, ctx.tenantId, await nextDocumentNumber(em, ctx, 'ST'), location.id, input.blind, ctx.actorId, due],
  );
  if (!started) {
    const message = `a stocktake of ${location.code} is already open: finish or cancel it first`;
    throw new DomainError('CONFLICT', message, { issues: [{ field: 'input.locationId', reason: 'stocktake_open', message }] });
  }
  await em.execute(
    `insert into parts.stocktake_line (stocktake_id, tenant_id, part_id, expected, unit_cost)
     select ?, ?, b.part_id, b.on_hand, p.average_cost from parts.stock_balance b join parts.part p on p.id = b.part_id where b.location_id = ? and (b.on_hand > 0 or b.reorder_point is not null)`,
    [id, ctx.tenantId, location.id],
  );
  return stocktakeById(em, id);
}

/** A count of one part; a part the snapshot did not list is counted against the books' figure now. */
export async function recordCount(em: TenantEntityManager, ctx: TenantContext, input: { id: string; sku: string; counted: number }): Promise<Stocktake> {
  const s = await lockStocktake(em, input.id, ['COUNTING'], 'counted');
  const part = await partBySku(em, input.sku);
  await em.execute(
    `insert into parts.stocktake_line (stocktake_id, tenant_id, part_id, expected, unit_cost, counted, counted_by, counted_at)
     values (?, ?, ?, coalesce((select on_hand from parts.stock_balance where part_id = ? and location_id = ?), 0), ?, ?, ?, now())
     on conflict (stocktake_id, part_id) do update set counted = excluded.counted, counted_by = excluded.counted_by, counted_at = now()`,
    [s.id, ctx.tenantId, part.id, part.id, s.location_id, part.average_cost, input.counted, ctx.actorId],
  );
  return stocktakeById(em, s.id);
}

export async function submitStocktake(em: TenantEntityManager, id: string): Promise<Stocktake> {
  const s = await lockStocktake(em, id, ['COUNTING'], 'submitted');
  const [{ n }]: { n: number }[] = await em.execute(`select count(*)::int as n from parts.stocktake_line where stocktake_id = ? and counted is null`, [id]);
  if (n > 0) throw new DomainError('CONFLICT', `${n} part(s) are not counted yet`, { issues: [{ field: 'input.id', reason: 'uncounted', message: `${n} part(s) are not counted yet` }], uncounted: n });
  await em.execute(`update parts.stocktake set state = 'SUBMITTED', submitted_at = now() where id = ?`, [s.id]);
  return stocktakeById(em, id);
}

/** Approval posts each variance as an adjustment in the ledger, valued at the snapshot's cost. */
export async function approveStocktake(em: TenantEntityManager, ctx: TenantContext, input: { id: string; note?: string | null }): Promise<Stocktake> {
  const s = await lockStocktake(em, input.id, ['SUBMITTED'], 'approved');
  const lines: LineRow[] = await em.execute(`select l.*, p.sku, p.name from parts.stocktake_line l join parts.part p on p.id = l.part_id where l.stocktake_id = ? and l.counted <> l.expected order by l.part_id`, [s.id]);
  for (const l of lines) {
    const variance = l.counted! - l.expected;
    if (variance < 0) await coverReserved(em, ctx, l.part_id, s.location_id, variance);
    await move(em, ctx, { partId: l.part_id, locationId: s.location_id, kind: 'ADJUSTMENT', quantity: variance, unitCost: Number(l.unit_cost), reason: `${s.number}${input.note ? `: ${input.note}` : ''}`, source: { type: 'STOCKTAKE', id: s.id, line: l.part_id } });
    if (variance > 0) await serveBackorders(em, ctx, l.part_id, s.location_id);
  }
  await em.execute(`update parts.stocktake set state = 'APPROVED', approved_at = now(), approved_by = ?, note = ? where id = ?`, [ctx.actorId, input.note ?? null, s.id]);
  return stocktakeById(em, s.id);
}

/**
 * Before a count's loss is posted: jobs holding more than would be left there wait for stock instead.
 * The reservations are locked before the balance, in the order dispatch's events lock them, so a
 * reservation arriving meanwhile neither slips in between nor deadlocks with the approval.
 */
async function coverReserved(em: TenantEntityManager, ctx: TenantContext, partId: string, locationId: string, variance: number) {
  await em.execute(`select id from parts.reservation where part_id = ? and location_id = ? and state = 'RESERVED' order by id for update`, [partId, locationId]);
  const [b]: { on_hand: number; reserved: number }[] = await em.execute(`select on_hand, reserved from parts.stock_balance where part_id = ? and location_id = ? for update`, [partId, locationId]);
  const shortfall = b ? b.reserved - (b.on_hand + variance) : 0;
  if (shortfall > 0) await backorderNewest(em, ctx, partId, locationId, shortfall);
}

export async function cancelStocktake(em: TenantEntityManager, id: string): Promise<Stocktake> {
  await lockStocktake(em, id, ['COUNTING', 'SUBMITTED'], 'cancelled');
  await em.execute(`update parts.stocktake set state = 'CANCELLED' where id = ?`, [id]);
  return stocktakeById(em, id);
}

export async function stocktakeById(em: TenantEntityManager, id: string): Promise<Stocktake> {
  const [s]: StocktakeRow[] = await em.execute(`${SELECT} where s.id = ?`, [id]);
  if (!s) throw new DomainError('NOT_FOUND', 'no such stocktake');
  const lines: LineRow[] = await em.execute(`select l.*, p.sku, p.name from parts.stocktake_line l join parts.part p on p.id = l.part_id where l.stocktake_id = ? order by p.sku`, [id]);
  return toStocktake(s, lines);
}

export async function listStocktakes(em: TenantEntityManager, locationId?: string | null): Promise<Stocktake[]> {
  const rows: StocktakeRow[] = await em.execute(`${SELECT} where (?::uuid is null or s.location_id = ?) order by s.started_at desc limit 100`, [locationId ?? null, locationId ?? null]);
  const lines: (LineRow & { stocktake_id: string })[] = rows.length
    ? await em.execute(`select l.*, p.sku, p.name from parts.stocktake_line l join parts.part p on p.id = l.part_id where l.stocktake_id = any(?::uuid[]) order by p.sku`, [`{${rows.map((r) => r.id).join(',')}}`])
    : [];
  return rows.map((s) => toStocktake(s, lines.filter((l) => l.stocktake_id === s.id)));
}

async function lockStocktake(em: TenantEntityManager, id: string, states: Stocktake['state'][], verb: string): Promise<StocktakeRow> {
  const [s]: StocktakeRow[] = await em.execute(`${SELECT} where s.id = ? for update of s`, [id]);
  if (!s) throw new DomainError('NOT_FOUND', 'no such stocktake');
  if (!states.includes(s.state)) throw new DomainError('CONFLICT', `a stocktake that is ${s.state} cannot be ${verb}`, { issues: [{ field: 'input.id', reason: 'closed', message: `the stocktake is ${s.state}` }] });
  return s;
}

function toStocktake(s: StocktakeRow, lines: LineRow[]): Stocktake {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  // In a blind count the book figures stay hidden until the count is submitted.
  const hidden = s.blind && s.state === 'COUNTING';
  const shown = lines.map((l) => {
    const variance = l.counted === null ? null : l.counted - l.expected;
    return {
      partId: l.part_id,
      sku: l.sku,
      name: l.name,
      expected: hidden ? null : l.expected,
      counted: l.counted,
      variance: hidden ? null : variance,
      varianceValue: hidden || variance === null ? null : Math.round(variance * Number(l.unit_cost)),
    };
  });
  const counted = lines.filter((l) => l.counted !== null).length;
  return {
    id: s.id,
    number: s.number,
    locationId: s.location_id,
    locationCode: s.location_code,
    locationName: s.location_name,
    state: s.state,
    blind: s.blind,
    startedAt: iso(s.started_at)!,
    startedBy: s.started_by,
    submittedAt: iso(s.submitted_at),
    approvedAt: iso(s.approved_at),
    approvedBy: s.approved_by,
    lines: shown,
    countedLines: counted,
    totalVarianceValue: hidden ? null : shown.reduce((sum, l) => sum + (l.varianceValue ?? 0), 0),
    onSchedule: s.due_at ? new Date(s.started_at) <= new Date(s.due_at) : null,
  };
}
