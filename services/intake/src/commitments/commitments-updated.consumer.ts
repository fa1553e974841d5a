import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient, JetStreamManager } from 'nats';
import { CommitmentEvents, IntakeConsumers, type CommitmentsPublished, type TenantContext } from '@shouhou/contracts';
import { DurableConsumer, JETSTREAM, JETSTREAM_MANAGER, LOGGER, rescheduleDeadlines } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import type { Logger } from '@shouhou/observability';
import { deadlineFor } from './tenant-clock';

/**
 * Keeps intake's copy of each tenant's commitments, and moves open first-response deadlines when the
 * commitments or the calendar change (the old and new due times go to the audit).
 */
@Injectable()
export class CommitmentsUpdatedConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: DurableConsumer<typeof CommitmentEvents.updated.payload>;

  constructor(
    orm: MikroORM,
    @Inject(JETSTREAM) js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) jsm: JetStreamManager,
    @Inject(LOGGER) log: Logger,
  ) {
    this.consumer = new DurableConsumer(orm, js, jsm, log, CommitmentEvents.updated, { durable: IntakeConsumers.tenantCommitments }, (em, ctx, published) =>
      apply(em, ctx, published),
    );
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
  }

  async onApplicationShutdown() {
    await this.consumer.stop();
  }
}

async function apply(em: TenantEntityManager, ctx: TenantContext, published: CommitmentsPublished) {
  // Same version again means new national data (a new year's notice): take it too.
  const rows: unknown[] = await em.execute(
    `insert into intake.tenant_commitments (tenant_id, version, policy, calendar, national, updated_at) values (?, ?, ?, ?, ?, now())
     on conflict (tenant_id) do update set version = excluded.version, policy = excluded.policy, calendar = excluded.calendar,
       national = excluded.national, updated_at = now()
     where intake.tenant_commitments.version <= excluded.version returning 1`,
    [ctx.tenantId, published.version, JSON.stringify(published.policy), JSON.stringify(published.calendar), JSON.stringify(published.national)],
  );
  if (rows.length === 0) return;
  await rescheduleDeadlines(em, ctx, `commitments v${published.version}`, (d) =>
    d.commitment === 'firstResponse' ? deadlineFor(ctx.tenantId, published, published.policy.firstResponse, d.startedAt) : null,
  );
  await em.execute(
    `update intake.service_request r set first_response_due_at = d.due_at from intake.deadline d
     where d.subject_id = r.id and d.commitment = 'firstResponse' and d.state = 'OPEN' and r.first_response_due_at is distinct from d.due_at`,
  );
}
