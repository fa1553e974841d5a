import { Injectable } from '@nestjs/common';
import { CommitmentEvents, DEFAULT_TIME_ZONE, DispatchConsumers, type CommitmentPolicy, type CommitmentsPublished, type DispatchSettings, type TenantContext, type WorkClock as WorkClockDto } from '@shouhou/contracts';
import { closeDeadline, Consumers, moveDeadline, openDeadline, rescheduleDeadlines, storeCommitments } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import { clockFor, deadlineFor, TenantClocks, type PublishedCommitments, type TenantClock } from '@shouhou/sla';
import { dispatchSettings } from '../settings/dispatch-settings';
import { clockPlan, type ClockSubject, type WorkClock } from './clocks';

const clocks = new TenantClocks();
const depotClocks = new TenantClocks();

/** The tenant's policy and compiled clock as dispatch last heard them; null before the first announcement. */
async function tenantClock(em: TenantEntityManager, tenantId: string): Promise<{ clock: TenantClock; policy: CommitmentPolicy } | null> {
  const [row]: { version: number; updated_at: Date; policy: CommitmentPolicy }[] = await em.execute(`select version, updated_at, policy from dispatch.tenant_commitments`);
  if (!row) return null;
  const clock = await clocks.get(tenantId, `${row.version}:${new Date(row.updated_at).getTime()}`, async () => {
    const [full]: PublishedCommitments[] = await em.execute(`select version, calendar, national from dispatch.tenant_commitments`);
    return full;
  });
  return { clock, policy: row.policy };
}

/** The tenant's time zone as its commitments name it (the company's, unless its admin chose another); the default before they reached dispatch. */
export async function tenantTimeZone(em: TenantEntityManager): Promise<string> {
  const [row]: { zone: string | null }[] = await em.execute(`select calendar->>'timeZone' as zone from dispatch.tenant_commitments`);
  return row?.zone ?? DEFAULT_TIME_ZONE;
}

/**
 * Starts the work order's clocks from the customer's request, under the tenant's current commitments.
 * A depot repair's repair clock waits for the product to arrive (`startDepotRepairClock`).
 */
export async function startClocks(em: TenantEntityManager, ctx: TenantContext, workOrderId: string, subject: ClockSubject, requestedAt: Date): Promise<void> {
  const tenant = await tenantClock(em, ctx.tenantId);
  if (!tenant) return;
  for (const { commitment, duration } of clockPlan(tenant.policy, subject)) {
    if (commitment === 'repair' && subject.visitType === 'DEPOT') continue;
    await openDeadline(em, ctx, { subjectId: workOrderId, commitment, startedAt: requestedAt, ...deadlineFor(tenant.clock, duration, requestedAt) });
  }
}

/**
 * The depot's repair clock: from the product's arrival, counted in the depot's working week with the
 * tenant's holidays, closures and make-up days.
 */
export async function startDepotRepairClock(em: TenantEntityManager, ctx: TenantContext, workOrderId: string, complexity: ClockSubject['complexity'], receivedAt: Date, depotWeek: DispatchSettings['depotWeek']): Promise<void> {
  const depot = await depotClock(em, ctx, depotWeek);
  if (!depot) return;
  const duration = complexity === 'COMPLEX' ? depot.policy.repair.complex : depot.policy.repair.ordinary;
  await openDeadline(em, ctx, { subjectId: workOrderId, commitment: 'repair', startedAt: receivedAt, ...deadlineFor(depot.clock, duration, receivedAt) });
}

/** The tenant's calendar with the depot's working week in place of the office's. */
async function depotClock(em: TenantEntityManager, ctx: TenantContext, depotWeek: DispatchSettings['depotWeek']): Promise<{ clock: TenantClock; policy: CommitmentPolicy } | null> {
  const [row]: { version: number; updated_at: Date; policy: CommitmentPolicy }[] = await em.execute(`select version, updated_at, policy from dispatch.tenant_commitments`);
  if (!row) return null;
  const clock = await depotClocks.get(ctx.tenantId, `${row.version}:${new Date(row.updated_at).getTime()}:${JSON.stringify(depotWeek)}`, async () => {
    const [full]: PublishedCommitments[] = await em.execute(`select version, calendar, national from dispatch.tenant_commitments`);
    return { ...full, calendar: { ...full.calendar, week: depotWeek } };
  });
  return { clock, policy: row.policy };
}

/** The clock a work order's commitment counts in: the depot's week for a depot repair, else the tenant's. */
async function clockOfCommitment(em: TenantEntityManager, ctx: TenantContext, subject: ClockSubject, commitment: WorkClock) {
  if (subject.visitType === 'DEPOT' && commitment === 'repair') return depotClock(em, ctx, (await dispatchSettings(em)).depotWeek);
  return tenantClock(em, ctx.tenantId);
}

/**
 * Pauses a running clock for a customer-caused delay: its due time moves by the working time between
 * the two moments (the audit keeps the old and new due times). Answers the working minutes paused.
 */
