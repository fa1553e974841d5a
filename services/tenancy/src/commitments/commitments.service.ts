import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import {
  CommitmentEvents,
  CommitmentsRpc,
  DEFAULT_CALENDAR,
  DEFAULT_POLICY,
  DEFAULT_REGIONS,
  type RegionSettings,
  DomainError,
  hasRole,
  asTenantId,
  type CalendarSettings,
  type CommitmentsVersion as CommitmentsVersionDto,
  type NationalCalendarData,
  type PlatformContext,
  type TenantContext,
} from '@shouhou/contracts';
import { inScopedTransaction, inTenantTransaction, type EntityManager } from '@shouhou/persistence';
import { OutboxRelay, recordEvent } from '@shouhou/messaging';
import { commitmentDue, tenantCalendar, validateCalendar, WorkingTime } from '@shouhou/sla';
import { divisionPath, normalizeCode, tierOf } from '@shouhou/regions';
import { TenantSchema } from '../tenant/tenant.entity';
import { audit } from '../tenant/tenant-audit';
import { CommitmentsVersionSchema, NationalCalendarYearSchema, type CommitmentsVersion } from './commitments.entity';

type UpdateInput = z.infer<typeof CommitmentsRpc.update.input>;

/**
 * A tenant's service commitments (服务承诺): every change is a new version, announced by
 * `tenancy.evt.commitments.updated`, so deadlines can record which version set them.
 */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  async current(ctx: TenantContext): Promise<CommitmentsVersionDto> {
    return inTenantTransaction(this.orm, ctx.tenantId, (em) => this.latest(em, ctx.tenantId));
  }

  async history(ctx: TenantContext): Promise<CommitmentsVersionDto[]> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) =>
      (await em.find(CommitmentsVersionSchema, {}, { orderBy: { version: 'desc' }, limit: 50 })).map(toDto),
    );
  }

  async update(ctx: TenantContext, input: UpdateInput): Promise<CommitmentsVersionDto> {
    if (!hasRole(ctx, 'tenant-admin')) throw new DomainError('FORBIDDEN', 'only a tenant admin changes the commitments');
    await this.checkCalendar(input.calendar);
    if (input.regions) checkRegions(input.regions);
    const saved = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const previous = await this.latest(em, ctx.tenantId);
      const next: CommitmentsVersion = {
        tenantId: ctx.tenantId,
        version: previous.version + 1,
        policy: input.policy,
        calendar: input.calendar,
        regions: input.regions ?? previous.regions,
        createdAt: new Date(),
        createdBy: ctx.actorId,
      };
      // Two admins saving at once: the primary key (tenant, version) lets one win; the other retries.
      await em.insert(CommitmentsVersionSchema, next);
      const dto = toDto(next);
      await this.announce(em, ctx.tenantId, ctx, dto);
      await audit(em, ctx.tenantId, 'COMMITMENTS_PUBLISHED', ctx.actorId, { version: dto.version });
      return dto;
    });
    this.relay.wake();
    return saved;
  }

  /**
   * The defaults a new tenant runs its clocks with until its admin publishes a version; announced
   * again when the company moves to another time zone before then (the defaults follow it).
   */
  async announceDefaults(em: EntityManager, tenantId: string, actor: { actorId: string; requestId: string }) {
    const latest = await this.latest(em, tenantId);
    if (latest.version === 0) await this.announce(em, tenantId, actor, latest);
  }

  /** `commitments.updated` with the national calendar years the version is counted with. */
  private async announce(em: EntityManager, tenantId: string, actor: { actorId: string; requestId: string }, version: CommitmentsVersionDto) {
    const national = version.calendar.nationalCalendar ? await this.nationalYears(em, version.calendar.nationalCalendar) : [];
    await recordEvent(em, { tenantId: asTenantId(tenantId), actorId: actor.actorId, requestId: actor.requestId }, CommitmentEvents.updated, { ...version, national });
  }

  private async nationalYears(em: EntityManager, country: 'CN'): Promise<NationalCalendarData[]> {
    const rows = await em.find(NationalCalendarYearSchema, { country }, { orderBy: { year: 'asc' } });
    return rows.map(({ country: c, year, source, holidays, workdays }) => ({ country: c as 'CN', year, source, holidays, workdays }));
  }

  /** What a customer may read on the tenant's public page; null for an unknown or suspended tenant. */
  async published(tenantCode: string) {
    return inScopedTransaction(this.orm, 'platform', async (em) => {
      const tenant = await em.findOne(TenantSchema, { code: tenantCode });
      if (!tenant || tenant.status !== 'ACTIVE') return null;
      await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenant.id]);
      const { version, policy, calendar, regions } = await this.latest(em, tenant.id);
      const latest = { version, policy, calendar, regions };
      return { tenant: { code: tenant.code, name: tenant.displayName ?? tenant.name, hotline: tenant.hotline ?? null, logoUrl: tenant.logoUrl ?? null }, ...latest };
    });
  }

  async nationalCalendar(country: 'CN', years: number[]): Promise<NationalCalendarData[]> {
    const em = this.orm.em.fork();
    const rows = await em.find(NationalCalendarYearSchema, { country, year: { $in: years } }, { orderBy: { year: 'asc' } });
    return rows.map(({ country: c, year, source, holidays, workdays }) => ({ country: c as 'CN', year, source, holidays, workdays }));
  }

  /** A new year's State Council notice, entered as data by the platform operator. Replaces that year. */
  async importNationalCalendar(ctx: PlatformContext, data: NationalCalendarData): Promise<NationalCalendarData> {
    const outside = [...Object.keys(data.holidays), ...Object.keys(data.workdays)].filter((d) => !d.startsWith(`${data.year}-`) && !d.startsWith(`${data.year - 1}-12`) && !d.startsWith(`${data.year + 1}-01`));
    if (outside.length) {
      throw new DomainError('BAD_USER_INPUT', `dates outside ${data.year}: ${outside.slice(0, 3).join(', ')}`, {
        issues: [{ field: 'input.holidays', reason: 'outside_year', message: `dates outside ${data.year}` }],
      });
    }
    // The year and every affected tenant's re-announcement commit together: clocks never miss a notice.
    await inScopedTransaction(this.orm, 'platform', async (em) => {
      await em.upsert(NationalCalendarYearSchema, { ...data, importedAt: new Date(), importedBy: ctx.actorId });
      for (const tenant of await em.find(TenantSchema, { status: 'ACTIVE' })) {
        await em.execute(`select set_config('app.tenant_id', ?, true)`, [tenant.id]);
        const latest = await this.latest(em, tenant.id);
        if (latest.calendar.nationalCalendar === data.country) {
          await this.announce(em, tenant.id, ctx, latest);
          await audit(em, tenant.id, 'NATIONAL_CALENDAR_APPLIED', ctx.actorId, { country: data.country, year: data.year, source: data.source });
        }
      }
    });
    this.relay.wake();
    return data;
  }

  async preview(input: z.infer<typeof CommitmentsRpc.preview.input>): Promise<Record<string, string>> {
    await this.checkCalendar(input.calendar);
    const from = Date.parse(input.from);
    const year = new Date(from).getUTCFullYear();
    const time = new WorkingTime(await this.calendarDefinition(input.calendar, [year - 1, year, year + 1]));
    return Object.fromEntries(
      Object.entries(input.durations).map(([key, duration]) => [key, new Date(commitmentDue(time, from, duration)).toISOString()]),
    );
  }

  async regionTier(ctx: TenantContext, divisionCode: string) {
    const code = normalizeCode(divisionCode);
    if (!code) throw invalid('input.divisionCode', 'unknown_division', `${divisionCode} is not a GB/T 2260 division`);
    const { regions } = await this.current(ctx);
    return { code, path: divisionPath(code) ?? code, tier: tierOf(code, regions)! };
  }

  /** The calendar the tenant's clocks would count in (for previews and, later, every deadline). */
  async calendarDefinition(settings: CalendarSettings, years: number[]) {
    const national = settings.nationalCalendar ? await this.nationalCalendar(settings.nationalCalendar, years) : [];
    return tenantCalendar(settings, national.map((n) => ({ country: n.country, version: `${n.country}-${n.year}`, holidays: n.holidays, workdays: n.workdays })));
  }

  private async checkCalendar(calendar: CalendarSettings) {
    const issues = validateCalendar({ timeZone: calendar.timeZone, week: calendar.week });
    if (issues.length) {
      throw new DomainError('BAD_USER_INPUT', issues.map((i) => i.message).join('; '), {
        issues: issues.map((i) => ({ field: `input.calendar.${i.field}`, reason: i.reason, message: i.message })),
      });
    }
  }

  private async latest(em: EntityManager, tenantId: string): Promise<CommitmentsVersionDto> {
    // Named explicitly: in the platform scope the tenant filter has no argument.
    const found = await em.findOne(CommitmentsVersionSchema, { tenantId }, { orderBy: { version: 'desc' }, filters: false });
    if (found) return toDto(found);
    const tenant = await em.findOne(TenantSchema, { id: tenantId }, { filters: false });
    const calendar = defaultCalendar(tenant?.timeZone ?? DEFAULT_CALENDAR.timeZone);
    return { version: 0, policy: DEFAULT_POLICY, calendar, regions: DEFAULT_REGIONS, createdAt: new Date(0).toISOString(), createdBy: 'default' };
  }
}

