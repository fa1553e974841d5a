import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type DispatchRpc, type TenantContext, type WorkOrder } from '@shouhou/contracts';
import { inTenantWrite, OutboxRelay } from '@shouhou/messaging';
import { inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { assertWorksOn } from './access';
import { AT_WORK, PLANNABLE } from './field-steps';
import { slotOptions } from './slots';
import { clocksOf, pauseClock, tenantTimeZone } from './work-clocks';
import { recordStep, withDetails, workOrderById, type WorkOrderRow } from './work-orders';
import { CatalogParts } from '../catalog/catalog-parts';

type Input<K extends keyof typeof DispatchRpc> = z.output<(typeof DispatchRpc)[K]['input']>;

/** What one visit can cost, in fen: beyond any repair, and within what the database counts. */
const MAX_CHARGES = 2_000_000_000;

const conflict = (message: string, field = 'input.workOrderId') => new DomainError('CONFLICT', message, { issues: [{ field, reason: 'not_allowed', message }] });

/**
 * Around the visit: the appointment agreed with the customer, the technician's report, the parts
 * used and the customer's agreement to the charges. Each change is a step in the work order's
 * timeline and a `work-order.changed` event.
 */
@Injectable()
export class FieldWorkService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly catalog: CatalogParts,
  ) {}

  private write<T>(ctx: TenantContext, work: (em: TenantEntityManager) => Promise<T>): Promise<T> {
    return inTenantWrite(this.orm, this.relay, ctx, work);
  }

  /** Windows to offer the customer, marked whether they start before the arrival commitment falls due. */
  appointmentOptions(ctx: TenantContext, id: string) {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const order = await workOrderById(em, id);
      const arrival = (await clocksOf(em, [order.id])).get(order.id)?.find((c) => c.commitment === 'arrival' && !c.closedAt);
      return slotOptions(Date.now(), arrival ? Date.parse(arrival.dueAt) : null, await tenantTimeZone(em));
    });
  }

  /** PROPOSE: the customer chooses one of the slots on their link; CONFIRM: agreed on the phone. */
  setAppointment(ctx: TenantContext, input: Input<'setAppointment'>): Promise<WorkOrder> {
    return this.write(ctx, async (em) => {
      const order = await workOrderById(em, input.workOrderId, true);
      if (!PLANNABLE.includes(order.status)) throw conflict(`a work order that is ${order.status} has no visit to plan`);
      const slots = [...input.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      if (slots.some((s) => Date.parse(s.end) < Date.now())) throw new DomainError('BAD_USER_INPUT', 'a slot is in the past', { issues: [{ field: 'input.slots', reason: 'past', message: 'a slot is in the past' }] });
      // An agreed time moves only by a reschedule, which says whose doing it is (and so what the clock does).
      const [agreed]: { status: string }[] = await em.execute(`select status from dispatch.appointment where work_order_id = ? and status = 'CONFIRMED'`, [order.id]);
      if (agreed) throw conflict('a time is already agreed with the customer: reschedule it instead', 'input.mode');
      const confirmed = input.mode === 'CONFIRM' ? input.slots[0] : null;
      await em.execute(
        `insert into dispatch.appointment (work_order_id, tenant_id, status, proposed, confirmed_start, confirmed_end, confirmed_by, confirmed_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, now())
         on conflict (work_order_id) do update set status = excluded.status, proposed = excluded.proposed, confirmed_start = excluded.confirmed_start,
           confirmed_end = excluded.confirmed_end, confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at, updated_at = now()`,
        [order.id, ctx.tenantId, confirmed ? 'CONFIRMED' : 'PROPOSED', JSON.stringify(slots), confirmed?.start ?? null, confirmed?.end ?? null, confirmed ? 'STAFF' : null, confirmed ? new Date() : null],
      );
      await this.bump(em, order);
      const note = confirmed ? `${confirmed.start} – ${confirmed.end}` : slots.map((s) => s.start).join(', ');
      return recordStep(em, ctx, order.id, { action: confirmed ? 'APPOINTMENT_CONFIRMED' : 'APPOINTMENT_PROPOSED', from: order.status, to: order.status, technicianId: order.technician_id, note });
    });
  }

  /**
   * Moves the agreed appointment. When the customer asked for it, the arrival clock pauses for the
   * delay (as the commitments say); when the company caused it, the clock keeps running.
   */
  reschedule(ctx: TenantContext, input: Input<'reschedule'>): Promise<WorkOrder> {
    return this.write(ctx, async (em) => {
      const order = await workOrderById(em, input.workOrderId, true);
      await assertWorksOn(em, ctx, order);
      if (!PLANNABLE.includes(order.status)) throw conflict(`a work order that is ${order.status} has no visit to move`);
      const [current]: { confirmed_start: Date | null; confirmed_end: Date | null; credited_until: Date | null }[] = await em.execute(
        `select confirmed_start, confirmed_end, credited_until from dispatch.appointment where work_order_id = ? and status = 'CONFIRMED'`,
        [order.id],
      );
      if (!current?.confirmed_start) throw conflict('there is no agreed appointment to move yet');
      // Only delay not credited before counts: moving a time back and forth does not stretch the clock.
      const from = new Date(Math.max(new Date(current.confirmed_start).getTime(), current.credited_until ? new Date(current.credited_until).getTime() : 0));
      const paused = await customerPause(em, ctx, order, input.cause, from, new Date(input.slot.start), input.reason);
      if (paused > 0) await em.execute(`update dispatch.appointment set credited_until = ? where work_order_id = ?`, [input.slot.start, order.id]);
      await em.execute(
        `insert into dispatch.appointment_change (id, tenant_id, work_order_id, at, by, from_start, from_end, to_start, to_end, cause, reason, paused_minutes)
         values (?, ?, ?, now(), ?, ?, ?, ?, ?, ?, ?, ?)`,
        [newId(), ctx.tenantId, order.id, ctx.actorId, current.confirmed_start, current.confirmed_end, input.slot.start, input.slot.end, input.cause, input.reason, paused],
      );
      await em.execute(`update dispatch.appointment set confirmed_start = ?, confirmed_end = ?, updated_at = now() where work_order_id = ?`, [input.slot.start, input.slot.end, order.id]);
      await this.bump(em, order);
      return recordStep(em, ctx, order.id, { action: 'RESCHEDULED', from: order.status, to: order.status, technicianId: order.technician_id, note: `${input.cause}: ${input.reason}` });
    });
  }

  /** 服务报告: what was wrong, what was done and the labour it took. */
  saveReport(ctx: TenantContext, input: Input<'saveReport'>): Promise<WorkOrder> {
    return this.atWork(ctx, input.workOrderId, 'REPORT_SAVED', async (em, order) => {
      const report = { diagnosis: input.diagnosis, actions: input.actions, labourMinutes: input.labourMinutes, updatedAt: new Date().toISOString() };
      await em.execute(`update dispatch.work_order set report = ? where id = ?`, [JSON.stringify(report), order.id]);
      return `${input.labourMinutes} min`;
    });
  }

  /**
   * A part used on the job, named and priced by the parts catalog unless the technician gives a name
   * and price (a part bought locally). Its stock movement waits for the parts service: the line's
   * reservation stays PENDING until then.
   */
  addPart(ctx: TenantContext, input: Input<'addPart'>): Promise<WorkOrder> {
    return this.atWork(ctx, input.workOrderId, 'PART_ADDED', async (em, order) => {
      // A part the technician names and prices (bought locally) needs no catalog lookup.
      const named = Boolean(input.name?.trim()) && input.unitPrice != null;
      const listed = named ? undefined : await this.catalog.find(em, ctx, input.sku);
      const name = input.name?.trim() || listed?.name;
      const unitPrice = input.unitPrice ?? listed?.price;
      if (!name || unitPrice === undefined) {
        const message = 'this part is not in the parts catalog: give its name and price';
        throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.sku', reason: 'unknown', message }] });
      }
      await em.execute(
        `insert into dispatch.part_line (id, tenant_id, work_order_id, sku, name, quantity, unit_price, source, reservation, added_by, added_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, now())`,
        [newId(), ctx.tenantId, order.id, input.sku, name, input.quantity, unitPrice, input.source, ctx.actorId],
      );
      const [withPart] = await withDetails(em, [order]);
      if (withPart.charges!.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) > MAX_CHARGES) {
        const message = 'the charges of one visit cannot exceed ¥20,000,000: check the quantity and price';
        throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.unitPrice', reason: 'too_big', message }] });
      }
      return `${input.sku} × ${input.quantity}`;
    });
  }

  removePart(ctx: TenantContext, input: Input<'removePart'>): Promise<WorkOrder> {
    return this.atWork(ctx, input.workOrderId, 'PART_REMOVED', async (em, order) => {
      const [gone]: { sku: string }[] = await em.execute(`delete from dispatch.part_line where id = ? and work_order_id = ? returning sku`, [input.lineId, order.id]);
      if (!gone) throw new DomainError('NOT_FOUND', 'no such part line on this work order');
      return gone.sku;
    });
  }

  /** The customer saw the charges on the technician's phone and agreed, before the work is done. */
  acceptCharges(ctx: TenantContext, input: Input<'acceptCharges'>): Promise<WorkOrder> {
    return this.atWork(ctx, input.workOrderId, 'CHARGES_ACCEPTED', (em, order) => acceptChargesOf(em, order, 'ON_SITE', input.total));
  }

  signature(ctx: TenantContext, id: string): Promise<string | null> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const order = await workOrderById(em, id).catch(() => null);
      if (!order) return null;
      await assertWorksOn(em, ctx, order);
      const [row]: { image: string }[] = await em.execute(`select image from dispatch.signature where work_order_id = ?`, [id]);
      return row?.image ?? null;
    });
  }

  /** A change while the technician is at work: only their own job, only while at work on it. */
  private atWork(ctx: TenantContext, id: string, action: string, change: (em: TenantEntityManager, order: WorkOrderRow) => Promise<string>): Promise<WorkOrder> {
    return this.write(ctx, async (em) => {
      const order = await workOrderById(em, id, true);
      await assertWorksOn(em, ctx, order);
      if (!AT_WORK.includes(order.status)) throw conflict(`a work order that is ${order.status} is not being worked on: report, parts and charges are recorded on site or at the depot`);
      const note = await change(em, order);
      await this.bump(em, order);
      return recordStep(em, ctx, order.id, { action, from: order.status, to: order.status, technicianId: order.technician_id, note });
    });
  }

  private bump(em: TenantEntityManager, order: WorkOrderRow) {
    return em.execute(`update dispatch.work_order set version = version + 1, updated_at = now() where id = ?`, [order.id]);
  }
}

