import { DomainError, type Location, type PartsRpc, type Technician, type TenantContext } from '@shouhou/contracts';
import { newId, takeNextNumber, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';

interface LocationRow {
  id: string;
  code: string;
  name: string;
  kind: Location['kind'];
  technician_id: string | null;
  technician_user_id: string | null;
  stocktake_every_days: number | null;
  last_stocktake_at: Date | null;
  created_at: Date;
}

const SELECT = `select l.*, (select max(approved_at) from parts.stocktake s where s.location_id = l.id and s.state = 'APPROVED') as last_stocktake_at from parts.location l`;

export async function listLocations(em: TenantEntityManager): Promise<Location[]> {
  const rows: LocationRow[] = await em.execute(`${SELECT} order by case l.kind when 'CENTRAL' then 0 when 'REGIONAL' then 1 else 2 end, l.code`);
  return rows.map(toLocation);
}

export async function locationById(em: TenantEntityManager, id: string, field = 'input.locationId'): Promise<Location> {
  const [row]: LocationRow[] = await em.execute(`${SELECT} where l.id = ?`, [id]);
  if (!row) throw new DomainError('BAD_USER_INPUT', 'no such location', { issues: [{ field, reason: 'unknown', message: 'no such location' }] });
  return toLocation(row);
}

/** A technician's van stock, if they have one yet. */
export async function vanOf(em: TenantEntityManager, technicianId: string | null): Promise<Location | null> {
  if (!technicianId) return null;
  const [row]: LocationRow[] = await em.execute(`${SELECT} where l.technician_id = ?`, [technicianId]);
  return row ? toLocation(row) : null;
}

/** The first central warehouse: where parts not on the van are reserved from. */
export async function centralWarehouse(em: TenantEntityManager): Promise<Location | null> {
  const [row]: LocationRow[] = await em.execute(`${SELECT} where l.kind = 'CENTRAL' order by l.code limit 1`);
  return row ? toLocation(row) : null;
}

type LocationInput = z.output<(typeof PartsRpc)['saveLocation']['input']>;

/** A new warehouse or store, or a change to one; see `LocationInput` for what may change. */
export async function saveLocation(em: TenantEntityManager, ctx: TenantContext, input: LocationInput): Promise<Location> {
  return input.id ? changeLocation(em, input.id, input) : addLocation(em, ctx, input);
}

async function addLocation(em: TenantEntityManager, ctx: TenantContext, input: LocationInput): Promise<Location> {
  const [added]: { id: string }[] = await em.execute(
    `insert into parts.location (id, tenant_id, code, name, kind, stocktake_every_days, created_at) values (?, ?, ?, ?, ?, ?, now())
     on conflict (tenant_id, code) do nothing returning id`,
    [newId(), ctx.tenantId, input.code, input.name, input.kind, input.stocktakeEveryDays],
  );
  if (!added) {
    throw new DomainError('CONFLICT', `location code ${input.code} is taken`, { issues: [{ field: 'input.code', reason: 'taken', message: `location code ${input.code} is taken` }] });
  }
  return locationById(em, added.id);
}

async function changeLocation(em: TenantEntityManager, id: string, input: LocationInput): Promise<Location> {
  const current = await locationById(em, id, 'input.id');
  if (current.code !== input.code) throw invalid('input.code', 'immutable', "a location's code does not change");
  if (current.kind === 'VAN' && input.kind) throw invalid('input.kind', 'van', "a van stays a technician's van");
  // A van's name follows its technician's profile (keepVan); only its schedule is the warehouse's.
  const name = current.kind === 'VAN' ? current.name : input.name;
  await em.execute(`update parts.location set name = ?, kind = ?, stocktake_every_days = ? where id = ?`, [name, input.kind ?? current.kind, input.stocktakeEveryDays, id]);
  return locationById(em, id);
}

const invalid = (field: string, reason: string, message: string) => new DomainError('BAD_USER_INPUT', message, { issues: [{ field, reason, message }] });

/**
 * Every technician has a van stock (车载库存), kept in step with dispatch's profiles and counted
 * monthly by default. A new van is numbered in the company's order (VAN-001, VAN-002…) from the same
 * gap-free counter as transfers and stocktakes; a code a warehouse already gave a location by hand is
 * skipped. Re-saving a technician renames the van, never renumbers it.
 */
export async function keepVan(em: TenantEntityManager, ctx: TenantContext, technician: Technician): Promise<void> {
  const name = `${technician.name} 车载库存`;
  // One van at a time per company: two replicas handling two saves of a new technician would both
  // miss the van below and both number one.
  await em.execute(`select pg_advisory_xact_lock(hashtext('parts.van:' || ?))`, [ctx.tenantId]);
  const known: unknown[] = await em.execute(
    `update parts.location set name = ?, technician_user_id = ? where technician_id = ? returning id`,
    [name, technician.userId, technician.id],
  );
  if (known.length) return;
  for (;;) {
    const number = await takeNextNumber(em, 'parts.document_counter', { tenant_id: ctx.tenantId, prefix: 'VAN', day: '' });
    const added: unknown[] = await em.execute(
      `insert into parts.location (id, tenant_id, code, name, kind, technician_id, technician_user_id, stocktake_every_days, created_at)
       values (?, ?, ?, ?, 'VAN', ?, ?, 30, now()) on conflict (tenant_id, code) do nothing returning id`,
      [newId(), ctx.tenantId, `VAN-${String(number).padStart(3, '0')}`, name, technician.id, technician.userId],
    );
    if (added.length) return;
  }
}

function toLocation(r: LocationRow): Location {
  const last = r.last_stocktake_at ? new Date(r.last_stocktake_at) : null;
  // A location never counted is due one period after it was set up.
  const due = r.stocktake_every_days ? new Date((last ?? new Date(r.created_at)).getTime() + r.stocktake_every_days * 86_400_000) : null;
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    technicianId: r.technician_id,
    technicianUserId: r.technician_user_id,
    stocktakeEveryDays: r.stocktake_every_days,
    lastStocktakeAt: last?.toISOString() ?? null,
    stocktakeDueAt: due?.toISOString() ?? null,
  };
}
