import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { DispatchEvents, DispatchRpc, IntakeEvents, IntakeRpc, maskPhone, PartsEvents, seesFullPhone, TenancyRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import { LiveEvents } from '../live/live-events';
import type { GqlContext } from './context';

/** Resolvers authorise, call one service, and return; rules live in the services. */
@Resolver()
export class RootResolver {
  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
  ) {}

  @Query('me')
  async me(@Context() gql: GqlContext) {
    const { identity, tenant } = await gql.session();
    return {
      id: identity.subject,
      username: identity.username,
      name: identity.name ?? null,
      email: identity.email ?? null,
      roles: identity.roles.map(toGraphQLRole),
      tenant,
    };
  }

  @Query('tenants')
  async tenants(@Context() gql: GqlContext) {
    return this.services.call(TenancyRpc.listTenants, authorize(await gql.session(), 'tenants'), {});
  }

  @Mutation('createTenant')
  async createTenant(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    return this.services.call(TenancyRpc.createTenant, authorize(await gql.session(), 'createTenant'), withoutNulls(input) as never);
  }

  @Mutation('suspendTenant')
  async suspendTenant(@Context() gql: GqlContext, @Args('id') id: string, @Args('reason') reason: string) {
    return this.services.call(TenancyRpc.suspendTenant, authorize(await gql.session(), 'suspendTenant'), { id, reason });
  }

  @Mutation('reactivateTenant')
  async reactivateTenant(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.services.call(TenancyRpc.reactivateTenant, authorize(await gql.session(), 'reactivateTenant'), { id });
  }

  @Query('tenantAudit')
  async tenantAudit(@Context() gql: GqlContext, @Args('id') id: string) {
    const entries = await this.services.call(TenancyRpc.tenantAudit, authorize(await gql.session(), 'tenantAudit'), { id });
    return entries.map((e) => ({ ...e, details: JSON.stringify(e.details) }));
  }

  @Query('tenantUsers')
  async tenantUsers(@Context() gql: GqlContext) {
    const users = await this.services.call(TenancyRpc.listUsers, authorize(await gql.session(), 'tenantUsers'), {});
    return users.map(withGraphQLRoles);
  }

  @Mutation('setUserRoles')
  async setUserRoles(@Context() gql: GqlContext, @Args('userId') userId: string, @Args('roles') roles: string[]) {
    const ctx = authorize(await gql.session(), 'setUserRoles');
    const user = await this.services.call(TenancyRpc.setUserRoles, ctx, { userId, roles: roles.map(fromGraphQLRole) } as never);
    return withGraphQLRoles(user);
  }

  @Query('tenantSettings')
  async tenantSettings(@Context() gql: GqlContext) {
    return this.services.call(TenancyRpc.settings, authorize(await gql.session(), 'tenantSettings'), {});
  }

  @Mutation('updateTenantSettings')
  async updateTenantSettings(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    const ctx = authorize(await gql.session(), 'updateTenantSettings');
    return this.services.call(TenancyRpc.updateSettings, ctx, { hotline: null, logoUrl: null, ...withoutNulls(input) } as never);
  }

  @Mutation('createServiceRequest')
  async createServiceRequest(@Context() gql: GqlContext, @Args('input') input: Record<string, unknown>) {
    const ctx = authorize(await gql.session(), 'createServiceRequest');
    return this.services.call(IntakeRpc.createServiceRequest, ctx, withoutNulls(input) as never);
  }

  @Mutation('transitionServiceRequest')
  async transitionServiceRequest(@Context() gql: GqlContext, @Args('id') id: string, @Args('action') action: string, @Args('note') note: string | null) {
    const ctx = authorize(await gql.session(), 'transitionServiceRequest');
    return this.services.call(IntakeRpc.transition, ctx, { id, action, note } as never);
  }

  @Query('serviceRequest')
  async serviceRequest(@Context() gql: GqlContext, @Args('id') id: string) {
    return this.services.call(IntakeRpc.getServiceRequest, authorize(await gql.session(), 'serviceRequest'), { id });
  }

  @Query('serviceRequests')
  async serviceRequests(
    @Context() gql: GqlContext,
    @Args('first') first: number,
    @Args('after') after: string | null,
    @Args('filter') filter: Record<string, unknown> | null,
    @Args('order') order: 'NEWEST' | 'DUE_SOONEST',
  ) {
    const ctx = authorize(await gql.session(), 'serviceRequests');
    return this.services.call(IntakeRpc.listServiceRequests, ctx, { first, after, order, filter: withoutNulls(filter ?? {}) });
  }

  @Query('dispatchQueue')
  async dispatchQueue(@Context() gql: GqlContext, @Args('first') first: number, @Args('after') after: string | null) {
    return this.services.call(DispatchRpc.listQueue, authorize(await gql.session(), 'dispatchQueue'), { first, after });
  }
}

