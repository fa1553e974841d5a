import type { WorkingTime } from './working-time';

/** A pause of an SLA clock: waiting for the customer, for parts. `to` is absent while it lasts. */
export interface Pause {
  from: number;
  to?: number;
}

/** A commitment being measured: `targetMs` of working time from `startedAt`, minus pauses. */
export interface Clock {
  startedAt: number;
  targetMs: number;
  pauses?: Pause[];
  /** When the commitment was met (the technician arrived, the customer was called back). */
  stoppedAt?: number;
}

export type ClockState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'PAUSED' | 'MET' | 'MET_LATE';

/**
 * When the clock runs out, or null while it is paused. A pause moves the due time by the working time
 * it covered; a pause that begins after the due time (already breached) moves nothing.
 */
export function dueAt(time: WorkingTime, clock: Clock): number | null {
  const pauses = [...(clock.pauses ?? [])].sort((a, b) => a.from - b.from);
  let due = time.add(clock.startedAt, clock.targetMs);
  for (const pause of pauses) {
    if (pause.from >= due) break;
    if (pause.to === undefined) return null;
    due = time.add(due, time.between(Math.max(pause.from, clock.startedAt), pause.to));
  }
  return due;
}

/** Working time the clock has run by `now`, pauses excluded. */
export function elapsed(time: WorkingTime, clock: Clock, now: number): number {
  const end = Math.min(now, clock.stoppedAt ?? now);
  let paused = 0;
  for (const pause of clock.pauses ?? []) {
    paused += time.between(Math.max(pause.from, clock.startedAt), Math.min(pause.to ?? end, end));
  }
  return Math.max(0, time.between(clock.startedAt, end) - paused);
}

/** Where the clock stands at `now`; at risk once `atRiskRatio` of the target is used (default 80%). */
export function clockState(time: WorkingTime, clock: Clock, now: number, atRiskRatio = 0.8): ClockState {
  const due = dueAt(time, clock);
  if (clock.stoppedAt !== undefined && clock.stoppedAt <= now) {
    return due !== null && clock.stoppedAt > due ? 'MET_LATE' : 'MET';
  }
  if (due === null) return 'PAUSED';
  if (now >= due) return 'BREACHED';
  return elapsed(time, clock, now) >= atRiskRatio * clock.targetMs ? 'AT_RISK' : 'ON_TRACK';
}
