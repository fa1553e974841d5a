
import type pg from 'pg';
import { Headers, slaEvents, type SlaAlert, type TenantContext } from '@shouhou/contracts';
import { newId, tenantRlsSql, type EntityManager } from '@shouhou/persistence';
import type { Logger } from '@shouhou/observability';
import { recordEvent } from './outbox';

/** DDL for a service's deadlines and the audit of their changes. */
export function deadlineTableSql(schema: string): string[] {
  const t = `${schema}.deadline`;
  const c = `${schema}.deadline_change`;
  return [
    `create table ${t} (
      id uuid primary key,
      tenant_id uuid not null,
      subject_id uuid not null,
      commitment text not null,
      started_at timestamptz not null,
      at_risk_at timestamptz not null,
      due_at timestamptz not null,
      commitment_version integer not null,
      calendar_version text not null,
      state text not null default 'OPEN' check (state in ('OPEN', 'MET', 'CANCELLED')),
      at_risk_sent_at timestamptz,
      breached_sent_at timestamptz,
      closed_at timestamptz,
      constraint deadline_once unique (tenant_id, subject_id, commitment)
    )`,
    `create index deadline_at_risk_pending on ${t} (at_risk_at) where state = 'OPEN' and at_risk_sent_at is null`,
    `create index deadline_breach_pending on ${t} (due_at) where state = 'OPEN' and breached_sent_at is null`,
    ...tenantRlsSql(t),
    // The watcher reads across tenants, only in its own scope.
    `create policy deadline_watcher on ${t} using (current_setting('app.scope', true) = 'deadline-watcher')`,
    `create table ${c} (
      id uuid primary key,
      tenant_id uuid not null,
      deadline_id uuid not null references ${t} (id),
      old_due_at timestamptz not null,
      new_due_at timestamptz not null,
      reason text not null,
      changed_at timestamptz not null default now()
    )`,
    ...tenantRlsSql(c),
  ];
}

export interface NewDeadline {
  subjectId: string;
  commitment: string;
  startedAt: Date;
  dueAt: Date;
  atRiskAt: Date;
  commitmentVersion: number;
  calendarVersion: string;
}

/** Records a deadline in the caller's tenant transaction; one per (subject, commitment). */
export async function openDeadline(em: EntityManager, ctx: TenantContext, d: NewDeadline): Promise<string> {
  const id = newId();
  const schema = em.config.get('schema');
  await em.execute(
    `insert into ${schema}.deadline (id, tenant_id, subject_id, commitment, started_at, at_risk_at, due_at, commitment_version, calendar_version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, subject_id, commitment) do nothing`,
    [id, ctx.tenantId, d.subjectId, d.commitment, d.startedAt, d.atRiskAt, d.dueAt, d.commitmentVersion, d.calendarVersion],
  );
  return id;
}

/** Moves open, not yet breached deadlines to new due times, keeping the old and new in the audit. */
export async function rescheduleDeadlines(
  em: EntityManager,
  ctx: TenantContext,
  reason: string,
  compute: (d: { id: string; subjectId: string; commitment: string; startedAt: Date }) => { dueAt: Date; atRiskAt: Date; commitmentVersion: number; calendarVersion: string } | null,
): Promise<number> {
  const schema = em.config.get('schema');
  const open: { id: string; subject_id: string; commitment: string; started_at: Date; due_at: Date }[] = await em.execute(
    `select id, subject_id, commitment, started_at, due_at from ${schema}.deadline where state = 'OPEN' and breached_sent_at is null for update`,
  );
  let changed = 0;
  for (const d of open) {
    const next = compute({ id: d.id, subjectId: d.subject_id, commitment: d.commitment, startedAt: new Date(d.started_at) });
    if (!next || next.dueAt.getTime() === new Date(d.due_at).getTime()) continue;
    await moveDeadline(em, ctx, d.id, next, reason, d.due_at);
    changed += 1;
  }
  return changed;
}

/**
 * Moves one open deadline to a new due time, recording the old and new in the audit. A deadline moved
 * back before its at-risk point may announce being at risk again.
 */
export async function moveDeadline(
  em: EntityManager,
  ctx: TenantContext,
  id: string,
  next: { dueAt: Date; atRiskAt: Date; commitmentVersion?: number; calendarVersion?: string },
  reason: string,
  oldDueAt?: Date,
): Promise<void> {
  const schema = em.config.get('schema');
  const [before]: { due_at: Date }[] = oldDueAt ? [{ due_at: oldDueAt }] : await em.execute(`select due_at from ${schema}.deadline where id = ?`, [id]);
  await em.execute(
    `update ${schema}.deadline set due_at = ?, at_risk_at = ?, commitment_version = coalesce(?, commitment_version), calendar_version = coalesce(?, calendar_version),
       at_risk_sent_at = case when ? > now() then null else at_risk_sent_at end,
       breached_sent_at = case when ? > now() then null else breached_sent_at end where id = ?`,
    [next.dueAt, next.atRiskAt, next.commitmentVersion ?? null, next.calendarVersion ?? null, next.atRiskAt, next.dueAt, id],
  );
  await em.execute(`insert into ${schema}.deadline_change (id, tenant_id, deadline_id, old_due_at, new_due_at, reason) values (?, ?, ?, ?, ?, ?)`, [
    newId(),
    ctx.tenantId,
    id,
    before.due_at,
    next.dueAt,
    reason,
  ]);
}