/** Office hours in the company's own time zone: a company in Berlin does not start on Shanghai's clock. */
function defaultCalendar(timeZone: string): CalendarSettings {
  return { ...DEFAULT_CALENDAR, timeZone };
}

function toDto(v: CommitmentsVersion): CommitmentsVersionDto {
  return { version: v.version, policy: v.policy, calendar: v.calendar, regions: v.regions ?? DEFAULT_REGIONS, createdAt: v.createdAt.toISOString(), createdBy: v.createdBy };
}


function invalid(field: string, reason: string, message: string) {
  return new DomainError('BAD_USER_INPUT', message, { issues: [{ field, reason, message }] });
}

/** Every code in the region settings must name a real division (and the home city a city). */
function checkRegions(regions: RegionSettings) {
  if (normalizeCode(regions.homeCity)?.length !== 4) throw invalid('input.regions.homeCity', 'unknown_division', `${regions.homeCity} is not a city`);
  regions.remoteProvinces.forEach((p, i) => {
    if (normalizeCode(p)?.length !== 2) throw invalid(`input.regions.remoteProvinces.${i}`, 'unknown_division', `${p} is not a province`);
  });
  regions.overrides.forEach((o, i) => {
    if (!normalizeCode(o.prefix)) throw invalid(`input.regions.overrides.${i}.prefix`, 'unknown_division', `${o.prefix} is not a division`);
  });
}
