import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DispatchConsumers, DispatchEvents, DomainError, slaEvents, DISPATCH, type Escalation, type SlaAlert, type TenantContext } from '@shouhou/contracts';
import { Consumers, inTenantWrite, OutboxRelay, recordEvent } from '@shouhou/messaging';
import { inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import { dispatchSettings } from '../settings/dispatch-settings';
import { recordStep, workOrderById } from '../work-order/work-orders';
import { reassignLate } from './late-reassignment';


interface Row {
  id: string;
  work_order_id: string;
  request_number: string;
  customer_name: string;
  commitment: string;
  due_at: Date;
  lead_user_id: string | null;
  lead_name: string | null;
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  note: string | null;
}

const SELECT = `select e.*, w.request_number, w.customer_name from dispatch.escalation e join dispatch.work_order w on w.id = e.work_order_id`;

/**
 * A breached clock of a work order is raised to the dispatcher's lead (调度主管), once per deadline,
 * in the timeline and as `dispatch.evt.work-order.escalated`; a job still not accepted when its
 * arrival turns at risk goes to another technician.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    consumers: Consumers,
  ) {
    const sla = slaEvents(DISPATCH);
    consumers.on(sla.breached, { durable: DispatchConsumers.clockBreaches }, (em, ctx, alert) => this.escalate(em, ctx, alert));
    consumers.on(sla.atRisk, { durable: DispatchConsumers.clockAtRisk }, (em, ctx, alert) => (alert.commitment === 'arrival' ? reassignLate(em, ctx, alert.subjectId) : Promise.resolve()));
  }

  async escalate(em: TenantEntityManager, ctx: TenantContext, alert: SlaAlert): Promise<void> {
    const order = await workOrderById(em, alert.subjectId).catch(() => null);
    if (!order) return;
    const settings = await dispatchSettings(em);
    const [raised]: { id: string }[] = await em.execute(
      `insert into dispatch.escalation (id, tenant_id, work_order_id, deadline_id, commitment, due_at, lead_user_id, lead_name, raised_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (tenant_id, deadline_id) do nothing returning id`,
      [newId(), ctx.tenantId, order.id, alert.deadlineId, alert.commitment, alert.dueAt, settings.leadUserId, settings.leadName],
    );
    if (!raised) return;
    const escalation = await this.byId(em, raised.id);
    await recordEvent(em, ctx, DispatchEvents.escalated, escalation);
    await recordStep(em, ctx, order.id, { action: 'ESCALATED', from: order.status, to: order.status, technicianId: order.technician_id, note: `${alert.commitment} → ${settings.leadName ?? 'lead'}` });
  }

  list(ctx: TenantContext, open: boolean): Promise<Escalation[]> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const rows: Row[] = await em.execute(`${SELECT} where (e.acknowledged_at is null) = ? order by e.raised_at desc limit 200`, [open]);
      return rows.map(toDto);
    });
  }

  acknowledge(ctx: TenantContext, id: string, note: string | null | undefined): Promise<Escalation> {
    return inTenantWrite(this.orm, this.relay, ctx, async (em) => {
      const [row]: { id: string }[] = await em.execute(`update dispatch.escalation set acknowledged_at = now(), acknowledged_by = ?, note = ? where id = ? and acknowledged_at is null returning id`, [
        ctx.actorId,
        note ?? null,
        id,
      ]);
      if (!row) {
        const [exists]: { id: string }[] = await em.execute(`select id from dispatch.escalation where id = ?`, [id]);
        throw exists ? new DomainError('CONFLICT', 'this escalation was already acknowledged') : new DomainError('NOT_FOUND', 'no such escalation');
      }
      return this.byId(em, id);
    });
  }

  private async byId(em: TenantEntityManager, id: string): Promise<Escalation> {
    const [row]: Row[] = await em.execute(`${SELECT} where e.id = ?`, [id]);
    return toDto(row);
  }
}

function toDto(r: Row): Escalation {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id,
    workOrderId: r.work_order_id,
    requestNumber: r.request_number,
    customerName: r.customer_name,
    commitment: r.commitment,
    dueAt: iso(r.due_at)!,
    leadUserId: r.lead_user_id,
    leadName: r.lead_name,
    raisedAt: iso(r.raised_at)!,
    acknowledgedAt: iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    note: r.note,
  };
}
