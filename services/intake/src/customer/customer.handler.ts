import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { IntakeRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { CustomerService } from './customer.service';
import { CustomerImports } from './import/customer-imports.service';

@Controller()
export class CustomerHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly customers: CustomerService,
    private readonly imports: CustomerImports,
  ) {}

  @MessagePattern(IntakeRpc.startCustomerImport.subject)
  startImport(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.startCustomerImport, payload, nats, (ctx, input) => this.imports.start(ctx, input));
  }

  @MessagePattern(IntakeRpc.customerImport.subject)
  importJob(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.customerImport, payload, nats, (ctx, input) => this.imports.get(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.customerByPhone.subject)
  byPhone(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.customerByPhone, payload, nats, (ctx, input) => this.customers.byPhone(ctx, input.phone));
  }

  @MessagePattern(IntakeRpc.customer.subject)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.customer, payload, nats, (ctx, input) => this.customers.get(ctx, input.id));
  }

  @MessagePattern(IntakeRpc.productHistory.subject)
  productHistory(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.productHistory, payload, nats, (ctx, input) => this.customers.productHistory(ctx, input.serialNumber));
  }

  @MessagePattern(IntakeRpc.saveCustomer.subject)
  save(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.saveCustomer, payload, nats, (ctx, input) => this.customers.save(ctx, input));
  }

  @MessagePattern(IntakeRpc.productModels.subject)
  productModels(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.productModels, payload, nats, (ctx, input) => this.customers.productModels(ctx, input));
  }

  @MessagePattern(IntakeRpc.saveProductModel.subject)
  saveProductModel(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(IntakeRpc.saveProductModel, payload, nats, (ctx, input) => this.customers.saveProductModel(ctx, input));
  }
}
