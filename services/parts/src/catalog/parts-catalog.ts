import { DomainError, PartsEvents, type Part, type PartsRpc, type TenantContext } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, pgTextArray, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';

type PartInput = z.output<(typeof PartsRpc)['savePart']['input']>;

interface PartRow {
  id: string;
  sku: string;
  name: string;
  unit: string;
  compatible_models: string[];
  cost: number;
  price: number;
  serialised: boolean;
  warranty_months: number;
  active: boolean;
  average_cost: string;
  on_hand: number;
  available: number;
  updated_at: Date;
}

const SELECT = `select p.*, coalesce(s.on_hand, 0)::int as on_hand, coalesce(s.available, 0)::int as available
  from parts.part p left join lateral (select sum(on_hand) as on_hand, sum(on_hand - reserved) as available from parts.stock_balance b where b.part_id = p.id) s on true`;

export async function listParts(em: TenantEntityManager, q: { first: number; after?: string | null; search?: string | null; includeInactive: boolean }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!q.includeInactive) where.push('p.active');
  if (q.search) {
    where.push(`(p.sku ilike ? or p.name ilike ? or ? = any(p.compatible_models))`);
    params.push(`%${q.search}%`, `%${q.search}%`, q.search);
  }
  if (q.after) {
    where.push('p.sku > ?');
    params.push(q.after);
  }
  const clause = where.length ? ` where ${where.join(' and ')}` : '';
  const rows: PartRow[] = await em.execute(`${SELECT}${clause} order by p.sku limit ?`, [...params, q.first + 1]);
  const countWhere = where.filter((w) => w !== 'p.sku > ?');
  const countParams = q.after ? params.slice(0, -1) : params;
  const [{ n }]: { n: number }[] = await em.execute(`select count(*)::int as n from parts.part p${countWhere.length ? ` where ${countWhere.join(' and ')}` : ''}`, countParams);
  const page = rows.slice(0, q.first);
  return { edges: page.map((r) => ({ cursor: r.sku, node: toPart(r) })), pageInfo: { hasNextPage: rows.length > q.first, endCursor: page.at(-1)?.sku ?? null }, totalCount: n };
}

export async function partById(em: TenantEntityManager, id: string): Promise<Part | null> {
  const [row]: PartRow[] = await em.execute(`${SELECT} where p.id = ?`, [id]);
  return row ? toPart(row) : null;
}

/** The part a sku names; an unknown sku is the caller's mistake, said on the field. */
export interface PartRef {
  id: string;
  sku: string;
  name: string;
  unit: string;
  serialised: boolean;
  average_cost: string;
}

export async function partBySku(em: TenantEntityManager, sku: string, field = 'input.sku'): Promise<PartRef> {
  const [row]: PartRef[] = await em.execute(
    `select id, sku, name, unit, serialised, average_cost from parts.part where sku = ?`,
    [sku],
  );
  if (!row) throw new DomainError('BAD_USER_INPUT', `no part ${sku} in the catalog`, { issues: [{ field, reason: 'unknown', message: `no part ${sku} in the catalog` }] });
  return row;
}

/** Creates the part or updates it by sku; the moving-average cost is the ledger's, never set here. */
export async function savePart(em: TenantEntityManager, ctx: TenantContext, input: PartInput): Promise<Part> {
  const [saved]: { id: string }[] = await em.execute(
    `insert into parts.part (id, tenant_id, sku, name, unit, compatible_models, cost, price, serialised, warranty_months, active, average_cost, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, now(), now())
     on conflict (tenant_id, sku) do update set name = excluded.name, unit = excluded.unit, compatible_models = excluded.compatible_models, cost = excluded.cost,
       price = excluded.price, serialised = excluded.serialised, warranty_months = excluded.warranty_months, active = excluded.active, updated_at = now()
     returning id`,
    [newId(), ctx.tenantId, input.sku, input.name, input.unit, pgTextArray(input.compatibleModels), input.cost, input.price, input.serialised, input.warrantyMonths, input.active, input.cost],
  );
  const part = (await partById(em, saved.id))!;
  // Dispatch prices the parts technicians use from the catalog.
  await recordEvent(em, ctx, PartsEvents.partSaved, part);
  return part;
}


function toPart(r: PartRow): Part {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    compatibleModels: r.compatible_models,
    cost: r.cost,
    price: r.price,
    serialised: r.serialised,
    warrantyMonths: r.warranty_months,
    active: r.active,
    averageCost: Number(r.average_cost),
    onHand: r.on_hand,
    available: r.available,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
