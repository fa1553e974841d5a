import type { CalendarDefinition, Interval } from './calendar';
import { withNationalCalendar, type NationalCalendar } from './national';
import { WorkingTime } from './working-time';

const MINUTE = 60_000;

export interface Duration {
  amount: number;
  unit: 'MINUTES' | 'HOURS' | 'DAYS';
  basis: 'WORKING' | 'CALENDAR';
}

/** A tenant's calendar settings, as tenancy stores them. */
export interface CalendarSettings {
  timeZone: string;
  week: Interval[][];
  closures: string[];
  extraWorkdays: string[];
}

/** The calendar definition of a tenant: its week, the national days (if it follows them), its own days. */
export function tenantCalendar(settings: CalendarSettings, national: NationalCalendar[]): CalendarDefinition {
  let def: CalendarDefinition = { timeZone: settings.timeZone, week: settings.week };
  const merged: NationalCalendar = {
    country: national[0]?.country ?? '',
    version: national.map((n) => n.version).join('+'),
    holidays: Object.assign({}, ...national.map((n) => n.holidays)),
    workdays: Object.assign({}, ...national.map((n) => n.workdays)),
  };
  def = withNationalCalendar(def, merged, { closures: settings.closures, extraWorkdays: settings.extraWorkdays.map((date) => ({ date })) });
  return def;
}

/** Working minutes in the calendar's standard day (the first weekday with hours): what "1 working day" means. */
export function standardDayMinutes(def: CalendarDefinition): number {
  const day = def.week.find((d) => d.length > 0) ?? [];
  return day.reduce((sum, iv) => sum + iv.end - iv.start, 0);
}

/**
 * When a commitment made at `from` falls due. Calendar time is plain elapsed time; working time is
 * counted in the calendar, a working day being the length of its standard day (3 working days on a
 * 7.5-hour day is 22.5 working hours).
 */
export function commitmentDue(time: WorkingTime, from: number, duration: Duration): number {
  const minutes =
    duration.unit === 'MINUTES'
      ? duration.amount
      : duration.unit === 'HOURS'
        ? duration.amount * 60
        : duration.amount * (duration.basis === 'WORKING' ? standardDayMinutes(time.definition) : 24 * 60);
  return duration.basis === 'CALENDAR' ? from + minutes * MINUTE : time.add(from, minutes * MINUTE);
}
