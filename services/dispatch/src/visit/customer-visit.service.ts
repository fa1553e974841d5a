import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type DispatchRpc, type PublicVisit, type TenantContext, type WorkOrder } from '@shouhou/contracts';
import { inTenantWrite, OutboxRelay } from '@shouhou/messaging';
import { inTenantTransaction, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { AT_WORK, PLANNABLE } from '../work-order/field-steps';
import { acceptChargesOf } from '../work-order/field-work.service';
import { recordStep, SELECT_WORK_ORDER, withDetails, type WorkOrderRow } from '../work-order/work-orders';

type Step = z.output<(typeof DispatchRpc)['customerVisitAction']['input']>['step'];

const refuse = (message: string) => new DomainError('CONFLICT', message, { issues: [{ field: 'step', reason: 'not_allowed', message }] });

/**
 * The customer's side of the visit, through the tracking link the gateway checked: they see the
 * appointment, what they will pay and the visit's state, choose a slot, agree to the charges and
 * confirm (or dispute) the service. They see no staff notes and no other work.
 */
@Injectable()
export class CustomerVisitService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  visit(ctx: TenantContext, serviceRequestId: string): Promise<PublicVisit | null> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const row = await visitOf(em, serviceRequestId);
      return row && toPublic((await withDetails(em, [row]))[0]);
    });
  }

  act(ctx: TenantContext, serviceRequestId: string, step: Step): Promise<PublicVisit> {
    return inTenantWrite(this.orm, this.relay, ctx, async (em) => {
      const order = await visitOf(em, serviceRequestId, true);
      if (!order) throw new DomainError('NOT_FOUND', 'no visit is planned for this request yet');
      const note = await STEPS[step.action](em, order, step as never);
      await em.execute(`update dispatch.work_order set version = version + 1, updated_at = now() where id = ?`, [order.id]);
      // A disputed service was not a fix: the work order goes back to be visited again.
      const to = step.action === 'DISPUTE_SERVICE' ? 'FAILED' : order.status;
      return toPublic(await recordStep(em, ctx, order.id, { action: `CUSTOMER_${step.action}`, from: order.status, to, technicianId: order.technician_id, note }));
    });
  }
}

async function visitOf(em: TenantEntityManager, serviceRequestId: string, lock = false): Promise<WorkOrderRow | null> {
  const [row]: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER} where w.service_request_id = ?${lock ? ' for update of w' : ''}`, [serviceRequestId]);
  return row ?? null;
}

const STEPS: { [A in Step['action']]: (em: TenantEntityManager, order: WorkOrderRow, step: Extract<Step, { action: A }>) => Promise<string | null> } = {
  CHOOSE_SLOT: async (em, order, step) => {
    if (!PLANNABLE.includes(order.status)) throw refuse('the visit is already under way; call us to change it');
    const [appointment]: { proposed: { start: string; end: string }[]; status: string }[] = await em.execute(`select proposed, status from dispatch.appointment where work_order_id = ?`, [order.id]);
    const slot = appointment?.proposed.find((s) => Date.parse(s.start) === Date.parse(step.start));
    if (!slot) throw refuse('this time was not offered; choose one of the times shown');
    if (appointment.status === 'CONFIRMED') throw refuse('the appointment is already agreed; call us to change it');
    await em.execute(`update dispatch.appointment set status = 'CONFIRMED', confirmed_start = ?, confirmed_end = ?, confirmed_by = 'CUSTOMER', confirmed_at = now(), updated_at = now() where work_order_id = ?`, [
      slot.start,
      slot.end,
      order.id,
    ]);
    return `${slot.start} – ${slot.end}`;
  },
  ACCEPT_CHARGES: async (em, order, step) => {
    if (!AT_WORK.includes(order.status)) throw refuse('there are no charges to agree to right now');
    return acceptChargesOf(em, order, 'CUSTOMER', step.total);
  },
  CONFIRM_SERVICE: async (em, order, step) => {
    if (order.status !== 'COMPLETED' || order.confirmation_status !== 'PENDING') throw refuse('there is no completed service waiting for your confirmation');
    await em.execute(`update dispatch.work_order set confirmation_status = 'CONFIRMED', confirmation_method = 'LINK', confirmed_at = now(), confirmation_comment = ? where id = ?`, [step.comment ?? null, order.id]);
    return step.comment ?? null;
  },
  DISPUTE_SERVICE: async (em, order, step) => {
    if (order.status !== 'COMPLETED' || order.confirmation_status !== 'PENDING') throw refuse('there is no completed service waiting for your confirmation');
    await em.execute(
      `update dispatch.work_order set status = 'FAILED', completed_at = null, confirmation_status = 'DISPUTED', confirmation_method = 'LINK', confirmed_at = now(), confirmation_comment = ? where id = ?`,
      [step.comment, order.id],
    );
    return step.comment;
  },
};

function toPublic(o: WorkOrder): PublicVisit {
  return {
    workOrderId: o.id,
    visitType: o.visitType,
    status: o.status,
    // The technician's name, as on the visit card; nothing else about staff.
    technicianName: o.technicianName,
    appointment: o.appointment && { ...o.appointment, technicianWorks: null, changes: o.appointment.changes.map((c) => ({ ...c, by: '' })) },
    charges: o.charges!,
    confirmation: o.confirmation ?? { status: 'PENDING', method: null, signerName: null, at: null, comment: null },
    shipment: o.depot?.carrier && o.depot.trackingNumber ? { carrier: o.depot.carrier, trackingNumber: o.depot.trackingNumber } : null,
  };
}
