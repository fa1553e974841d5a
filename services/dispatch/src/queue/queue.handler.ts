import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DispatchRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { QueueService } from './queue.service';

@Controller()
export class QueueHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly queue: QueueService,
  ) {}

  @MessagePattern(DispatchRpc.listQueue.subject)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.listQueue, payload, nats, (ctx, input) => this.queue.list(ctx, input));
  }
}
