import { z } from 'zod';
import { event, rpc } from './rpc';
import { TenancyStream } from './tenancy';
import { DEFAULT_TIME_ZONE, isTimeZone } from './calendar-day';

/** How a commitment's time is counted: in the tenant's working time, or around the clock. */
export const TimeBasis = z.enum(['WORKING', 'CALENDAR']);
export const DurationUnit = z.enum(['MINUTES', 'HOURS', 'DAYS']);

export const CommitmentDuration = z.object({
  amount: z.number().int('amount must be a whole number').positive('amount must be positive').max(10_000, 'amount must be at most 10000'),
  unit: DurationUnit,
  basis: TimeBasis,
});
export type CommitmentDuration = z.infer<typeof CommitmentDuration>;

/** Service region tiers, from the city the outlet is in to remote areas. */
export const RegionTier = z.enum(['CITY', 'SUBURB', 'IN_PROVINCE', 'OUT_OF_PROVINCE', 'REMOTE']);
export type RegionTier = z.infer<typeof RegionTier>;

const percent = z.number().min(0, 'a percentage is between 0 and 100').max(100, 'a percentage is between 0 and 100');

export const WarrantyRule = z.object({
  productCategory: z.string().trim().min(1, 'productCategory is required').max(60),
  /** 三包: return within N days of purchase for a performance fault. */
  returnDays: z.number().int().min(0).max(365),
  exchangeDays: z.number().int().min(0).max(365),
  repairWarrantyMonths: z.number().int().min(0).max(120),
  partsWarrantyMonths: z.number().int().min(0).max(120),
});

/** What a tenant publishes to its customers (服务承诺) and measures itself against. */
export const CommitmentPolicy = z.object({
  firstResponse: CommitmentDuration,
  dispatch: CommitmentDuration,
  /** On-site arrival by region tier. */
  arrival: z.object({
    city: CommitmentDuration,
    suburb: CommitmentDuration,
    inProvince: CommitmentDuration,
    outOfProvince: CommitmentDuration,
    remote: CommitmentDuration,
  }),
  emergencyArrival: CommitmentDuration,
  repair: z.object({ ordinary: CommitmentDuration, complex: CommitmentDuration }),
  complaint: z.object({ contact: CommitmentDuration, plan: CommitmentDuration, verification: CommitmentDuration }),
  followUp: CommitmentDuration,
  targets: z.object({
    satisfaction: percent,
    onTimeArrival: percent,
    firstTimeFix: percent,
    complaintResolution: percent,
  }),
  warranty: z.array(WarrantyRule).max(100),
});
export type CommitmentPolicy = z.infer<typeof CommitmentPolicy>;

const d = (amount: number, unit: z.infer<typeof DurationUnit>, basis: z.infer<typeof TimeBasis> = 'WORKING') => ({ amount, unit, basis });

/** The defaults a new tenant starts from, taken from the commitments common in the field. */
export const DEFAULT_POLICY: CommitmentPolicy = {
  firstResponse: d(1, 'HOURS'),
  dispatch: d(30, 'MINUTES'),
  arrival: {
    city: d(2, 'HOURS'),
    suburb: d(24, 'HOURS', 'CALENDAR'),
    inProvince: d(3, 'DAYS', 'CALENDAR'),
    outOfProvince: d(7, 'DAYS', 'CALENDAR'),
    remote: d(10, 'DAYS', 'CALENDAR'),
  },
  emergencyArrival: d(24, 'HOURS', 'CALENDAR'),
  repair: { ordinary: d(3, 'DAYS'), complex: d(7, 'DAYS') },
  complaint: { contact: d(1, 'HOURS'), plan: d(24, 'HOURS', 'CALENDAR'), verification: d(3, 'DAYS') },
  followUp: d(3, 'DAYS'),
  targets: { satisfaction: 90, onTimeArrival: 95, firstTimeFix: 85, complaintResolution: 95 },
  warranty: [{ productCategory: '家用电器', returnDays: 7, exchangeDays: 15, repairWarrantyMonths: 12, partsWarrantyMonths: 12 }],
};

const minutesOfDay = z.number().int().min(0).max(1440);
export const WorkingInterval = z
  .object({ start: minutesOfDay, end: minutesOfDay })
  .refine((iv) => iv.start < iv.end, 'an interval must end after it starts');

