import {
  AckPolicy,
  DeliverPolicy,
  headers as natsHeaders,
  JSONCodec,
  nanos,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from 'nats';
import { z } from 'zod';
import {
  asTenantId,
  deadLetterSubject,
  Headers,
  type EventContract,
  type TenantContext,
} from '@shouhou/contracts';
import { inTenantTransaction, tenantRlsSql, type MikroORM, type TenantEntityManager } from '@shouhou/persistence';
import { extractTraceContext, inSpan, withLogScope, type Logger } from '@shouhou/observability';
import { headerRecord } from './context-headers';
import { backoffFor } from './backoff';

/** DDL for a consuming service's inbox: one row per (consumer, message) it has applied. */
export function inboxTableSql(schema: string): string[] {
  const t = `${schema}.inbox`;
  return [
    `create table ${t} (
      consumer text not null,
      message_id text not null,
      tenant_id uuid not null,
      subject text not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, message_id)
    )`,
    ...tenantRlsSql(t),
  ];
}

export interface ConsumerOptions {
  durable: string;
  maxDeliver?: number;
  ackWaitMs?: number;
  backoffMs?: number[];
  /** Runs after a message's transaction committed, e.g. to wake the outbox relay for events it recorded. */
  afterCommit?: () => void;
}

export type EventHandler<P extends z.ZodTypeAny> = (
  em: TenantEntityManager,
  ctx: TenantContext,
  payload: z.infer<P>,
) => Promise<void>;

/** A message that can never succeed: it goes to the dead letters at once instead of being retried. */
class PermanentFailure extends Error {}

const codec = JSONCodec();

/**
 * A durable JetStream consumer whose effect is exactly-once: the handler's writes and the inbox row
 * commit in one tenant transaction, a message already in the inbox is acknowledged without running the
 * handler again, failures are `nak`ed with backoff, and after `maxDeliver` attempts the message goes to
 * the dead-letter stream with the reason.
 */
export class DurableConsumer<P extends z.ZodTypeAny> {
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private readonly maxDeliver: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly log: Logger,
    private readonly contract: EventContract<P>,
    private readonly options: ConsumerOptions,
    private readonly handler: EventHandler<P>,
  ) {
    this.maxDeliver = options.maxDeliver ?? 6;
  }

  async start(): Promise<void> {
    const config = {
      durable_name: this.options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.contract.subject,
      max_deliver: this.maxDeliver,
      ack_wait: nanos(this.options.ackWaitMs ?? 30_000),
    };
    try {
      await this.jsm.consumers.info(this.contract.stream, this.options.durable);
      await this.jsm.consumers.update(this.contract.stream, this.options.durable, config);
    } catch {
      await this.jsm.consumers.add(this.contract.stream, config);
    }
    const consumer = await this.js.consumers.get(this.contract.stream, this.options.durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    this.loop = (async () => {
      for await (const msg of this.messages!) {
        // One bad message must not stop the loop; whatever escaped is retried after the ack wait.
        await this.process(msg).catch((error) => this.log.error({ err: error, subject: msg.subject }, 'event handling crashed'));
      }
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  private async process(msg: JsMsg): Promise<void> {
    const headers = headerRecord(msg.headers);
    await inSpan(`consume ${msg.subject}`, { parent: extractTraceContext(headers), kind: 'consumer' }, async () => {
      try {
        const outcome = await this.apply(msg, headers);
        msg.ack();
        if (outcome === 'applied') this.options.afterCommit?.();
        if (outcome === 'duplicate') this.log.debug({ subject: msg.subject, seq: msg.seq }, 'duplicate event skipped');
      } catch (error) {
        await this.fail(msg, headers, error);
      }
    });
  }

  private async apply(msg: JsMsg, headers: Record<string, string>): Promise<'applied' | 'duplicate'> {
    const tenant = headers[Headers.tenantId];
    if (!tenant) throw new PermanentFailure(`no ${Headers.tenantId} header`);
    let ctx: TenantContext;
    let payload: z.infer<P>;
    try {
      ctx = {
        kind: 'tenant',
        tenantId: asTenantId(tenant),
        actorId: headers[Headers.actorId] ?? 'system',
        roles: [],
        requestId: headers[Headers.requestId] ?? '',
      };
      payload = this.contract.payload.parse(codec.decode(msg.data));
    } catch (error) {
      const detail = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
      throw new PermanentFailure(`malformed event: ${detail}`);
    }
    // A message published without our outbox has no Nats-Msg-Id: its stream sequence identifies it.
    const messageId = headers[Headers.msgId.toLowerCase()] ?? `${this.contract.stream}:${msg.info.streamSequence}`;
    return withLogScope({ tenantId: ctx.tenantId, requestId: ctx.requestId }, () =>
      inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
        const schema = em.config.get('schema');
        const inserted: unknown[] = await em.execute(
          `insert into ${schema}.inbox (consumer, message_id, tenant_id, subject) values (?, ?, ?, ?)
           on conflict do nothing returning 1`,
          [this.options.durable, messageId, ctx.tenantId, msg.subject],
        );
        if (inserted.length === 0) return 'duplicate' as const;
        await this.handler(em, ctx, payload);
        return 'applied' as const;
      }),
    );
  }

  private async fail(msg: JsMsg, headers: Record<string, string>, error: unknown): Promise<void> {
    // Header values are one line; a zod report is many.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);
    const attempt = msg.info.deliveryCount;
    if (error instanceof PermanentFailure || attempt >= this.maxDeliver) {
      this.log.error({ err: error, subject: msg.subject, attempt }, 'event dead-lettered');
      try {
        const h = natsHeaders();
        for (const [k, v] of Object.entries(headers)) if (k !== Headers.msgId.toLowerCase()) h.set(k, v);
        h.set('x-dead-letter-reason', reason);
        h.set('x-original-subject', msg.subject);
        await this.js.publish(deadLetterSubject(this.options.durable, msg.subject), msg.data, { headers: h });
        msg.term(reason);
      } catch (publishError) {
        // Keep the message rather than lose it: it comes back after the ack wait.
        this.log.error({ err: publishError }, 'dead-letter publish failed');
        msg.nak(backoffFor(attempt, this.options.backoffMs));
      }
      return;
    }
    this.log.warn({ err: error, subject: msg.subject, attempt }, 'event failed; will retry');
    msg.nak(backoffFor(attempt, this.options.backoffMs));
  }
}
