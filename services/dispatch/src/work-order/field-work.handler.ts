import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/postgresql';
import { DispatchRpc } from '@shouhou/contracts';
import { RpcResponder } from '@shouhou/messaging';
import { inTenantTransaction } from '@shouhou/persistence';
import { EscalationService } from '../escalation/escalations';
import { dispatchKpis } from '../kpi/kpis';
import { dispatchSettings, saveDispatchSettings } from '../settings/dispatch-settings';
import { CustomerVisitService } from '../visit/customer-visit.service';
import { FieldWorkService } from './field-work.service';

/** NATS entry for the visit's surroundings: appointments, report, parts, charges, settings, escalations, KPIs. */
@Controller()
export class FieldWorkHandler {
  constructor(
    private readonly rpc: RpcResponder,
    private readonly work: FieldWorkService,
    private readonly visits: CustomerVisitService,
    private readonly escalations: EscalationService,
    private readonly orm: MikroORM,
  ) {}

  @MessagePattern(DispatchRpc.settings.subject)
  settings(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.settings, payload, nats, (ctx) => inTenantTransaction(this.orm, ctx.tenantId, (em) => dispatchSettings(em)));
  }

  @MessagePattern(DispatchRpc.saveSettings.subject)
  saveSettings(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.saveSettings, payload, nats, (ctx, input) => inTenantTransaction(this.orm, ctx.tenantId, (em) => saveDispatchSettings(em, ctx, input)));
  }

  @MessagePattern(DispatchRpc.appointmentOptions.subject)
  options(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.appointmentOptions, payload, nats, (ctx, input) => this.work.appointmentOptions(ctx, input.id));
  }

  @MessagePattern(DispatchRpc.setAppointment.subject)
  setAppointment(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.setAppointment, payload, nats, (ctx, input) => this.work.setAppointment(ctx, input));
  }

  @MessagePattern(DispatchRpc.reschedule.subject)
  reschedule(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.reschedule, payload, nats, (ctx, input) => this.work.reschedule(ctx, input));
  }

  @MessagePattern(DispatchRpc.saveReport.subject)
  report(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.saveReport, payload, nats, (ctx, input) => this.work.saveReport(ctx, input));
  }

  @MessagePattern(DispatchRpc.addPart.subject)
  addPart(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.addPart, payload, nats, (ctx, input) => this.work.addPart(ctx, input));
  }

  @MessagePattern(DispatchRpc.removePart.subject)
  removePart(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.removePart, payload, nats, (ctx, input) => this.work.removePart(ctx, input));
  }

  @MessagePattern(DispatchRpc.acceptCharges.subject)
  acceptCharges(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.acceptCharges, payload, nats, (ctx, input) => this.work.acceptCharges(ctx, input));
  }

  @MessagePattern(DispatchRpc.signature.subject)
  signature(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.signature, payload, nats, (ctx, input) => this.work.signature(ctx, input.id));
  }

  @MessagePattern(DispatchRpc.escalations.subject)
  listEscalations(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.escalations, payload, nats, (ctx, input) => this.escalations.list(ctx, input.open));
  }

  @MessagePattern(DispatchRpc.acknowledgeEscalation.subject)
  acknowledge(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.acknowledgeEscalation, payload, nats, (ctx, input) => this.escalations.acknowledge(ctx, input.id, input.note));
  }

  @MessagePattern(DispatchRpc.kpis.subject)
  kpis(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.kpis, payload, nats, (ctx, input) => inTenantTransaction(this.orm, ctx.tenantId, (em) => dispatchKpis(em, input)));
  }

  @MessagePattern(DispatchRpc.publicVisit.subject)
  publicVisit(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.publicVisit, payload, nats, (ctx, input) => this.visits.visit(ctx, input.serviceRequestId));
  }

  @MessagePattern(DispatchRpc.customerVisitAction.subject)
  customerAction(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.rpc.handle(DispatchRpc.customerVisitAction, payload, nats, (ctx, input) => this.visits.act(ctx, input.serviceRequestId, input.step));
  }
}