function alertOf(row: DueRow): SlaAlert {
  return {
    deadlineId: row.id,
    subjectId: row.subject_id,
    commitment: row.commitment,
    dueAt: new Date(row.due_at).toISOString(),
    commitmentVersion: row.commitment_version,
    calendarVersion: row.calendar_version,
  };
}

interface DueRow {
  id: string;
  tenant_id: string;
  subject_id: string;
  commitment: string;
  due_at: Date;
  commitment_version: number;
  calendar_version: string;
}


/** A deadline past its due time whose breach nobody has announced yet: the watcher's and a late close's one test. */
const UNANNOUNCED_BREACH = `breached_sent_at is null and due_at <= now()`;
const DUE_ROW = `id, tenant_id, subject_id, commitment, due_at, commitment_version, calendar_version`;

/**
 * Announces deadlines that became at risk or breached, exactly once each even with several replicas:
 * rows are claimed with `for update skip locked`, and the event's outbox row and the "sent" mark
 * commit in the same transaction. Events leave through the outbox like any other.
 */
export class DeadlineWatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly pool: pg.Pool,
    private readonly service: string,
    private readonly log: Logger,
    private readonly onPublished: () => void,
    private readonly intervalMs = Number(process.env.DEADLINE_WATCH_MS ?? 5000),
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch((error) => this.log.warn({ err: error }, 'deadline watch failed; will retry'))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: at-risk first, then breaches (a breach found first also counts as the at-risk notice). */
  async tick(batch = 200): Promise<{ atRisk: number; breached: number }> {
    const events = slaEvents(this.service);
    const schema = this.service;
    const client = await this.pool.connect();
    try {
      await client.query(`begin; select set_config('app.scope', 'deadline-watcher', true)`);
      const breached = await client.query<DueRow>(
        `select ${DUE_ROW} from ${schema}.deadline
         where state = 'OPEN' and ${UNANNOUNCED_BREACH} order by due_at limit $1 for update skip locked`,
        [batch],
      );
      const atRisk = await client.query<DueRow>(
        `select ${DUE_ROW} from ${schema}.deadline
         where state = 'OPEN' and at_risk_sent_at is null and at_risk_at <= now() and due_at > now() order by at_risk_at limit $1 for update skip locked`,
        [batch],
      );
      for (const row of atRisk.rows) await this.announce(client, schema, events.atRisk.subject, row);
      for (const row of breached.rows) await this.announce(client, schema, events.breached.subject, row);
      if (atRisk.rows.length) await client.query(`update ${schema}.deadline set at_risk_sent_at = now() where id = any($1::uuid[])`, [atRisk.rows.map((r) => r.id)]);
      if (breached.rows.length) {
        await client.query(`update ${schema}.deadline set breached_sent_at = now(), at_risk_sent_at = coalesce(at_risk_sent_at, now()) where id = any($1::uuid[])`, [breached.rows.map((r) => r.id)]);
      }
      await client.query('commit');
      if (atRisk.rows.length || breached.rows.length) this.onPublished();
      return { atRisk: atRisk.rows.length, breached: breached.rows.length };
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async announce(client: pg.PoolClient, schema: string, subject: string, row: DueRow) {
    const alert = alertOf(row);
    // The outbox's tenant policy checks the row against app.tenant_id: name the tenant for this insert.
    await client.query(`select set_config('app.tenant_id', $1, true)`, [row.tenant_id]);
    await client.query(`insert into ${schema}.outbox (id, tenant_id, subject, payload, headers) values ($1, $2, $3, $4, $5)`, [
      newId(),
      row.tenant_id,
      subject,
      JSON.stringify(alert),
      JSON.stringify({ [Headers.tenantId]: row.tenant_id, [Headers.actorId]: 'deadline-watcher' }),
    ]);
  }
}

/**
 * Ends a subject's open deadline: met (the commitment was kept, late or not) or cancelled. Met after
 * its due time but before the watcher's next pass, its breach was never announced: it is announced
 * here, in the same transaction and once (`breached_sent_at` is set with it, as the watcher sets it).
 */
export async function closeDeadline(em: EntityManager, subjectId: string, commitment: string, state: 'MET' | 'CANCELLED'): Promise<void> {
  const schema = em.config.get('schema');
  // The CTE reads the row as it was (locked), the update's RETURNING as it became.
  const closed: (DueRow & { unannounced: boolean })[] = await em.execute(
    `with closing as (
       select id, ${UNANNOUNCED_BREACH} and ? = 'MET' as unannounced
       from ${schema}.deadline where subject_id = ? and commitment = ? and state = 'OPEN' for update)
     update ${schema}.deadline d set state = ?, closed_at = now(),
       breached_sent_at = case when c.unannounced then now() else d.breached_sent_at end,
       at_risk_sent_at = case when c.unannounced then coalesce(d.at_risk_sent_at, now()) else d.at_risk_sent_at end
     from closing c where d.id = c.id
     returning d.id, d.tenant_id, d.subject_id, d.commitment, d.due_at, d.commitment_version, d.calendar_version, c.unannounced`,
    [state, subjectId, commitment, state],
  );
  const late = closed.filter((r) => r.unannounced);
  if (!late.length) return;
  // The schema is the service's name (dispatch.deadline belongs to dispatch).
  const breached = slaEvents(schema!).breached;
  for (const row of late) {
    await recordEvent(em, { tenantId: row.tenant_id as TenantContext['tenantId'], actorId: 'deadline-watcher', requestId: newId() }, breached, alertOf(row));
  }
}
