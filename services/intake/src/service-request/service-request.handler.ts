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

  @MessagePattern(IntakeRpc.timeline.subject)
  timeline(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.timeline, payload, nats, (ctx, input) => this.requests.timeline(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.listServiceRequests.subject)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.listServiceRequests, payload, nats, (ctx, input) => this.requests.list(ctx, input));
  }
}