/** Fields of a service request that take another call: asked only when a query selects them. */
@Resolver('ServiceRequest')
export class ServiceRequestResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @ResolveField('messages')
  async messages(@Context() gql: GqlContext, @Parent() request: { id: string }) {
    return this.services.call(IntakeRpc.messages, authorize(await gql.session(), 'serviceRequest'), { id: request.id });
  }

  @ResolveField('timeline')
  async timeline(@Parent() request: { id: string }, @Context() gql: GqlContext) {
    return this.services.call(IntakeRpc.timeline, authorize(await gql.session(), 'serviceRequest'), { id: request.id });
  }
}

@Resolver()
export class LiveResolver {
  constructor(@Inject(LiveEvents) private readonly live: LiveEvents) {}

  @Subscription('serviceRequestCreated')
  async serviceRequestCreated(@Context() gql: GqlContext) {
    const ctx = authorize(await gql.session(), 'serviceRequests');
    const full = seesFullPhone(ctx.roles, 'list');
    return mapStream(this.live.stream(IntakeEvents.requestCreated, ctx.tenantId, 'serviceRequestCreated'), (e) =>
      full ? e : { serviceRequestCreated: { ...e.serviceRequestCreated, customerPhone: maskPhone(e.serviceRequestCreated.customerPhone) } },
    );
  }

  @Subscription('queueEntryAdded')
  async queueEntryAdded(@Context() gql: GqlContext) {
    const ctx = authorize(await gql.session(), 'dispatchQueue');
    return this.live.stream(DispatchEvents.requestQueued, ctx.tenantId, 'queueEntryAdded');
  }

  @Subscription('workOrderEscalated')
  async workOrderEscalated(@Context() gql: GqlContext) {
    const ctx = authorize(await gql.session(), 'escalations');
    return this.live.stream(DispatchEvents.escalated, ctx.tenantId, 'workOrderEscalated');
  }

  /** The warehouse hears of low stock as it happens (the event is once per crossing of the reorder point). */
  @Subscription('stockLow')
  async stockLow(@Context() gql: GqlContext) {
    const ctx = authorize(await gql.session(), 'partsWrite');
    return this.live.stream(PartsEvents.stockLow, ctx.tenantId, 'stockLow');
  }
}

async function* mapStream<T, U>(source: AsyncGenerator<T>, map: (t: T) => U): AsyncGenerator<U> {
  try {
    for await (const item of source) yield map(item);
  } finally {
    await source.return(undefined);
  }
}

/** Roles are `agent` in tokens and contracts, `AGENT` in the schema. */
const toGraphQLRole = (r: string) => r.toUpperCase().replace('-', '_');
const fromGraphQLRole = (r: string) => r.toLowerCase().replace('_', '-');
const withGraphQLRoles = <U extends { roles: readonly string[] }>(u: U) => ({ ...u, roles: u.roles.map(toGraphQLRole) });

/**
 * GraphQL sends explicit nulls for omitted optional fields, also inside nested inputs; the contracts
 * treat absent and null alike.
 */
export function withoutNulls(input: Record<string, unknown>): Record<string, unknown> {
  const clean = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(clean) : v && typeof v === 'object' && !(v instanceof Date) ? withoutNulls(v as Record<string, unknown>) : v;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, clean(v)]));
}
