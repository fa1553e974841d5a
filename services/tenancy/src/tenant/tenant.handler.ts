import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { TenancyRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { TenantService } from './tenant.service';

@Controller()
export class TenantHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly tenants: TenantService,
  ) {}

  @MessagePattern(TenancyRpc.createTenant.subject)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.createTenant, payload, nats, (ctx, input) => this.tenants.create(ctx, input));
  }

  @MessagePattern(TenancyRpc.suspendTenant.subject)
  suspend(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.suspendTenant, payload, nats, (ctx, input) => this.tenants.suspend(ctx, input));
  }

  @MessagePattern(TenancyRpc.listTenants.subject)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.listTenants, payload, nats, (ctx) => this.tenants.list(ctx));
  }

  @MessagePattern(TenancyRpc.reactivateTenant.subject)
  reactivate(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.reactivateTenant, payload, nats, (ctx, input) => this.tenants.reactivate(ctx, input.id));
  }

  @MessagePattern(TenancyRpc.tenantAudit.subject)
  audit(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.tenantAudit, payload, nats, (ctx, input) => this.tenants.auditTrail(ctx, input.id));
  }

  @MessagePattern(TenancyRpc.settings.subject)
  settings(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.settings, payload, nats, (ctx) => this.tenants.settings(ctx));
  }

  @MessagePattern(TenancyRpc.updateSettings.subject)
  updateSettings(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.updateSettings, payload, nats, (ctx, input) => this.tenants.updateSettings(ctx, input));
  }

  @MessagePattern(TenancyRpc.resolveTenantCode.subject)
  byCode(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.resolveTenantCode, payload, nats, (_ctx, input) => this.tenants.byCode(input.code));
  }

  @MessagePattern(TenancyRpc.resolveTenant.subject)
  resolve(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(TenancyRpc.resolveTenant, payload, nats, (_ctx, input) => this.tenants.resolve(input.keycloakOrganizationId));
  }
}
