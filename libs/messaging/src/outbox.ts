import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { headers as natsHeaders, JSONCodec, type JetStreamClient } from 'nats';
import type pg from 'pg';
import type { z } from 'zod';
import { Headers, type EventContract, type TenantContext } from '@shouhou/contracts';
import {
  newId,
  tenantRlsSql,
  type EntityManager,
  type TenantEntityManager,
} from '@shouhou/persistence';
import { injectTraceHeaders, type Logger } from '@shouhou/observability';

/** DDL for a service's outbox; each service's first migration includes it. */
export function outboxTableSql(schema: string): string[] {
  const t = `${schema}.outbox`;
  return [
    `create table ${t} (
      id uuid primary key,
      tenant_id uuid not null,
      subject text not null,
      payload jsonb not null,
      headers jsonb not null default '{}',
      created_at timestamptz not null default now(),
      published_at timestamptz
    )`,
    `create index outbox_unpublished on ${t} (id) where published_at is null`,
    // A tenant's transaction may add its own rows; only the relay's scope reads across tenants.
    ...tenantRlsSql(t),
    `create policy outbox_relay on ${t} using (current_setting('app.scope', true) = 'outbox-relay')`,
  ];
}

/**
 * Records an event in the same transaction as the change it describes. It is published only after
 * that transaction commits, by the relay, so an event is never sent for a change that rolled back
 * and never lost for one that committed.
 */
export async function recordEvent<P extends z.ZodTypeAny>(
  em: TenantEntityManager | EntityManager,
  ctx: Pick<TenantContext, 'tenantId' | 'actorId' | 'requestId'>,
  contract: EventContract<P>,
  payload: z.infer<P>,
): Promise<string> {
  const id = newId();
  const schema = em.config.get('schema');
  const headers = {
    ...injectTraceHeaders(),
    [Headers.tenantId]: ctx.tenantId,
    [Headers.actorId]: ctx.actorId,
    [Headers.requestId]: ctx.requestId,
  };
  await em.execute(
    `insert into ${schema}.outbox (id, tenant_id, subject, payload, headers) values (?, ?, ?, ?, ?)`,
    [id, ctx.tenantId, contract.subject, JSON.stringify(contract.payload.parse(payload)), JSON.stringify(headers)],
  );
  return id;
}

interface OutboxRow {
  id: string;
  subject: string;
  payload: unknown;
  headers: Record<string, string>;
}

const codec = JSONCodec();

/**
 * Publishes committed outbox rows to JetStream with `Nats-Msg-Id` = row id. Woken right after each
 * commit for low latency, and polling as a safety net for rows left by a crash. Several replicas can
 * run: `for update skip locked` hands each row to one of them.
 *
 * It talks to PostgreSQL through a small pg pool of its own rather than the ORM: it runs once per
 * request on the hot path, and the ORM's transaction machinery costs several times the SQL (ADR 9).
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private lastPrune = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly js: JetStreamClient,
    private readonly log: Logger,
    private readonly options = { batch: 200, pollMs: 1000, retentionHours: 24 },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.wake();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.draining;
  }

  /** Asks for a drain now; concurrent wakes fold into one more pass. */
  wake(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    // Detached from the caller's trace: a drain publishes rows of many requests, not of this one.
    this.draining = context.with(ROOT_CONTEXT, () => this.drain()).finally(() => (this.draining = undefined));
  }

  private async drain(): Promise<void> {
    try {
      let published: number;
      do {
        this.again = false;
        published = await this.publishBatch();
      } while (published === this.options.batch || this.again);
      await this.pruneIfDue();
    } catch (error) {
      this.log.warn({ err: error }, 'outbox relay pass failed; will retry');
    }
  }

  private async publishBatch(): Promise<number> {
    return this.inRelayScope(async (client) => {
      const { rows } = await client.query<OutboxRow>(
        `select id, subject, payload, headers from ${this.schema}.outbox where published_at is null
         order by id limit $1 for update skip locked`,
        [this.options.batch],
      );
      if (rows.length === 0) return 0;
      await Promise.all(rows.map((row) => this.publish(row)));
      await client.query(`update ${this.schema}.outbox set published_at = now() where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private async publish(row: OutboxRow): Promise<void> {
    const h = natsHeaders();
    for (const [k, v] of Object.entries(row.headers)) h.set(k, String(v));
    await this.js.publish(row.subject, codec.encode(row.payload), { msgID: row.id, headers: h });
  }

  private async pruneIfDue(): Promise<void> {
    if (Date.now() - this.lastPrune < 60 * 60 * 1000) return;
    this.lastPrune = Date.now();
    await this.inRelayScope((client) =>
      client.query(`delete from ${this.schema}.outbox where published_at < now() - make_interval(hours => $1)`, [this.options.retentionHours]),
    );
  }

  /** One transaction in the relay's RLS scope; `begin` and the scope travel in one round trip. */
  private async inRelayScope<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(`begin; select set_config('app.scope', 'outbox-relay', true)`);
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
