import { Injectable } from '@nestjs/common';
import { CommitmentEvents, IntakeConsumers, type CommitmentsPublished, type TenantContext } from '@shouhou/contracts';
import { Consumers, rescheduleDeadlines } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import { clockFor, deadlineFor } from './tenant-clock';

/**
 * Keeps intake's copy of each tenant's commitments, and moves open first-response deadlines when the
 * commitments or the calendar change (the old and new due times go to the audit).
 */
@Injectable()
export class CommitmentsUpdatedConsumer {
  constructor(consumers: Consumers) {
    consumers.on(CommitmentEvents.updated, { durable: IntakeConsumers.tenantCommitments }, apply);
  }
}

async function apply(em: TenantEntityManager, ctx: TenantContext, published: CommitmentsPublished) {
  // Same version again means new national data (a new year's notice): take it too.
  const rows: unknown[] = await em.execute(
    `insert into intake.tenant_commitments (tenant_id, version, policy, calendar, regions, national, updated_at) values (?, ?, ?, ?, ?, ?, now())
     on conflict (tenant_id) do update set version = excluded.version, policy = excluded.policy, calendar = excluded.calendar,
       regions = excluded.regions, national = excluded.national, updated_at = now()
     where intake.tenant_commitments.version <= excluded.version returning 1`,
    [ctx.tenantId, published.version, JSON.stringify(published.policy), JSON.stringify(published.calendar), JSON.stringify(published.regions), JSON.stringify(published.national)],
  );
  if (rows.length === 0) return;
  const clock = clockFor(published);
  await rescheduleDeadlines(em, ctx, `commitments v${published.version}`, (d) =>
    d.commitment === 'firstResponse' ? deadlineFor(clock, published.policy.firstResponse, d.startedAt) : null,
  );
  await em.execute(
    `update intake.service_request r set first_response_due_at = d.due_at from intake.deadline d
     where d.subject_id = r.id and d.commitment = 'firstResponse' and d.state = 'OPEN' and r.first_response_due_at is distinct from d.due_at`,
  );
}
