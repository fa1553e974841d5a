import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { CommitmentsRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { CommitmentsService } from './commitments.service';

@Controller()
export class CommitmentsHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly commitments: CommitmentsService,
  ) {}

  @MessagePattern(CommitmentsRpc.current.subject)
  current(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.current, p, nats, (ctx) => this.commitments.current(ctx));
  }

  @MessagePattern(CommitmentsRpc.history.subject)
  history(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.history, p, nats, (ctx) => this.commitments.history(ctx));
  }

  @MessagePattern(CommitmentsRpc.update.subject)
  update(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.update, p, nats, (ctx, input) => this.commitments.update(ctx, input));
  }

  @MessagePattern(CommitmentsRpc.preview.subject)
  preview(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.preview, p, nats, (_ctx, input) => this.commitments.preview(input));
  }

  @MessagePattern(CommitmentsRpc.regionTier.subject)
  regionTier(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.regionTier, p, nats, (ctx, input) => this.commitments.regionTier(ctx, input.divisionCode));
  }

  @MessagePattern(CommitmentsRpc.published.subject)
  published(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.published, p, nats, (_ctx, input) => this.commitments.published(input.tenantCode));
  }

  @MessagePattern(CommitmentsRpc.nationalCalendar.subject)
  nationalCalendar(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.nationalCalendar, p, nats, (_ctx, input) => this.commitments.nationalCalendar(input.country, input.years));
  }

  @MessagePattern(CommitmentsRpc.importNationalCalendar.subject)
  importNationalCalendar(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(CommitmentsRpc.importNationalCalendar, p, nats, (ctx, input) => this.commitments.importNationalCalendar(ctx, input));
  }
}
