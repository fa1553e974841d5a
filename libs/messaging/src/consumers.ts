import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient, JetStreamManager } from 'nats';
import type { z } from 'zod';
import type { EventContract } from '@shouhou/contracts';
import type { Logger } from '@shouhou/observability';
import { DurableConsumer, type ConsumerOptions, type EventHandler } from './consumer';
import { OutboxRelay } from './outbox';
import { JETSTREAM, JETSTREAM_MANAGER, LOGGER } from './tokens';

/**
 * A service's durable consumers, started with the application and stopped before it closes. A
 * service registers each one with `on(...)` from a provider's constructor; every consumer wakes the
 * outbox relay after a commit, since a handler may record events of its own.
 */
@Injectable()
export class Consumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly all: DurableConsumer<any>[] = [];

  constructor(
    private readonly orm: MikroORM,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @Inject(LOGGER) private readonly log: Logger,
    private readonly relay: OutboxRelay,
  ) {}

  on<P extends z.ZodTypeAny>(contract: EventContract<P>, options: ConsumerOptions, handler: EventHandler<P>): void {
    this.all.push(
      new DurableConsumer(
        this.orm,
        this.js,
        this.jsm,
        this.log,
        contract,
        { ackWaitMs: Number(process.env.CONSUMER_ACK_WAIT_MS ?? 30_000), afterCommit: () => this.relay.wake(), ...options },
        handler,
      ),
    );
  }

  async onApplicationBootstrap() {
    for (const consumer of this.all) await consumer.start();
  }

  async onApplicationShutdown() {
    for (const consumer of [...this.all].reverse()) await consumer.stop();
  }
}
