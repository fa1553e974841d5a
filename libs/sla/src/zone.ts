/**
 * Local wall-clock time ↔ UTC instants in an IANA zone, through Intl (no tz database of our own).
 * Used only while compiling a calendar year, never per computation.
 */
export class Zone {
  private readonly parts: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Milliseconds to add to UTC to get local wall-clock time at `instant`. */
  offset(instant: number): number {
    const p: Record<string, number> = {};
    for (const part of this.parts.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return local - Math.floor(instant / 1000) * 1000;
  }

  /**
   * The instant of a local wall-clock time. In a gap (spring forward) it gives the instant the clock
   * jumps to; in an overlap (fall back) the first of the two.
   */
  toInstant(year: number, month: number, day: number, minutes: number): number {
    const wall = Date.UTC(year, month - 1, day, 0, minutes);
    const first = wall - this.offset(wall);
    const second = wall - this.offset(first);
    if (first === second) return first;
    // The two guesses straddle a transition: keep the one whose wall time matches, else the later.
    return wall - this.offset(Math.min(first, second)) === Math.min(first, second) ? Math.min(first, second) : Math.max(first, second);
  }

  /** The local date (year, month, day, weekday 0=Monday) of an instant. */
  localDate(instant: number): { year: number; month: number; day: number } {
    const t = new Date(instant + this.offset(instant));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
}

export function dateKey(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