export async function pauseClock(em: TenantEntityManager, ctx: TenantContext, workOrderId: string, subject: ClockSubject, commitment: WorkClock, from: Date, to: Date, reason: string): Promise<number> {
  const tenant = await clockOfCommitment(em, ctx, subject, commitment);
  const planned = tenant && clockPlan(tenant.policy, subject).find((p) => p.commitment === commitment);
  if (!tenant || !planned || to <= from) return 0;
  const [open]: { id: string; due_at: Date; at_risk_at: Date }[] = await em.execute(
    `select id, due_at, at_risk_at from dispatch.deadline where subject_id = ? and commitment = ? and state = 'OPEN' for update`,
    [workOrderId, commitment],
  );
  if (!open) return 0;
  // A commitment counted around the clock pauses in plain time; one in working time, in working time.
  const working = planned.duration.basis === 'WORKING';
  const paused = working ? tenant.clock.time.between(from.getTime(), to.getTime()) : to.getTime() - from.getTime();
  if (paused <= 0) return 0;
  const later = (d: Date) => new Date(working ? tenant.clock.time.add(new Date(d).getTime(), paused) : new Date(d).getTime() + paused);
  const dueAt = later(open.due_at);
  const atRiskAt = later(open.at_risk_at);
  await moveDeadline(em, ctx, open.id, { dueAt, atRiskAt }, reason);
  // Kept, so that new commitments recompute the due time with the pause still credited.
  await em.execute(`update dispatch.deadline set credited_ms = credited_ms + ? where id = ?`, [paused, open.id]);
  return Math.round(paused / 60_000);
}

export const stopClock = (em: TenantEntityManager, workOrderId: string, commitment: WorkClock) => closeDeadline(em, workOrderId, commitment, 'MET');

export async function cancelClocks(em: TenantEntityManager, workOrderId: string): Promise<void> {
  for (const commitment of ['dispatch', 'arrival', 'repair'] as const) await closeDeadline(em, workOrderId, commitment, 'CANCELLED');
}

/** How each clock of these work orders stands now: met on time or late, running, at risk, or breached. */
export async function clocksOf(em: TenantEntityManager, workOrderIds: string[], now = new Date()): Promise<Map<string, WorkClockDto[]>> {
  const byOrder = new Map<string, WorkClockDto[]>(workOrderIds.map((id) => [id, []]));
  if (!workOrderIds.length) return byOrder;
  const rows: { subject_id: string; commitment: WorkClock; started_at: Date; at_risk_at: Date; due_at: Date; state: 'OPEN' | 'MET' | 'CANCELLED'; closed_at: Date | null }[] = await em.execute(
    `select subject_id, commitment, started_at, at_risk_at, due_at, state, closed_at from dispatch.deadline where subject_id = any(?::uuid[])
     order by case commitment when 'dispatch' then 0 when 'arrival' then 1 else 2 end`,
    [`{${workOrderIds.join(',')}}`],
  );
  for (const r of rows) byOrder.get(r.subject_id)?.push(toClock(r, now));
  return byOrder;
}

function toClock(r: { commitment: WorkClock; started_at: Date; at_risk_at: Date; due_at: Date; state: 'OPEN' | 'MET' | 'CANCELLED'; closed_at: Date | null }, now: Date): WorkClockDto {
  return {
    commitment: r.commitment,
    startedAt: new Date(r.started_at).toISOString(),
    dueAt: new Date(r.due_at).toISOString(),
    state:
      r.state === 'CANCELLED' ? 'CANCELLED'
      : r.state === 'MET' ? (new Date(r.closed_at!) <= new Date(r.due_at) ? 'MET' : 'MET_LATE')
      : now > new Date(r.due_at) ? 'BREACHED'
      : now > new Date(r.at_risk_at) ? 'AT_RISK'
      : 'RUNNING',
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
  };
}

/**
 * Keeps dispatch's copy of each tenant's commitments and moves the open clocks of its work orders
 * when they change (old and new due times go to the deadline audit).
 */
@Injectable()
export class DispatchCommitmentsConsumer {
  constructor(consumers: Consumers) {
    consumers.on(CommitmentEvents.updated, { durable: DispatchConsumers.tenantCommitments }, reschedule);
  }
}

async function reschedule(em: TenantEntityManager, ctx: TenantContext, published: CommitmentsPublished) {
  if (!(await storeCommitments(em, ctx, published))) return;
  const clock = clockFor(published);
  const rows: { id: string; visit_type: ClockSubject['visitType']; complexity: ClockSubject['complexity']; emergency: boolean; region_tier: ClockSubject['regionTier'] }[] = await em.execute(
    `select id, visit_type, complexity, emergency, region_tier from dispatch.work_order where status not in ('COMPLETED', 'CANCELLED')`,
  );
  const open = rows.map((r) => ({ id: r.id, visitType: r.visit_type, complexity: r.complexity, emergency: r.emergency, regionTier: r.region_tier }));
  const byId = new Map(open.map((o) => [o.id, o]));
  const credits = new Map((await em.execute(`select id, credited_ms from dispatch.deadline where state = 'OPEN' and credited_ms > 0`) as { id: string; credited_ms: string }[]).map((c) => [c.id, Number(c.credited_ms)]));
  await rescheduleDeadlines(em, ctx, `commitments v${published.version}`, (d) => {
    const subject = byId.get(d.subjectId);
    // A depot repair counts in the depot's week, which new office commitments do not change.
    if (!subject || (subject.visitType === 'DEPOT' && d.commitment === 'repair')) return null;
    const planned = clockPlan(published.policy, subject).find((p) => p.commitment === d.commitment);
    if (!planned) return null;
    const next = deadlineFor(clock, planned.duration, d.startedAt);
    // Pauses already credited (the customer's reschedules, waiting for parts) stay credited.
    const credit = credits.get(d.id) ?? 0;
    if (!credit) return next;
    const later = (t: Date) => new Date(planned.duration.basis === 'WORKING' ? clock.time.add(t.getTime(), credit) : t.getTime() + credit);
    return { ...next, dueAt: later(next.dueAt), atRiskAt: later(next.atRiskAt) };
  });
}