/**
 * Records the customer's agreement to the charges they were shown (`shown`, in fen). If the amount
 * changed meanwhile (a part added while their page was open) they agree to nothing: a conflict, and
 * the new amount to show. Answers the amount agreed.
 */
export async function acceptChargesOf(em: TenantEntityManager, order: WorkOrderRow, by: 'ON_SITE' | 'CUSTOMER', shown: number): Promise<string> {
  const [current] = await withDetails(em, [order]);
  const total = current.charges!.total;
  if (total !== shown) {
    const message = `the charges are now ¥${(total / 100).toFixed(2)}, not the ¥${(shown / 100).toFixed(2)} shown: show them again`;
    throw new DomainError('CONFLICT', message, { issues: [{ field: 'input.total', reason: 'charges_changed', message }], total });
  }
  await em.execute(`update dispatch.work_order set charges_accepted_at = now(), charges_accepted_total = ?, charges_accepted_by = ? where id = ?`, [total, by, order.id]);
  return `¥${(total / 100).toFixed(2)}`;
}

/** A customer-caused move pauses the arrival clock for the delay; answers the working minutes paused. */
async function customerPause(em: TenantEntityManager, ctx: TenantContext, order: WorkOrderRow, cause: 'CUSTOMER' | 'COMPANY', from: Date, to: Date, reason: string): Promise<number> {
  if (cause !== 'CUSTOMER') return 0;
  const subject = { visitType: order.visit_type, complexity: order.complexity, emergency: order.emergency, regionTier: order.region_tier };
  return pauseClock(em, ctx, order.id, subject, 'arrival', new Date(from), to, `customer rescheduled: ${reason}`);
}
