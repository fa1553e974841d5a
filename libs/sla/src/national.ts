import type { CalendarDefinition } from './calendar';

/**
 * A country's official calendar for some years, as published (for China: the State Council's yearly
 * notice of holidays and make-up workdays, 调休). Data, versioned: a new year's notice is a new version,
 * never a code change.
 */
export interface NationalCalendar {
  country: string;
  version: string;
  /** Local dates off work, with the holiday's name. */
  holidays: Record<string, string>;
  /** Local dates that are workdays although they fall on a weekend (调休 make-up days). */
  workdays: Record<string, string>;
}

/**
 * A tenant's calendar: its weekly hours, the national holidays and make-up days, then its own closures
 * and extra workdays (which win over the national data).
 */
export function withNationalCalendar(
  base: CalendarDefinition,
  national: NationalCalendar,
  tenant: { closures?: string[]; extraWorkdays?: CalendarDefinition['extraWorkdays'] } = {},
): CalendarDefinition {
  const closures = new Set(tenant.closures ?? []);
  const extra = new Map((tenant.extraWorkdays ?? []).map((d) => [d.date, d]));
  for (const date of Object.keys(national.workdays)) if (!closures.has(date) && !extra.has(date)) extra.set(date, { date });
  const daysOff = new Set([...(base.daysOff ?? []), ...Object.keys(national.holidays), ...closures]);
  for (const date of extra.keys()) daysOff.delete(date);
  return { ...base, daysOff: [...daysOff].sort(), extraWorkdays: [...(base.extraWorkdays ?? []), ...extra.values()] };
}
