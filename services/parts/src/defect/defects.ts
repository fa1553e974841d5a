import { DomainError, PartsEvents, type PartsRpc, type TenantContext } from '@shouhou/contracts';
import { recordEvent } from '@shouhou/messaging';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { partBySku } from '../catalog/parts-catalog';
import { companyTimeZone } from '../company/company-time-zone';
import { vanOf } from '../location/locations';
import { move } from '../stock/ledger';

type Input<K extends keyof typeof PartsRpc> = z.output<(typeof PartsRpc)[K]['input']>;
type Defect = z.infer<(typeof PartsRpc)['returnDefective']['output']>;

/** Roles that handle any work order's parts; a technician returns parts of their own jobs only. */
const HANDLES_ALL = ['warehouse-keeper', 'quality-manager', 'dispatcher', 'tenant-admin'];

/**
 * 旧件返还: the part taken out of the product comes back with why it failed, linked to the product
 * model and serial number of the work order, as evidence for quality analysis. It is recorded in the
 * ledger at the technician's van (no usable stock changes: a failed part is not stock).
 */
export async function returnDefective(em: TenantEntityManager, ctx: TenantContext, input: Input<'returnDefective'>): Promise<Defect> {
  // Locked: two returns at once cannot together bring back more than the job used.
  const [order]: { id: string; technician_id: string | null; request_number: string }[] = await em.execute(`select id, technician_id, request_number from parts.work_order where id = ? for update`, [input.workOrderId]);
  if (!order) throw new DomainError('NOT_FOUND', 'no such work order');
  const van = await vanOf(em, order.technician_id);
  if (!ctx.roles.some((r) => HANDLES_ALL.includes(r)) && van?.technicianUserId !== ctx.actorId) throw new DomainError('NOT_FOUND', 'no such work order');
  const part = await partBySku(em, input.sku);
  // What comes back was taken out on this job: no more than the job used of that part.
  const [{ used, returned }]: { used: number; returned: number }[] = await em.execute(
    `select (select coalesce(sum(quantity), 0) from parts.reservation where work_order_id = ? and part_id = ? and state in ('RESERVED', 'ISSUED'))::int as used,
            (select coalesce(sum(quantity), 0) from parts.defect where work_order_id = ? and part_id = ?)::int as returned`,
    [order.id, part.id, order.id, part.id],
  );
  if (returned + input.quantity > used) {
    const message = used === 0 ? `${part.sku} was not used on this job` : `only ${used - returned} more ${part.sku} can come back from this job (${used} used, ${returned} returned)`;
    throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.quantity', reason: 'more_than_used', message }] });
  }
  if (part.serialised && !input.serialNumber) {
    const message = 'this part is tracked by serial number: give the returned part’s serial number';
    throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.serialNumber', reason: 'required', message }] });
  }
  const id = newId();
  await em.execute(
    `insert into parts.defect (id, tenant_id, part_id, work_order_id, location_id, cause, quantity, part_serial, note, actor_id, returned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())`,
    [id, ctx.tenantId, part.id, order.id, van?.id ?? null, input.cause, input.quantity, input.serialNumber ?? null, input.note ?? null, ctx.actorId],
  );
  if (van) await move(em, ctx, { partId: part.id, locationId: van.id, kind: 'DEFECTIVE_RETURN', quantity: 0, reason: input.cause, source: { type: 'WORK_ORDER', id: order.id, line: `defect:${id}` } });
  const defect = (await defects(em, { id }))[0];
  await recordEvent(em, ctx, PartsEvents.defectRecorded, defect);
  return defect;
}

const SELECT = `select d.*, p.sku, p.name as part_name, w.request_number, w.product_model, w.serial_number from parts.defect d
  join parts.part p on p.id = d.part_id join parts.work_order w on w.id = d.work_order_id`;

export async function defects(em: TenantEntityManager, q: { id?: string; workOrderId?: string | null; first?: number; after?: string | null }): Promise<Defect[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const when = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (q.id) when('d.id = ?', q.id);
  if (q.workOrderId) when('d.work_order_id = ?', q.workOrderId);
  if (q.after) when('d.id < ?', q.after);
  const rows: { id: string; part_id: string; sku: string; part_name: string; work_order_id: string; request_number: string; product_model: string; serial_number: string; part_serial: string | null; cause: Defect['cause']; quantity: number; note: string | null; returned_at: Date }[] =
    await em.execute(`${SELECT}${where.length ? ` where ${where.join(' and ')}` : ''} order by d.id desc limit ?`, [...params, q.first ?? 100]);
  return rows.map((r) => ({
    id: r.id,
    partId: r.part_id,
    sku: r.sku,
    partName: r.part_name,
    workOrderId: r.work_order_id,
    requestNumber: r.request_number,
    productModel: r.product_model,
    productSerial: r.serial_number,
    partSerial: r.part_serial,
    cause: r.cause,
    quantity: r.quantity,
    note: r.note,
    returnedAt: new Date(r.returned_at).toISOString(),
  }));
}

const GROUP: Record<Input<'defectAnalysis'>['groupBy'], { key: string; label: string }> = {
  MODEL: { key: 'w.product_model', label: 'w.product_model' },
  PART: { key: 'p.sku', label: `p.sku || ' ' || p.name` },
  CAUSE: { key: 'd.cause', label: 'd.cause' },
};

/**
 * Pareto of returned defective parts in a period (days on the company's clocks): the groups that
 * account for most failures first, each with its share and the running share, for the quality manager.
 */
export async function defectAnalysis(em: TenantEntityManager, q: Input<'defectAnalysis'>) {
  const g = GROUP[q.groupBy];
  const zone = await companyTimeZone(em);
  const rows: { key: string; label: string; count: number }[] = await em.execute(
    `select ${g.key} as key, min(${g.label}) as label, sum(d.quantity)::int as count from parts.defect d
     join parts.part p on p.id = d.part_id join parts.work_order w on w.id = d.work_order_id
     where d.returned_at >= (?::date)::timestamp at time zone ? and d.returned_at < (?::date + 1)::timestamp at time zone ?
       and (?::text is null or w.product_model = ?)
     group by ${g.key} order by count desc, key`,
    [q.from, zone, q.to, zone, q.productModel ?? null, q.productModel ?? null],
  );
  return pareto(rows);
}

export function pareto(rows: { key: string; label: string; count: number }[]) {
  const total = rows.reduce((s, r) => s + r.count, 0);
  let running = 0;
  return {
    total,
    rows: rows.map((r) => {
      running += r.count;
      return { ...r, share: total ? r.count / total : 0, cumulativeShare: total ? running / total : 0 };
    }),
  };
}
