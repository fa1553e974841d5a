import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DispatchRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { inTenantTransaction } from '@shouhou/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { WorkOrderService } from './work-order.service';
import { listTechnicians } from '../technician/technicians';
import { tenantTimeZone } from './work-clocks';

@Controller()
export class WorkOrderHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly workOrders: WorkOrderService,
    private readonly orm: MikroORM,
  ) {}

  @MessagePattern(DispatchRpc.technicians.subject)
  technicians(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.technicians, payload, nats, (ctx) => inTenantTransaction(this.orm, ctx.tenantId, async (em) => listTechnicians(em, await tenantTimeZone(em))));
  }

  @MessagePattern(DispatchRpc.saveTechnician.subject)
  saveTechnician(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.saveTechnician, payload, nats, (ctx, input) => this.workOrders.saveTechnician(ctx, input));
  }

  @MessagePattern(DispatchRpc.assess.subject)
  assess(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.assess, payload, nats, (ctx, input) => this.workOrders.assess(ctx, input));
  }

  @MessagePattern(DispatchRpc.suggestTechnicians.subject)
  suggest(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.suggestTechnicians, payload, nats, (ctx, input) => this.workOrders.suggest(ctx, input.id));
  }

  @MessagePattern(DispatchRpc.assign.subject)
  assign(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.assign, payload, nats, (ctx, input) => this.workOrders.assign(ctx, input));
  }

  @MessagePattern(DispatchRpc.autoDispatch.subject)
  autoDispatch(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.autoDispatch, payload, nats, (ctx) => this.workOrders.autoDispatch(ctx));
  }

  @MessagePattern(DispatchRpc.fieldAction.subject)
  fieldAction(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.fieldAction, payload, nats, (ctx, input) => this.workOrders.fieldAction(ctx, input));
  }

  @MessagePattern(DispatchRpc.workOrders.subject)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.workOrders, payload, nats, (ctx, input) => this.workOrders.list(ctx, input));
  }

  @MessagePattern(DispatchRpc.workOrder.subject)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.workOrder, payload, nats, (ctx, input) => this.workOrders.get(ctx, input.id));
  }

  @MessagePattern(DispatchRpc.workOrderTimeline.subject)
  timeline(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.workOrderTimeline, payload, nats, (ctx, input) => this.workOrders.timeline(ctx, input.id));
  }
}
