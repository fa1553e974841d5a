import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient, JetStreamManager } from 'nats';
import { DispatchConsumers, IntakeEvents } from '@shouhou/contracts';
import { DurableConsumer, JETSTREAM, JETSTREAM_MANAGER, LOGGER, OutboxRelay } from '@shouhou/messaging';
import type { Logger } from '@shouhou/observability';
import { QueueService } from './queue.service';

/** Feeds the dispatch queue from intake's events: new requests in, requests settled at intake out. */
@Injectable()
export class RequestCreatedConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: DurableConsumer<typeof IntakeEvents.requestCreated.payload>;
  private readonly statusConsumer: DurableConsumer<typeof IntakeEvents.statusChanged.payload>;

  constructor(
    orm: MikroORM,
    @Inject(JETSTREAM) js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) jsm: JetStreamManager,
    @Inject(LOGGER) log: Logger,
    queue: QueueService,
    relay: OutboxRelay,
  ) {
    this.consumer = new DurableConsumer(
      orm,
      js,
      jsm,
      log,
      IntakeEvents.requestCreated,
      {
        durable: DispatchConsumers.intakeRequests,
        ackWaitMs: Number(process.env.CONSUMER_ACK_WAIT_MS ?? 30_000),
        afterCommit: () => relay.wake(),
      },
      (em, ctx, request) => queue.enqueue(em, ctx, request),
    );
    this.statusConsumer = new DurableConsumer(
      orm,
      js,
      jsm,
      log,
      IntakeEvents.statusChanged,
      { durable: DispatchConsumers.intakeStatus, ackWaitMs: Number(process.env.CONSUMER_ACK_WAIT_MS ?? 30_000) },
      (em, ctx, changed) => queue.followStatus(em, ctx, changed.request),
    );
  }

  async onApplicationBootstrap() {
    await this.consumer.start();
    await this.statusConsumer.start();
  }

  async onApplicationShutdown() {
    await this.statusConsumer.stop();
    await this.consumer.stop();
  }
}
