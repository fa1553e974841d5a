import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommitmentsRpc, type NationalCalendarData } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { authorize } from '../auth/session';
import type { GqlContext } from './context';

type Day = { date: string; name: string };

/** Service commitments, calendars and the public commitments page. */
@Resolver()
export class CommitmentsResolver {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Query('commitments')
  async commitments(@Context() gql: GqlContext) {
    return this.services.call(CommitmentsRpc.current, authorize(await gql.session(), 'commitments'), {});
  }

  @Query('commitmentHistory')
  async commitmentHistory(@Context() gql: GqlContext) {
    return this.services.call(CommitmentsRpc.history, authorize(await gql.session(), 'commitments'), {});
  }

  @Mutation('updateCommitments')
  async updateCommitments(
    @Context() gql: GqlContext,
    @Args('policy') policy: unknown,
    @Args('calendar') calendar: unknown,
    @Args('regions') regions: unknown,
  ) {
    const ctx = authorize(await gql.session(), 'updateCommitments');
    return this.services.call(CommitmentsRpc.update, ctx, { policy, calendar, ...(regions ? { regions } : {}) } as never);
  }

  @Query('regionTier')
  async regionTier(@Context() gql: GqlContext, @Args('divisionCode') divisionCode: string) {
    return this.services.call(CommitmentsRpc.regionTier, authorize(await gql.session(), 'commitments'), { divisionCode });
  }

  @Query('previewCommitments')
  async previewCommitments(
    @Context() gql: GqlContext,
    @Args('calendar') calendar: unknown,
    @Args('from') from: string,
    @Args('durations') durations: { key: string; duration: unknown }[],
  ) {
    const ctx = authorize(await gql.session(), 'previewCommitments');
    const dues = await this.services.call(CommitmentsRpc.preview, ctx, {
      calendar,
      from,
      durations: Object.fromEntries(durations.map((d) => [d.key, d.duration])),
    } as never);
    return Object.entries(dues).map(([key, dueAt]) => ({ key, dueAt }));
  }

  @Query('nationalCalendar')
  async nationalCalendar(@Context() gql: GqlContext, @Args('country') country: string, @Args('years') years: number[]) {
    await gql.session();
    const data = await this.services.call(CommitmentsRpc.nationalCalendar, undefined, { country, years } as never);
    return data.map(toGraphQL);
  }

  @Mutation('importNationalCalendar')
  async importNationalCalendar(@Context() gql: GqlContext, @Args('input') input: { country: string; year: number; source: string; holidays: Day[]; workdays: Day[] }) {
    const ctx = authorize(await gql.session(), 'importNationalCalendar');
    const saved = await this.services.call(CommitmentsRpc.importNationalCalendar, ctx, {
      ...input,
      holidays: Object.fromEntries(input.holidays.map((d) => [d.date, d.name])),
      workdays: Object.fromEntries(input.workdays.map((d) => [d.date, d.name])),
    } as never);
    return toGraphQL(saved);
  }

  /** Public: customers read a tenant's commitments without an account. */
  @Query('publicCommitments')
  async publicCommitments(@Args('tenantCode') tenantCode: string) {
    return this.services.call(CommitmentsRpc.published, undefined, { tenantCode });
  }
}

function toGraphQL(n: NationalCalendarData) {
  const days = (r: Record<string, string>) => Object.entries(r).map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
  return { ...n, holidays: days(n.holidays), workdays: days(n.workdays) };
}