export const CalendarSettings = z.object({
  timeZone: z.string().refine((tz) => isTimeZone(tz), 'unknown time zone'),
  /** Monday first. */
  week: z.array(z.array(WorkingInterval).max(6)).length(7, 'week must list 7 days, Monday first'),
  /** Follow the country's statutory holidays and make-up workdays (调休). */
  nationalCalendar: z.enum(['CN']).nullable(),
  closures: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')).max(366),
  extraWorkdays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')).max(366),
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

const officeDay = [{ start: 540, end: 720 }, { start: 810, end: 1080 }];
export const DEFAULT_CALENDAR: CalendarSettings = {
  timeZone: DEFAULT_TIME_ZONE,
  week: [officeDay, officeDay, officeDay, officeDay, officeDay, [], []],
  nationalCalendar: 'CN',
  closures: [],
  extraWorkdays: [],
};

/** Which region tier an address falls in, by GB/T 2260 division code (see libs/regions). */
export const RegionSettings = z.object({
  homeCity: z.string().regex(/^\d{4}$/, 'homeCity is a 4-digit city code'),
  remoteProvinces: z.array(z.string().regex(/^\d{2}$/, 'a province is a 2-digit code')).max(34),
  overrides: z
    .array(z.object({ prefix: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'a prefix is a 2-, 4- or 6-digit code'), tier: RegionTier }))
    .max(500),
});
export type RegionSettings = z.infer<typeof RegionSettings>;
export const DEFAULT_REGIONS: RegionSettings = { homeCity: '3101', remoteProvinces: ['54', '65', '63'], overrides: [] };

export const CommitmentsVersion = z.object({
  version: z.number().int(),
  policy: CommitmentPolicy,
  calendar: CalendarSettings,
  regions: RegionSettings.default(DEFAULT_REGIONS),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type CommitmentsVersion = z.infer<typeof CommitmentsVersion>;

export const NationalCalendarData = z.object({
  country: z.enum(['CN']),
  year: z.number().int().min(2000).max(2100),
  /** A name for the source, e.g. "国办发明电〔2025〕7号". */
  source: z.string().trim().min(1).max(200),
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().max(60)),
  workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().max(60)),
});
export type NationalCalendarData = z.infer<typeof NationalCalendarData>;

export const PublicCommitments = z.object({
  tenant: z.object({ code: z.string(), name: z.string(), hotline: z.string().nullable(), logoUrl: z.string().nullable() }),
  version: z.number().int(),
  policy: CommitmentPolicy,
  calendar: CalendarSettings,
  regions: RegionSettings,
});

export const CommitmentsRpc = {
  current: rpc('tenancy.qry.commitments.current', 'tenant', z.object({}).default({}), CommitmentsVersion),
  history: rpc('tenancy.qry.commitments.history', 'tenant', z.object({}).default({}), z.array(CommitmentsVersion)),
  update: rpc(
    'tenancy.cmd.commitments.update',
    'tenant',
    z.object({ policy: CommitmentPolicy, calendar: CalendarSettings, regions: RegionSettings.optional() }),
    CommitmentsVersion,
  ),
  /** The tier of a division code under the tenant's current regions, e.g. for an address at intake. */
  regionTier: rpc(
    'tenancy.qry.regions.tier',
    'tenant',
    z.object({ divisionCode: z.string().regex(/^\d{2,6}$/, 'divisionCode is a GB/T 2260 code') }),
    z.object({ code: z.string(), path: z.string(), tier: RegionTier }),
  ),
  /** For the public page: no account, by the tenant's code; null for an unknown or suspended tenant. */
  published: rpc('tenancy.qry.commitments.published', 'service', z.object({ tenantCode: z.string().max(32) }), PublicCommitments.nullable()),
  nationalCalendar: rpc('tenancy.qry.national-calendar.get', 'service', z.object({ country: z.enum(['CN']), years: z.array(z.number().int()).max(5) }), z.array(NationalCalendarData)),
  /** When each duration, started at `from`, would fall due in `calendar`: the editor's live preview. */
  preview: rpc(
    'tenancy.qry.commitments.preview',
    'tenant',
    z.object({
      calendar: CalendarSettings,
      from: z.string().datetime({ offset: true, message: 'from must be an ISO date-time' }),
      durations: z.record(z.string().max(40), CommitmentDuration).refine((r) => Object.keys(r).length <= 40, 'at most 40 durations'),
    }),
    z.record(z.string(), z.string()),
  ),
  importNationalCalendar: rpc('tenancy.cmd.national-calendar.import', 'platform', NationalCalendarData, NationalCalendarData),
} as const;

/**
 * A tenant's commitments as services need them to run clocks: the version, and the national calendar
 * years it is counted with. Published when a tenant is created, when its admin publishes a version,
 * and again when a national calendar year is imported.
 */
export const CommitmentsPublished = CommitmentsVersion.extend({ national: z.array(NationalCalendarData) });
export type CommitmentsPublished = z.infer<typeof CommitmentsPublished>;

export const CommitmentEvents = {
  updated: event('tenancy.evt.commitments.updated', TenancyStream.name, CommitmentsPublished),
} as const;
