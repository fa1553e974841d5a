import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DispatchRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import type { GqlContext } from './context';
import { withoutNulls } from './resolvers';

type Localized = { 'zh-CN': string; 'en-US': string };
type WithReason = { assignment?: { text: Localized } | null; reason?: { text: Localized } };

/** GraphQL names cannot hold a hyphen: zh-CN → zhCN. */
const localized = (t: Localized) => ({ zhCN: t['zh-CN'], enUS: t['en-US'] });
export const withTexts = <T extends WithReason>(o: T) => ({
  ...o,
  ...(o.assignment ? { assignment: { ...o.assignment, text: localized(o.assignment.text) } } : {}),
  ...(o.reason ? { reason: { ...o.reason, text: localized(o.reason.text) } } : {}),
});
const exclusions = (e: Record<string, number>) => ({ skill: e.SKILL ?? 0, region: e.REGION ?? 0, unavailable: e.UNAVAILABLE ?? 0, capacity: e.CAPACITY ?? 0, excluded: e.EXCLUDED ?? 0 });

/** Dispatch and field service: technicians, assessment, assignment and the technicians' steps. */
@Resolver()
export class DispatchResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Query('technicians')
  async technicians(@Context() gql: GqlContext) {
    return this.services.call(DispatchRpc.technicians, authorize(await gql.session(), 'technicians'), {});
  }

  @Mutation('saveTechnician')
  async saveTechnician(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return this.services.call(DispatchRpc.saveTechnician, authorize(await gql.session(), 'saveTechnician'), withoutNulls(input) as never);
  }

  @Mutation('assessWorkOrder')
  async assess(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return withTexts(await this.services.call(DispatchRpc.assess, authorize(await gql.session(), 'dispatchWork'), withoutNulls(input) as never));
  }

  @Query('suggestTechnicians')
  async suggest(@Context() gql: GqlContext, @Args('workOrderId') id: string) {
    const { candidates, excluded } = await this.services.call(DispatchRpc.suggestTechnicians, authorize(await gql.session(), 'dispatchWork'), { id });
    return { candidates: candidates.map(withTexts), excluded: exclusions(excluded) };
  }

  @Mutation('assignWorkOrder')
  async assign(@Context() gql: GqlContext, @Args('workOrderId') workOrderId: string, @Args('version') version: number, @Args('technicianId') technicianId: string | null, @Args('reason') reason: string | null) {
    return withTexts(await this.services.call(DispatchRpc.assign, authorize(await gql.session(), 'dispatchWork'), { workOrderId, version, technicianId, reason }));
  }

  @Mutation('autoDispatch')
  async autoDispatch(@Context() gql: GqlContext) {
    const result = await this.services.call(DispatchRpc.autoDispatch, authorize(await gql.session(), 'dispatchWork'), {});
    return { assigned: result.assigned, unassigned: result.unassigned.map((u) => ({ ...u, excluded: exclusions(u.excluded) })) };
  }

  @Mutation('workOrderAction')
  async action(
    @Context() gql: GqlContext,
    @Args('workOrderId') workOrderId: string,
    @Args('action') action: string,
    @Args('note') note: string | null,
    @Args('location') location: { lat: number; lng: number } | null,
    @Args('details') details: Record<string, unknown> | null,
  ) {
    const input = { workOrderId, action, note, location, ...withoutNulls(details ?? {}) };
    return withTexts(await this.services.call(DispatchRpc.fieldAction, authorize(await gql.session(), 'workOrderAction'), input as never));
  }

  @Query('workOrders')
  async workOrders(@Context() gql: GqlContext, @Args('first') first: number, @Args('after') after: string | null, @Args('status') status: string | null, @Args('technicianId') technicianId: string | null) {
    const page = await this.services.call(DispatchRpc.workOrders, authorize(await gql.session(), 'workOrders'), { first, after, filter: withoutNulls({ status, technicianId }) } as never);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: withTexts(e.node) })) };
  }

  @Query('workOrder')
  async workOrder(@Context() gql: GqlContext, @Args('id') id: string) {
    const found = await this.services.call(DispatchRpc.workOrder, authorize(await gql.session(), 'workOrders'), { id });
    return found && withTexts(found);
  }
}

@Resolver('WorkOrder')
export class WorkOrderResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @ResolveField('timeline')
  async timeline(@Parent() order: { id: string }, @Context() gql: GqlContext) {
    return this.services.call(DispatchRpc.workOrderTimeline, authorize(await gql.session(), 'workOrders'), { id: order.id });
  }
}
