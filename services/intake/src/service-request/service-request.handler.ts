import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { IntakeRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { ServiceRequestService } from './service-request.service';

@Controller()
export class ServiceRequestHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly requests: ServiceRequestService,
  ) {}

  @MessagePattern(IntakeRpc.createServiceRequest.subject)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.createServiceRequest, payload, nats, (ctx, input) => this.requests.create(ctx, input));
  }

  @MessagePattern(IntakeRpc.getServiceRequest.subject)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.getServiceRequest, payload, nats, (ctx, input) => this.requests.get(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.transition.subject)
  transition(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.transition, payload, nats, (ctx, input) => this.requests.transition(ctx, input));
  }

  @MessagePattern(IntakeRpc.submitPublic.subject)
  submitPublic(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.submitPublic, payload, nats, (ctx, input) => this.requests.submitPublic(ctx, input));
  }

  @MessagePattern(IntakeRpc.track.subject)
  track(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.track, payload, nats, (_ctx, input) => this.requests.track(input.token));
  }

  @MessagePattern(IntakeRpc.customerByPhone.subject)
  customerByPhone(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.customerByPhone, payload, nats, (ctx, input) => this.requests.customerByPhone(ctx, input.phone));
  }

  @MessagePattern(IntakeRpc.possibleDuplicates.subject)
  possibleDuplicates(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.possibleDuplicates, payload, nats, (ctx, input) => this.requests.possibleDuplicates(ctx, input.customerPhone, input.serialNumber));
  }

  @MessagePattern(IntakeRpc.customer.subject)
  customer(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.customer, payload, nats, (ctx, input) => this.requests.customer(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.timeline.subject)
  timeline(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.timeline, payload, nats, (ctx, input) => this.requests.timeline(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.listServiceRequests.subject)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.listServiceRequests, payload, nats, (ctx, input) => this.requests.list(ctx, input));
  }
}
