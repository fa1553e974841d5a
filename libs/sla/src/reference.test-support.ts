import type { CalendarDefinition } from './calendar';

const MINUTE = 60_000;

/**
 * The straightforward reference the compiled calendar is checked against: look at each minute's local
 * wall-clock time and ask the definition whether it is worked. Slow, obviously right.
 */
export class MinuteReference {
  private readonly format: Intl.DateTimeFormat;
  private readonly slots = new Map<number, boolean>();

  constructor(private readonly def: CalendarDefinition) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: def.timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: 'numeric', weekday: 'short',
    });
  }

  isWorkingMinute(instant: number): boolean {
    // Calendars in the tests use quarter hours and zones with quarter-hour offsets: one answer per quarter.
    const slot = Math.floor(instant / (15 * MINUTE));
    let working = this.slots.get(slot);
    if (working === undefined) {
      working = this.compute(slot * 15 * MINUTE);
      this.slots.set(slot, working);
    }
    return working;
  }

  add(from: number, minutes: number): number {
    let t = from;
    let left = minutes;
    while (left > 0) {
      if (this.isWorkingMinute(t)) left -= 1;
      t += MINUTE;
    }
    return t;
  }

  between(from: number, to: number): number {
    let n = 0;
    for (let t = from; t < to; t += MINUTE) if (this.isWorkingMinute(t)) n += 1;
    return n;
  }

  private compute(instant: number): boolean {
    const p: Record<string, string> = {};
    for (const part of this.format.formatToParts(instant)) p[part.type] = part.value;
    const date = `${p.year}-${p.month}-${p.day}`;
    const minuteOfDay = Number(p.hour) * 60 + Number(p.minute);
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday);
    const extra = this.def.extraWorkdays?.find((d) => d.date === date);
    const intervals = extra
      ? (extra.intervals ?? this.def.week.find((d) => d.length > 0) ?? [])
      : this.def.daysOff?.includes(date)
        ? []
        : this.def.week[weekday];
    return intervals.some((iv) => minuteOfDay >= iv.start && minuteOfDay < iv.end);
  }
}
