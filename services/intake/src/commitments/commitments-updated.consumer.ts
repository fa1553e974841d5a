import { Injectable } from '@nestjs/common';
import { CommitmentEvents, IntakeConsumers, type CommitmentsPublished, type TenantContext } from '@shouhou/contracts';
import { Consumers, rescheduleDeadlines, storeCommitments } from '@shouhou/messaging';
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
  if (!(await storeCommitments(em, ctx, published))) return;
  const clock = clockFor(published);
  await rescheduleDeadlines(em, ctx, `commitments v${published.version}`, (d) =>
    d.commitment === 'firstResponse' ? deadlineFor(clock, published.policy.firstResponse, d.startedAt) : null,
  );
  await em.execute(
    `update intake.service_request r set first_response_due_at = d.due_at from intake.deadline d
     where d.subject_id = r.id and d.commitment = 'firstResponse' and d.state = 'OPEN' and r.first_response_due_at is distinct from d.due_at`,
  );
}
