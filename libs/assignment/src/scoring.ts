import { isoWeekday, worksAt } from './calendar';
import { haversineKm, isKnownPoint, preparePoint, type PreparedPoint } from './geo';
import { canonicalDivision, canonicalRegions, divisionPrefixes, normalizeSkill } from './normalize';
import {
  DEFAULT_WEIGHTS,
  type Exclusion,
  type Job,
  type ScoreParts,
  type ScoringOptions,
  type ServiceTime,
  type Technician,
  type WorkingCalendar,
} from './types';

/** Options with defaults applied and checked. */
export interface ResolvedOptions {
  now: number;
  urgency: number;
  distance: number;
  load: number;
  weightSum: number;
  ceilingKm: number;
  kmPerMs: number;
}

export function resolveOptions(options: ScoringOptions = {}): ResolvedOptions {
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  for (const [name, value] of Object.entries(w)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new RangeError(`weight ${name} must be a finite number ≥ 0, got ${value}`);
  }
  const weightSum = w.urgency + w.distance + w.load;
  if (!(weightSum > 0)) throw new RangeError('at least one weight must be > 0');
  const ceilingKm = options.distanceCeilingKm ?? 100;
  if (!(Number.isFinite(ceilingKm) && ceilingKm > 0))
    throw new RangeError(`distanceCeilingKm must be > 0, got ${ceilingKm}`);
  const speed = options.travelSpeedKmh ?? 30;
  if (!(Number.isFinite(speed) && speed > 0))
    throw new RangeError(`travelSpeedKmh must be > 0, got ${speed}`);
  const now = options.now ?? Date.now();
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite epoch ms, got ${now}`);
  return {
    now,
    urgency: w.urgency,
    distance: w.distance,
    load: w.load,
    weightSum,
    ceilingKm,
    kmPerMs: speed / 3_600_000,
  };
}

/** A technician in the form the filters and the score read. */
export interface PreparedTechnician {
  /** Position in the caller's array. */
  index: number;
  id: string;
  source: Technician;
  skills: ReadonlySet<string>;
  /** Canonical, minimal (see {@link canonicalRegions}). */
  regions: readonly string[];
  home: PreparedPoint;
  capacity: number;
  available: boolean;
  calendar: WorkingCalendar | null;
}

export function prepareTechnician(t: Technician, index: number): PreparedTechnician {
  return {
    index,
    id: t.id,
    source: t,
    skills: new Set(t.skills.map(normalizeSkill)),
    regions: canonicalRegions(t.regions),
    home: preparePoint(t.home),
    capacity: t.dailyCapacity,
    available: t.available,
    calendar: t.calendar ?? null,
  };
}

/** A job in the form the filters and the score read. */
export interface JobContext {
  job: Job;
  skill: string;
  /** Canonical division code ('' when malformed: no technician serves it). */
  division: string;
  /** Its 2-, 4- and 6-digit prefixes: a technician serves the job when one of their regions is one of these. */
  prefixes: string[];
  location: PreparedPoint | null;
  /** dueAt − now, ms. */
  timeLeftMs: number;
  excluded: ReadonlySet<string> | null;
  /** The job's time with its weekday worked out once (batch dispatch checks it against every technician). */
  when: { time: ServiceTime; weekday: number } | null;
}

export function jobContext(job: Job, o: ResolvedOptions): JobContext {
  const division = canonicalDivision(job.divisionCode);
  return {
    job,
    skill: normalizeSkill(job.skill),
    division,
    prefixes: divisionPrefixes(division),
    location: isKnownPoint(job.location) ? preparePoint(job.location) : null,
    timeLeftMs: job.dueAt - o.now,
    excluded: job.excluded && job.excluded.length > 0 ? new Set(job.excluded) : null,
    when: job.when ? { time: job.when, weekday: isoWeekday(job.when.day) } : null,
  };
}

/** Available now and, when the job has a time, working then by their calendar. */
function onDuty(t: PreparedTechnician, ctx: JobContext): boolean {
  if (!t.available) return false;
  if (t.calendar === null || ctx.when === null) return true;
  return worksAt(t.calendar, ctx.when.time, ctx.when.weekday);
}

export function servesRegion(t: PreparedTechnician, ctx: JobContext): boolean {
  return ctx.division !== '' && t.regions.some((r) => ctx.division.startsWith(r));
}

/**
 * The first hard filter the technician fails for the job at the given load, or null when eligible.
 * Order: skill, region, availability, capacity (`load < dailyCapacity`), the job's excluded list.
 */
export function firstExclusion(t: PreparedTechnician, ctx: JobContext, load: number): Exclusion | null {
  if (!t.skills.has(ctx.skill)) return 'SKILL';
  if (!servesRegion(t, ctx)) return 'REGION';
  return availabilityExclusion(t, ctx, load);
}

/** The last three filters, for technicians already known to have the skill and serve the region. */
export function availabilityExclusion(
  t: PreparedTechnician,
  ctx: JobContext,
  load: number,
): Exclusion | null {
  if (!onDuty(t, ctx)) return 'UNAVAILABLE';
  if (!(load < t.capacity)) return 'CAPACITY';
  if (ctx.excluded !== null && ctx.excluded.has(t.id)) return 'EXCLUDED';
  return null;
}

/** Every hard filter the technician fails (for manual overrides). */
export function allExclusions(t: PreparedTechnician, ctx: JobContext, load: number): Exclusion[] {
  const out: Exclusion[] = [];
  if (!t.skills.has(ctx.skill)) out.push('SKILL');
  if (!servesRegion(t, ctx)) out.push('REGION');
  if (!onDuty(t, ctx)) out.push('UNAVAILABLE');
  if (!(load < t.capacity)) out.push('CAPACITY');
  if (ctx.excluded !== null && ctx.excluded.has(t.id)) out.push('EXCLUDED');
  return out;
}

export function emptyExclusions(): Record<Exclusion, number> {
  return { SKILL: 0, REGION: 0, UNAVAILABLE: 0, CAPACITY: 0, EXCLUDED: 0 };
}

/** km from the technician's home to the job, or null when the job's location is unknown. */
export function travelKm(t: PreparedTechnician, ctx: JobContext): number | null {
  return ctx.location === null ? null : haversineKm(t.home, ctx.location);
}

export function urgencyPart(o: ResolvedOptions, ctx: JobContext, km: number | null): number {
  if (!(ctx.timeLeftMs > 0)) return 0;
  if (km === null) return 1;
  const u = 1 - km / o.kmPerMs / ctx.timeLeftMs;
  return u > 0 ? u : 0;
}

export function distancePart(o: ResolvedOptions, km: number | null): number {
  if (km === null) return 0;
  return km >= o.ceilingKm ? 0 : 1 - km / o.ceilingKm;
}

export function loadPart(load: number, capacity: number): number {
  return capacity > 0 ? 1 - load / capacity : 0;
}

/** The weighted mean of the parts, in [0, 1]. Every path (ranking, batch, override) scores through here. */
export function scoreOf(
  o: ResolvedOptions,
  ctx: JobContext,
  km: number | null,
  load: number,
  capacity: number,
): number {
  return (
    (o.urgency * urgencyPart(o, ctx, km) +
      o.distance * distancePart(o, km) +
      o.load * loadPart(load, capacity)) /
    o.weightSum
  );
}

export function partsOf(
  o: ResolvedOptions,
  ctx: JobContext,
  km: number | null,
  load: number,
  capacity: number,
): ScoreParts {
  return { urgency: urgencyPart(o, ctx, km), distance: distancePart(o, km), load: loadPart(load, capacity) };
}

/** Code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Candidate order, best first: higher score, then shorter distance, then technician id, then the
 * caller's order (only for duplicate ids).
 */
export function compareCandidates(
  aScore: number,
  aKm: number | null,
  a: PreparedTechnician,
  bScore: number,
  bKm: number | null,
  b: PreparedTechnician,
): number {
  if (aScore !== bScore) return bScore - aScore;
  if (aKm !== null && bKm !== null && aKm !== bKm) return aKm - bKm;
  return compareIds(a.id, b.id) || a.index - b.index;
}

/** Batch order: emergencies first, then the soonest dueAt, then job id, then the caller's order. */
export function compareUrgency(a: Job, ai: number, b: Job, bi: number): number {
  if (a.emergency !== b.emergency) return a.emergency ? -1 : 1;
  const ad = Number.isFinite(a.dueAt) ? a.dueAt : Infinity;
  const bd = Number.isFinite(b.dueAt) ? b.dueAt : Infinity;
  if (ad !== bd) return ad < bd ? -1 : 1;
  return compareIds(a.id, b.id) || ai - bi;
}
