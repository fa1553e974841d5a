import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { IntakeRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { ServiceRequestService } from './service-request.service';
import { EmailService } from '../email/email.service';

@Controller()
export class ServiceRequestHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly requests: ServiceRequestService,
    private readonly email: EmailService,
  ) {}

  @MessagePattern(IntakeRpc.receiveEmail.subject)
  receiveEmail(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.receiveEmail, payload, nats, (ctx, input) => this.email.receive(ctx, input));
  }

  @MessagePattern(IntakeRpc.messages.subject)
  messages(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.messages, payload, nats, (ctx, input) => this.email.messages(ctx, input.id));
  }

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

  @MessagePattern(IntakeRpc.possibleDuplicates.subject)
  possibleDuplicates(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.possibleDuplicates, payload, nats, (ctx, input) => this.requests.possibleDuplicates(ctx, input.customerPhone, input.serialNumber));
  }

  @MessagePattern(IntakeRpc.overrideWarranty.subject)
  overrideWarranty(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.overrideWarranty, payload, nats, (ctx, input) => this.requests.overrideWarranty(ctx, input));
  }

  @MessagePattern(IntakeRpc.warrantyPreview.subject)
  warrantyPreview(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.warrantyPreview, payload, nats, (ctx, input) => this.requests.warrantyPreview(ctx, input));
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
