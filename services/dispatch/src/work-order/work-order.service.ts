import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type DispatchRpc, type RpcOutput, type TenantContext, type WorkOrder } from '@shouhou/contracts';
import { inTenantWrite, OutboxRelay } from '@shouhou/messaging';
import { inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';
import { autoDispatch, manualAssignment, rankTechnicians } from '@shouhou/assignment';
import { describeExcluded, engineTechnician, jobOf, lockAssignments } from './engine';
import type { z } from 'zod';
import { listTechnicians, saveTechnician, technicianById, technicianIdOfUser } from '../technician/technicians';
import { ASSIGNABLE } from './field-steps';
import { recordStep, SELECT_WORK_ORDER, withDetails, workOrderById, type WorkOrderRow } from './work-orders';
import { startClocks, stopClock, tenantTimeZone } from './work-clocks';
import { STEERS } from './access';
import { performFieldStep } from './field-action';

type Input<K extends keyof typeof DispatchRpc> = z.output<(typeof DispatchRpc)[K]['input']>;


@Injectable()
export class WorkOrderService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  private write<T>(ctx: TenantContext, work: (em: TenantEntityManager) => Promise<T>): Promise<T> {
    return inTenantWrite(this.orm, this.relay, ctx, work);
  }

  /** A technician's profile, announced so that parts keeps their van stock. */
  saveTechnician(ctx: TenantContext, input: Input<'saveTechnician'>) {
    return this.write(ctx, (em) => saveTechnician(em, ctx, input));
  }

  /** 评估: the queued request becomes a work order to assign; its skill defaults to the model's category. */
  assess(ctx: TenantContext, input: Input<'assess'>): Promise<WorkOrder> {
    return this.write(ctx, async (em) => {
      const [entry]: { request_number: string; customer_name: string; product_model: string; category: string; state: string; division_code: string | null; region_tier: WorkOrder['regionTier']; emergency: boolean; product_category: string | null; requested_at: Date; customer_phone: string; address: string | null; serial_number: string; problem_description: string; warranty_status: string }[] =
        await em.execute(`select * from dispatch.queue_entry where service_request_id = ? for update`, [input.serviceRequestId]);
      if (!entry) throw new DomainError('NOT_FOUND', 'this request is not in the dispatch queue');
      if (entry.state !== 'TO_BE_ASSESSED') throw new DomainError('CONFLICT', `this request was already ${entry.state === 'ASSESSED' ? 'assessed' : 'withdrawn at intake'}`);
      const skill = input.skill ?? entry.product_category;
      if (!skill) {
        throw new DomainError('BAD_USER_INPUT', 'the product is not in the catalog: say which skill the work needs', {
          issues: [{ field: 'input.skill', reason: 'required', message: 'the product is not in the catalog: say which skill the work needs' }],
        });
      }
      const id = newId();
      await em.execute(
        `insert into dispatch.work_order (id, tenant_id, service_request_id, request_number, customer_name, product_model, category, skill, division_code, region_tier,
           lat, lng, visit_type, complexity, emergency, status, version, assessed_at, assessed_by, updated_at, requested_at,
           customer_phone, address, serial_number, problem_description, warranty_status, expected_parts)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNASSIGNED', 1, now(), ?, now(), ?, ?, ?, ?, ?, ?, ?)`,
        [id, ctx.tenantId, input.serviceRequestId, entry.request_number, entry.customer_name, entry.product_model, entry.category, skill, entry.division_code, entry.region_tier,
          input.location?.lat ?? null, input.location?.lng ?? null, input.visitType, input.complexity, input.emergency || entry.emergency, ctx.actorId, entry.requested_at,
          entry.customer_phone, entry.address, entry.serial_number, entry.problem_description, entry.warranty_status, JSON.stringify(input.expectedParts)],
      );
      // The clocks count from the customer's request, not from the assessment.
      const emergency = input.emergency || entry.emergency;
      await startClocks(em, ctx, id, { visitType: input.visitType, complexity: input.complexity, emergency, regionTier: entry.region_tier }, new Date(entry.requested_at));
      await em.execute(`update dispatch.queue_entry set state = 'ASSESSED' where service_request_id = ?`, [input.serviceRequestId]);
      return recordStep(em, ctx, id, { action: 'ASSESSED', from: null, to: 'UNASSIGNED', technicianId: null, note: input.note });
    });
  }

  /** The technicians who may take the work order, best first, and how many were left out for what. */
  suggest(ctx: TenantContext, id: string): Promise<RpcOutput<typeof DispatchRpc.suggestTechnicians>> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const order = await workOrderById(em, id);
      const zone = await tenantTimeZone(em);
      const technicians = await listTechnicians(em, zone);
      const { candidates, excluded } = rankTechnicians(jobOf(order, zone, Date.now()), technicians.map(engineTechnician), { now: Date.now() });
      const byId = new Map(technicians.map((t) => [t.id, t]));
      return {
        candidates: candidates.map((c) => ({ technician: byId.get(c.technicianId)!, score: c.score, distanceKm: c.distanceKm, reason: { mode: 'AUTO' as const, code: c.reason.code, text: c.reason.text, distanceKm: c.distanceKm } })),
        excluded,
      };
    });
  }

  /**
   * Assigns one work order: to the engine's best technician, or to the dispatcher's choice with a
   * reason. Acting on an old version (another dispatcher assigned it meanwhile) is a conflict.
   */
  assign(ctx: TenantContext, input: Input<'assign'>): Promise<WorkOrder> {
    return this.write(ctx, async (em) => {
      await lockAssignments(em, ctx);
      const order = await workOrderById(em, input.workOrderId, true);
      if (order.version !== input.version) throw new DomainError('CONFLICT', 'someone else changed this work order meanwhile; reload it and try again');
      if (!ASSIGNABLE.includes(order.status)) throw new DomainError('CONFLICT', `a work order that is ${order.status} cannot be assigned`);
      let technicianId: string;
      let assignment: NonNullable<WorkOrder['assignment']>;
      const zone = await tenantTimeZone(em);
      if (input.technicianId) {
        const chosen = await technicianById(em, input.technicianId, zone);
        if (!chosen) throw new DomainError('NOT_FOUND', 'no such technician', { issues: [{ field: 'input.technicianId', reason: 'unknown', message: 'no such technician' }] });
        if (!input.reason?.trim()) {
          throw new DomainError('BAD_USER_INPUT', 'choosing a technician by hand needs a reason', { issues: [{ field: 'input.reason', reason: 'required', message: 'choosing a technician by hand needs a reason' }] });
        }
        technicianId = chosen.id;
        // The dispatcher may overrule the filters (a customer asks for someone); the text says which.
        const manual = manualAssignment(jobOf(order, zone, Date.now()), engineTechnician(chosen), input.reason, { now: Date.now() });
        assignment = { mode: 'MANUAL', code: manual.reason.code, text: manual.reason.text, distanceKm: manual.distanceKm };
      } else {
        // Only the engine's choice needs every technician's load.
        const ranked = rankTechnicians(jobOf(order, zone, Date.now()), (await listTechnicians(em, zone)).map(engineTechnician), { now: Date.now() });
        const best = ranked.candidates[0];
        if (!best) throw new DomainError('CONFLICT', `no technician can take it now (${describeExcluded(ranked.excluded)})`, { excluded: ranked.excluded });
        technicianId = best.technicianId;
        assignment = { mode: 'AUTO', code: best.reason.code, text: best.reason.text, distanceKm: best.distanceKm };
      }
      await em.execute(
        `update dispatch.work_order set status = 'ASSIGNED', technician_id = ?, assignment = ?, version = version + 1, updated_at = now() where id = ?`,
        [technicianId, JSON.stringify(assignment), order.id],
      );
      await stopClock(em, order.id, 'dispatch');
      return recordStep(em, ctx, order.id, { action: assignment.mode === 'AUTO' ? 'AUTO_ASSIGNED' : 'ASSIGNED', from: order.status, to: 'ASSIGNED', technicianId, note: assignment.text['zh-CN'] });
    });
  }

  /** Batch auto-dispatch: every assignable work order, emergencies and the longest waiting first. */
  autoDispatch(ctx: TenantContext): Promise<RpcOutput<typeof DispatchRpc.autoDispatch>> {
    return this.write(ctx, async (em) => {
      await lockAssignments(em, ctx);
      const orders: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER} where w.status = any(?::text[]) order by w.emergency desc, w.assessed_at, w.id`, [`{${ASSIGNABLE.join(',')}}`]);
      const [zone, now] = [await tenantTimeZone(em), Date.now()];
      const technicians = await listTechnicians(em, zone);
      const result = autoDispatch(orders.map((o) => jobOf(o, zone, now)), technicians.map(engineTechnician), { now });
      const byId = new Map(orders.map((o) => [o.id, o]));
      for (const a of result.assignments) {
        const order = byId.get(a.jobId)!;
        const assignment = { mode: 'AUTO' as const, code: a.reason.code, text: a.reason.text, distanceKm: a.reason.distanceKm };
        await em.execute(`update dispatch.work_order set status = 'ASSIGNED', technician_id = ?, assignment = ?, version = version + 1, updated_at = now() where id = ?`, [
          a.technicianId, JSON.stringify(assignment), a.jobId,
        ]);
        await stopClock(em, a.jobId, 'dispatch');
        await recordStep(em, ctx, a.jobId, { action: 'AUTO_ASSIGNED', from: order.status, to: 'ASSIGNED', technicianId: a.technicianId, note: a.reason.text['zh-CN'] });
      }
      return {
        assigned: result.assignments.length,
        unassigned: result.unassigned.map((u) => ({ workOrderId: u.jobId, requestNumber: byId.get(u.jobId)!.request_number, excluded: u.excluded })),
      };
    });
  }

  /** The technician's steps on their own job (a dispatcher may record them for them). */
  fieldAction(ctx: TenantContext, input: Input<'fieldAction'>): Promise<WorkOrder> {
    return this.write(ctx, (em) => performFieldStep(em, ctx, input));
  }

  list(ctx: TenantContext, input: Input<'workOrders'>): Promise<RpcOutput<typeof DispatchRpc.workOrders>> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const conditions: string[] = [];
      const params: unknown[] = [];
      const own = await this.ownTechnician(em, ctx);
      if (own !== undefined) {
        conditions.push('w.technician_id = ?');
        params.push(own ?? '00000000-0000-0000-0000-000000000000');
      } else if (input.filter.technicianId) {
        conditions.push('w.technician_id = ?');
        params.push(input.filter.technicianId);
      }
      if (input.filter.status) {
        conditions.push('w.status = ?');
        params.push(input.filter.status);
      }
      if (input.after && !/^[0-9a-f-]{36}$/i.test(input.after)) {
        throw new DomainError('BAD_USER_INPUT', 'this page position is not valid', { issues: [{ field: 'after', reason: 'invalid_cursor', message: 'this page position is not valid' }] });
      }
      const where = conditions.length ? ` where ${conditions.join(' and ')}` : '';
      const [{ n }]: { n: number }[] = await em.execute(`select count(*)::int as n from dispatch.work_order w${where}`, params);
      // Emergencies first, then the newest; the cursor is the last row's id.
      const after = input.after ? `${where ? ' and' : ' where'} (w.emergency::int, w.assessed_at, w.id) < (select emergency::int, assessed_at, id from dispatch.work_order where id = ?)` : '';
      const rows: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER}${where}${after} order by w.emergency desc, w.assessed_at desc, w.id desc limit ?`, [
        ...params,
        ...(input.after ? [input.after] : []),
        input.first + 1,
      ]);
      const page = rows.slice(0, input.first);
      const orders = await withDetails(em, page);
      return {
        edges: orders.map((o) => ({ cursor: o.id, node: o })),
        pageInfo: { hasNextPage: rows.length > input.first, endCursor: page.at(-1)?.id ?? null },
        totalCount: n,
      };
    });
  }

  get(ctx: TenantContext, id: string): Promise<WorkOrder | null> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const [row]: WorkOrderRow[] = await em.execute(`${SELECT_WORK_ORDER} where w.id = ?`, [id]);
      if (!row) return null;
      const own = await this.ownTechnician(em, ctx);
      if (own !== undefined && row.technician_id !== own) return null;
      return (await withDetails(em, [row]))[0];
    });
  }

  timeline(ctx: TenantContext, id: string) {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      if (!(await this.get(ctx, id))) return [];
      const rows: { id: string; action: string; from_status: WorkOrder['status'] | null; to_status: WorkOrder['status']; actor_id: string; technician_id: string | null; note: string | null; at: Date }[] =
        await em.execute(`select * from dispatch.work_order_event where work_order_id = ? order by at, id`, [id]);
      return rows.map((r) => ({ id: r.id, action: r.action, fromStatus: r.from_status, toStatus: r.to_status, actorId: r.actor_id, technicianId: r.technician_id, note: r.note, at: new Date(r.at).toISOString() }));
    });
  }

  /** For a technician (who does not steer dispatch): their own profile's id, or null without one. undefined: sees all. */
  private async ownTechnician(em: TenantEntityManager, ctx: TenantContext): Promise<string | null | undefined> {
    if (ctx.roles.some((r) => STEERS.includes(r))) return undefined;
    return (await technicianIdOfUser(em, ctx.actorId)) ?? null;
  }
}

