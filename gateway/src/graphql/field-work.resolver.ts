import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DispatchRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import type { GqlContext } from './context';
import { withTexts } from './dispatch.resolver';
import { withoutNulls } from './resolvers';

type Slot = { start: string; end: string };

/** Around the visit: appointments, the service report, parts, charges, settings, escalations, KPIs. */
@Resolver()
export class FieldWorkResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Query('appointmentOptions')
  async appointmentOptions(@Context() gql: GqlContext, @Args('workOrderId') id: string) {
    return this.services.call(DispatchRpc.appointmentOptions, authorize(await gql.session(), 'dispatchWork'), { id });
  }

  @Mutation('setAppointment')
  async setAppointment(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('mode') mode: string, @Args('slots') slots: Slot[]) {
    return withTexts(await this.services.call(DispatchRpc.setAppointment, authorize(await gql.session(), 'dispatchWork'), { workOrderId, mode, slots } as never));
  }

  @Mutation('rescheduleAppointment')
  async reschedule(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('slot') slot: Slot, @Args('cause') cause: string, @Args('reason') reason: string) {
    return withTexts(await this.services.call(DispatchRpc.reschedule, authorize(await gql.session(), 'fieldWork'), { workOrderId, slot, cause, reason } as never));
  }

  @Mutation('saveServiceReport')
  async saveReport(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('diagnosis') diagnosis: string, @Args('actions') actions: string, @Args('labourMinutes') labourMinutes: number) {
    return withTexts(await this.services.call(DispatchRpc.saveReport, authorize(await gql.session(), 'fieldWork'), { workOrderId, diagnosis, actions, labourMinutes }));
  }

  @Mutation('addPartLine')
  async addPart(
    @Context() gql: GqlContext,
    @Args('workOrderId') workOrderId: string,
    @Args('sku') sku: string,
    @Args('name') name: string | null,
    @Args('quantity') quantity: number,
    @Args('unitPrice') unitPrice: number | null,
    @Args('source') source: string,
  ) {
    return withTexts(await this.services.call(DispatchRpc.addPart, authorize(await gql.session(), 'fieldWork'), { workOrderId, sku, name, quantity, unitPrice, source } as never));
  }

  @Mutation('removePartLine')
  async removePart(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('lineId') lineId: string) {
    return withTexts(await this.services.call(DispatchRpc.removePart, authorize(await gql.session(), 'fieldWork'), { workOrderId, lineId }));
  }

  @Mutation('acceptCharges')
  async acceptCharges(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('total') total: number) {
    return withTexts(await this.services.call(DispatchRpc.acceptCharges, authorize(await gql.session(), 'fieldWork'), { workOrderId, total }));
  }

  @Query('dispatchSettings')
  async settings(@Context() gql: GqlContext) {
    return this.services.call(DispatchRpc.settings, authorize(await gql.session(), 'dispatchSettings'), {});
  }

  @Mutation('saveDispatchSettings')
  async saveSettings(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return this.services.call(DispatchRpc.saveSettings, authorize(await gql.session(), 'saveDispatchSettings'), input as never);
  }

  @Query('escalations')
  async escalations(@Context() gql: GqlContext, @Args('open') open: boolean) {
    return this.services.call(DispatchRpc.escalations, authorize(await gql.session(), 'escalations'), { open });
  }

  @Mutation('acknowledgeEscalation')
  async acknowledge(@Context() gql: GqlContext, @Args('id') id: string, @Args('note') note: string | null) {
    return this.services.call(DispatchRpc.acknowledgeEscalation, authorize(await gql.session(), 'escalations'), { id, note });
  }

  @Query('dispatchKpis')
  async kpis(@Context() gql: GqlContext, @Args('from') from: string, @Args('to') to: string, @Args('technicianId') technicianId: string | null) {
    return this.services.call(DispatchRpc.kpis, authorize(await gql.session(), 'dispatchKpis'), withoutNulls({ from, to, technicianId }) as never);
  }
}

@Resolver('WorkOrder')
export class WorkOrderSignatureResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  /** Fetched only when asked for: a drawn signature is tens of kilobytes, lists never carry it. */
  @ResolveField('signatureImage')
  async signatureImage(@Parent() order: { id: string; confirmation?: { method: string | null } | null }, @Context() gql: GqlContext) {
    if (order.confirmation?.method !== 'SIGNATURE') return null;
    return this.services.call(DispatchRpc.signature, authorize(await gql.session(), 'workOrders'), { id: order.id });
  }
}
