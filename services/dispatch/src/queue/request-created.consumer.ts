import { Injectable } from '@nestjs/common';
import { DispatchConsumers, IntakeEvents } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import { QueueService } from './queue.service';

/** Feeds the dispatch queue from intake's events: new requests in, requests settled at intake out,
 * warranty decisions changed by an agent followed. */
@Injectable()
export class RequestCreatedConsumer {
  constructor(consumers: Consumers, queue: QueueService) {
    consumers.on(IntakeEvents.requestCreated, { durable: DispatchConsumers.intakeRequests }, (em, ctx, request) => queue.enqueue(em, ctx, request));
    consumers.on(IntakeEvents.statusChanged, { durable: DispatchConsumers.intakeStatus }, (em, ctx, changed) => queue.followStatus(em, ctx, changed.request));
    consumers.on(IntakeEvents.warrantyOverridden, { durable: DispatchConsumers.intakeWarranty }, (em, _ctx, changed) => queue.followWarranty(em, changed.request));
  }
}
