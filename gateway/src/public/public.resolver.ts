import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { readTrackingToken } from '@shouhou/auth';
import { asTenantId, DispatchRpc, DomainError, IntakeRpc, TenancyRpc, type TenantContext } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import type { GqlContext } from '../graphql/context';
import { RateLimiter } from './rate-limit';

/** Public pages: no account; a form per tenant, and the tracking link that form hands out. */
@Resolver()
export class PublicResolver {
  private readonly perVisitor = new RateLimiter(Number(process.env.PUBLIC_FORM_LIMIT_PER_IP ?? 5), 60_000);
  private readonly perTenant = new RateLimiter(Number(process.env.PUBLIC_FORM_LIMIT_PER_TENANT ?? 120), 60_000);

  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Mutation('submitServiceRequest')
  async submit(@Context() gql: GqlContext, @Args('tenantCode') tenantCode: string, @Args('input') input: Record<string, unknown>) {
    const ip = gql.req?.ip ?? gql.req?.socket?.remoteAddress ?? 'unknown';
    this.perVisitor.take(`${ip}|${tenantCode}`);
    this.perTenant.take(tenantCode);
    const tenant = await this.services.call(TenancyRpc.resolveTenantCode, undefined, { code: tenantCode });
    if (!tenant || tenant.status !== 'ACTIVE') throw new DomainError('NOT_FOUND', 'no such company');
    const idempotencyKey = gql.idempotencyKey();
    const ctx: TenantContext = { kind: 'tenant', tenantId: asTenantId(tenant.id), actorId: 'customer', roles: [], requestId: '', ...(idempotencyKey ? { idempotencyKey } : {}) };
    const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
    const { number, trackingToken } = await this.services.call(IntakeRpc.submitPublic, ctx, clean as never);
    return { number, trackingToken, trackingPath: `/t/${trackingToken}` };
  }

  @Query('trackServiceRequest')
  async track(@Args('token') token: string) {
    return this.services.call(IntakeRpc.track, undefined, { token });
  }

  /** The visit planned for the request the link names; the link is the customer's only credential. */
  @Query('trackVisit')
  async visit(@Args('token') token: string) {
    const { ctx, serviceRequestId } = customerOf(token);
    return this.services.call(DispatchRpc.publicVisit, ctx, { serviceRequestId });
  }

  @Mutation('customerVisitAction')
  async visitAction(@Args('token') token: string, @Args('step') action: string, @Args('start') start: string | null, @Args('comment') comment: string | null, @Args('total') total: number | null) {
    const { ctx, serviceRequestId } = customerOf(token);
    const step = Object.fromEntries(Object.entries({ action, start, comment, total }).filter(([, v]) => v !== null && v !== undefined));
    return this.services.call(DispatchRpc.customerVisitAction, ctx, { serviceRequestId, step: step as never });
  }
}

/** The customer a tracking link speaks for: no roles, only their own request. */
function customerOf(token: string): { ctx: TenantContext; serviceRequestId: string } {
  const { tenantId, requestId } = readTrackingToken(token);
  return { ctx: { kind: 'tenant', tenantId: asTenantId(tenantId), actorId: 'customer', roles: [], requestId: '' }, serviceRequestId: requestId };
}
