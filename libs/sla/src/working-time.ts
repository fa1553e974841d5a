import { validateCalendar, type CalendarDefinition, type Interval } from './calendar';
import { dateKey, Zone } from './zone';

/** One local year's working intervals as UTC instants, with the working time before each. */
interface Year {
  start: number;
  end: number;
  starts: Float64Array;
  ends: Float64Array;
  /** Working milliseconds in this year before interval i. */
  before: Float64Array;
  total: number;
}

export class CalendarError extends Error {}

const MAX_EMPTY_YEARS = 5;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Working-time arithmetic on a compiled calendar. Each local year is compiled once into sorted UTC
 * intervals with prefix sums, so adding a duration or measuring between two instants is a couple of
 * binary searches (plus one step per year boundary crossed), whatever the horizon.
 */
export class WorkingTime {
  private readonly zone: Zone;
  private readonly years = new Map<number, Year>();
  private readonly daysOff: Set<string>;
  private readonly extra: Map<string, Interval[]>;

  constructor(readonly definition: CalendarDefinition) {
    const issues = validateCalendar(definition);
    if (issues.length) throw new CalendarError(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.zone = new Zone(definition.timeZone);
    this.daysOff = new Set(definition.daysOff ?? []);
    const standard = definition.week.find((d) => d.length > 0) ?? [];
    this.extra = new Map((definition.extraWorkdays ?? []).map((d) => [d.date, d.intervals ?? standard]));
  }

  /** The earliest instant at which `durationMs` of working time has passed since `from`. */
  add(from: number, durationMs: number): number {
    if (!(durationMs > 0)) return from;
    let remaining = durationMs;
    let year = this.yearOf(from);
    let cursor = from;
    let empty = 0;
    for (;;) {
      const y = this.year(year);
      const done = this.workedInYearBefore(y, cursor);
      const available = y.total - done;
      if (remaining <= available) return this.instantAt(y, done + remaining);
      remaining -= available;
      empty = available > 0 ? 0 : empty + 1;
      if (empty > MAX_EMPTY_YEARS) throw new CalendarError('the calendar has no working time ahead');
      year += 1;
      cursor = this.year(year).start;
    }
  }

  /** Working milliseconds between two instants; 0 when `to` is not after `from`. */
  between(from: number, to: number): number {
    if (!(to > from)) return 0;
    const first = this.yearOf(from);
    const last = this.yearOf(to);
    let sum = 0;
    for (let year = first; year <= last; year += 1) {
      const y = this.year(year);
      const a = year === first ? this.workedInYearBefore(y, from) : 0;
      const b = year === last ? this.workedInYearBefore(y, to) : y.total;
      sum += b - a;
    }
    return sum;
  }

  /** Whether `instant` falls in working time. */
  isWorking(instant: number): boolean {
    const y = this.year(this.yearOf(instant));
    const i = upperBound(y.starts, instant) - 1;
    return i >= 0 && instant < y.ends[i];
  }

  /** Working time in `y` from its start up to `t`. */
  private workedInYearBefore(y: Year, t: number): number {
    if (t <= y.start) return 0;
    if (t >= y.end) return y.total;
    const i = upperBound(y.starts, t) - 1; // last interval starting at or before t
    if (i < 0) return 0;
    return y.before[i] + Math.min(t, y.ends[i]) - y.starts[i];
  }

  /** The instant in `y` at which `worked` milliseconds of its working time have passed. */
  private instantAt(y: Year, worked: number): number {
    // Last interval whose working time begins strictly before `worked` (ends at exactly `worked` if 0 left).
    let lo = 0;
    let hi = y.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (y.before[mid] < worked) lo = mid;
      else hi = mid - 1;
    }
    return y.starts[lo] + (worked - y.before[lo]);
  }

  /** The local year of an instant: from the compiled years' bounds when one holds it (no Intl call). */
  private yearOf(instant: number): number {
    for (const [year, y] of this.years) if (instant >= y.start && instant < y.end) return year;
    return this.zone.localDate(instant).year;
  }

  private year(year: number): Year {
    let y = this.years.get(year);
    if (!y) {
      y = this.compile(year);
      this.years.set(year, y);
    }
    return y;
  }

  private compile(year: number): Year {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let month = 1; month <= 12; month += 1) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      for (let day = 1; day <= days; day += 1) {
        const intervals = this.intervalsOn(year, month, day);
        if (intervals.length === 0) continue;
        const dayStart = this.zone.toInstant(year, month, day, 0);
        const nextDay = this.zone.toInstant(year, month, day + 1, 0);
        const ranges =
          this.zone.offset(dayStart) === this.zone.offset(nextDay - 1)
            ? intervals.map((iv) => [dayStart + iv.start * MINUTE, dayStart + iv.end * MINUTE] as const)
            : this.transitionDayRanges(intervals, dayStart, nextDay);
        for (const [s, e] of ranges) {
          if (e <= s) continue;
          // Touching intervals (23:00–24:00 then 00:00–…) become one.
          if (ends.length && ends[ends.length - 1] === s) ends[ends.length - 1] = e;
          else {
            starts.push(s);
            ends.push(e);
          }
        }
      }
    }
    const before = new Float64Array(starts.length);
    let total = 0;
    for (let i = 0; i < starts.length; i += 1) {
      before[i] = total;
      total += ends[i] - starts[i];
    }
    return {
      start: this.zone.toInstant(year, 1, 1, 0),
      end: this.zone.toInstant(year + 1, 1, 1, 0),
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      before,
      total,
    };
  }

  /**
   * On a day the clocks change, wall-clock hours do not map to one stretch of time each: after a fall
   * back, 01:00–01:15 happens twice (and is worked twice); after a spring forward, 02:xx never happens.
   * Such days (two a year, in zones that have them) are read minute by minute.
   */
  private transitionDayRanges(intervals: Interval[], dayStart: number, nextDay: number): (readonly [number, number])[] {
    const ranges: [number, number][] = [];
    for (let t = dayStart; t < nextDay; t += MINUTE) {
      const wall = Math.floor((((t + this.zone.offset(t)) % DAY) + DAY) % DAY / MINUTE);
      if (!intervals.some((iv) => wall >= iv.start && wall < iv.end)) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === t) last[1] = t + MINUTE;
      else ranges.push([t, t + MINUTE]);
    }
    return ranges;
  }

  private intervalsOn(year: number, month: number, day: number): Interval[] {
    const key = dateKey(year, month, day);
    const extra = this.extra.get(key);
    if (extra) return sorted(extra);
    if (this.daysOff.has(key)) return [];
    const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
    return sorted(this.definition.week[weekday]);
  }
}

const sorted = (intervals: Interval[]) => [...intervals].sort((a, b) => a.start - b.start);

/** Index of the first element greater than `value`. */
function upperBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
