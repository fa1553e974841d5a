import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { TenancyRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { UsersService } from './users.service';

@Controller()
export class UsersHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly users: UsersService,
  ) {}

  @MessagePattern(TenancyRpc.listUsers.subject)
  list(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.listUsers, p, nats, (ctx) => this.users.list(ctx));
  }

  @MessagePattern(TenancyRpc.setUserRoles.subject)
  setRoles(@Payload() p: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.setUserRoles, p, nats, (ctx, input) => this.users.setRoles(ctx, input.userId, input.roles));
  }
}
