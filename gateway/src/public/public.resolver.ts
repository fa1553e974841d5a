import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { asTenantId, DomainError, IntakeRpc, TenancyRpc, type TenantContext } from '@shouhou/contracts';
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
    const ctx: TenantContext = { kind: 'tenant', tenantId: asTenantId(tenant.id), actorId: 'customer', roles: [], requestId: '' };
    const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
    const { number, trackingToken } = await this.services.call(IntakeRpc.submitPublic, ctx, clean as never);
    return { number, trackingToken, trackingPath: `/t/${trackingToken}` };
  }

  @Query('trackServiceRequest')
  async track(@Args('token') token: string) {
    return this.services.call(IntakeRpc.track, undefined, { token });
  }
}
