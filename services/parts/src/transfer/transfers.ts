import { DomainError, type PartsRpc, type TenantContext, type Transfer } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { partBySku } from '../catalog/parts-catalog';
import { locationById } from '../location/locations';
import { serveBackorders } from '../reservation/work-order-parts';
import { ensureBalance, move } from '../stock/ledger';
import { nextDocumentNumber } from '../stock/document-number';

type Line = { partId: string; sku: string; name: string; quantity: number };
interface TransferRow {
  id: string;
  number: string;
  from_location_id: string;
  from_code: string;
  to_location_id: string;
  to_code: string;
  state: Transfer['state'];
  lines: Line[];
  reason: string | null;
  requested_by: string;
  requested_at: Date;
  shipped_at: Date | null;
  received_at: Date | null;
}

const SELECT = `select t.*, f.code as from_code, d.code as to_code from parts.transfer t
  join parts.location f on f.id = t.from_location_id join parts.location d on d.id = t.to_location_id`;

/** 调拨申请: parts to move between locations (a van's replenishment from the central warehouse, say). */
export async function requestTransfer(em: TenantEntityManager, ctx: TenantContext, input: z.output<(typeof PartsRpc)['requestTransfer']['input']>): Promise<Transfer> {
  if (input.fromLocationId === input.toLocationId) {
    throw new DomainError('BAD_USER_INPUT', 'a transfer goes between two different locations', { issues: [{ field: 'input.toLocationId', reason: 'same_location', message: 'a transfer goes between two different locations' }] });
  }
  await locationById(em, input.fromLocationId, 'input.fromLocationId');
  await locationById(em, input.toLocationId, 'input.toLocationId');
  const lines: Line[] = [];
  const repeated = input.lines.findIndex((l, i) => input.lines.findIndex((o) => o.sku === l.sku) !== i);
  if (repeated >= 0) {
    const message = `${input.lines[repeated].sku} is on the transfer twice: give it once with the whole quantity`;
    throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: `input.lines.${repeated}.sku`, reason: 'duplicate', message }] });
  }
  for (const [i, l] of input.lines.entries()) {
    const part = await partBySku(em, l.sku, `input.lines.${i}.sku`);
    lines.push({ partId: part.id, sku: part.sku, name: part.name, quantity: l.quantity });
  }
  const id = newId();
  await em.execute(
    `insert into parts.transfer (id, tenant_id, number, from_location_id, to_location_id, state, lines, reason, requested_by, requested_at) values (?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, now())`,
    [id, ctx.tenantId, await nextDocumentNumber(em, ctx, 'TR'), input.fromLocationId, input.toLocationId, JSON.stringify(lines), input.reason ?? null, ctx.actorId],
  );
  return transferById(em, id);
}

/** 发货: the parts leave the source (they must be available there) and are in transit to the target. */
export async function shipTransfer(em: TenantEntityManager, ctx: TenantContext, id: string): Promise<Transfer> {
  const t = await lockTransfer(em, id, 'REQUESTED', 'shipped');
  for (const l of t.lines) {
    await move(em, ctx, { partId: l.partId, locationId: t.from_location_id, kind: 'TRANSFER_OUT', quantity: -l.quantity, reason: t.number, source: { type: 'TRANSFER', id: t.id, line: l.partId } });
    await ensureBalance(em, ctx, l.partId, t.to_location_id);
    await em.execute(`update parts.stock_balance set in_transit = in_transit + ? where part_id = ? and location_id = ?`, [l.quantity, l.partId, t.to_location_id]);
  }
  await em.execute(`update parts.transfer set state = 'IN_TRANSIT', shipped_at = now() where id = ?`, [id]);
  return transferById(em, id);
}

/** 收货: the parts arrive; back-ordered work waiting there gets them first. */
export async function receiveTransfer(em: TenantEntityManager, ctx: TenantContext, id: string): Promise<Transfer> {
  const t = await lockTransfer(em, id, 'IN_TRANSIT', 'received');
  for (const l of t.lines) {
    await em.execute(`update parts.stock_balance set in_transit = in_transit - ? where part_id = ? and location_id = ?`, [l.quantity, l.partId, t.to_location_id]);
    await move(em, ctx, { partId: l.partId, locationId: t.to_location_id, kind: 'TRANSFER_IN', quantity: l.quantity, reason: t.number, source: { type: 'TRANSFER', id: t.id, line: l.partId } });
    await serveBackorders(em, ctx, l.partId, t.to_location_id);
  }
  await em.execute(`update parts.transfer set state = 'RECEIVED', received_at = now() where id = ?`, [id]);
  return transferById(em, id);
}

export async function cancelTransfer(em: TenantEntityManager, id: string): Promise<Transfer> {
  await lockTransfer(em, id, 'REQUESTED', 'cancelled');
  await em.execute(`update parts.transfer set state = 'CANCELLED' where id = ?`, [id]);
  return transferById(em, id);
}

export async function listTransfers(em: TenantEntityManager, q: { state?: Transfer['state'] | null; locationId?: string | null }): Promise<Transfer[]> {
  const rows: TransferRow[] = await em.execute(
    `${SELECT} where (?::text is null or t.state = ?) and (?::uuid is null or ? in (t.from_location_id, t.to_location_id)) order by t.requested_at desc limit 200`,
    [q.state ?? null, q.state ?? null, q.locationId ?? null, q.locationId ?? null],
  );
  return rows.map(toTransfer);
}

async function lockTransfer(em: TenantEntityManager, id: string, from: Transfer['state'], verb: string): Promise<TransferRow> {
  const [t]: TransferRow[] = await em.execute(`${SELECT} where t.id = ? for update of t`, [id]);
  if (!t) throw new DomainError('NOT_FOUND', 'no such transfer');
  if (t.state !== from) {
    const message = `a transfer that is ${t.state} cannot be ${verb}`;
    throw new DomainError('CONFLICT', message, { issues: [{ field: 'input.id', reason: `transfer_${t.state.toLowerCase()}`, message }] });
  }
  return t;
}

async function transferById(em: TenantEntityManager, id: string): Promise<Transfer> {
  const [t]: TransferRow[] = await em.execute(`${SELECT} where t.id = ?`, [id]);
  return toTransfer(t);
}

function toTransfer(t: TransferRow): Transfer {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: t.id,
    number: t.number,
    fromLocationId: t.from_location_id,
    fromCode: t.from_code,
    toLocationId: t.to_location_id,
    toCode: t.to_code,
    state: t.state,
    lines: t.lines,
    reason: t.reason,
    requestedBy: t.requested_by,
    requestedAt: iso(t.requested_at)!,
    shippedAt: iso(t.shipped_at),
    receivedAt: iso(t.received_at),
  };
}
