import { EventEmitter, on } from 'node:events';
import { JSONCodec, type NatsConnection, type Subscription } from 'nats';
import type { z } from 'zod';
import { Headers, type EventContract, type TenantId } from '@shouhou/contracts';

const codec = JSONCodec();

/**
 * Fans JetStream events out to GraphQL subscriptions. Each gateway instance listens with a plain NATS
 * subscription (it sees every publish to the stream's subjects) and hands each event only to the
 * subscribers of the event's own tenant, taken from the header the outbox wrote.
 */
export class LiveEvents {
  private readonly emitter = new EventEmitter();
  private readonly subscriptions: Subscription[] = [];

  constructor(private readonly nc: NatsConnection) {
    this.emitter.setMaxListeners(0);
  }

  listen(contracts: EventContract<z.ZodTypeAny>[]): void {
    for (const contract of contracts) {
      const sub = this.nc.subscribe(contract.subject);
      this.subscriptions.push(sub);
      void (async () => {
        for await (const msg of sub) {
          const tenant = msg.headers?.get(Headers.tenantId);
          // Most events have no watcher on this instance: look before decoding.
          if (!tenant || this.emitter.listenerCount(topic(contract.subject, tenant)) === 0) continue;
          const parsed = contract.payload.safeParse(codec.decode(msg.data));
          if (parsed.success) this.emitter.emit(topic(contract.subject, tenant), parsed.data);
        }
      })();
    }
  }

  close(): void {
    for (const s of this.subscriptions) s.unsubscribe();
  }

  /** The tenant's events of one kind, as `{ [field]: payload }` for a GraphQL subscription field. */
  async *stream<P extends z.ZodTypeAny>(contract: EventContract<P>, tenantId: TenantId, field: string): AsyncGenerator<Record<string, z.infer<P>>> {
    for await (const [payload] of on(this.emitter, topic(contract.subject, tenantId))) {
      yield { [field]: payload };
    }
  }
}

const topic = (subject: string, tenant: string) => `${subject}:${tenant}`;
