import { autoReason, noCandidateReason, reasonCode } from './reason';
import {
  availabilityExclusion,
  compareCandidates,
  compareUrgency,
  emptyExclusions,
  firstExclusion,
  jobContext,
  loadPart,
  prepareTechnician,
  resolveOptions,
  scoreOf,
  travelKm,
  type JobContext,
  type PreparedTechnician,
  type ResolvedOptions,
} from './scoring';
import type { DispatchResult, Exclusion, Job, ScoringOptions, Technician } from './types';

/**
 * Assigns a whole queue. Jobs are served most urgent first — emergencies, then the soonest `dueAt`,
 * then job id — so the scarcest capacity goes to the jobs that would breach first. Each job gets the
 * best-ranked eligible technician at that moment (exactly what {@link rankTechnicians} would put first
 * given the loads so far), whose load then grows by one: no technician ever goes past `dailyCapacity`.
 * Jobs left without a candidate are listed with the count each filter left out. The inputs are not
 * modified; the loads after the batch are returned.
 *
 * Technicians are indexed by skill and served region, so each job only looks at technicians who have
 * the skill and serve its division; the other filters' counts come from the index sizes.
 */
export function autoDispatch(
  jobs: readonly Job[],
  technicians: readonly Technician[],
  options?: ScoringOptions,
): DispatchResult {
  return dispatchWith('index', jobs, technicians, options);
}

/**
 * How candidates are found: 'index' (by skill and region, what {@link autoDispatch} uses) or 'scan'
 * (every technician for every job: the straightforward way, kept as a reference for tests and the benchmark).
 * Both give the same result.
 */
export type Strategy = 'index' | 'scan';

/** Technicians by normalised skill, then by canonical region. */
interface SkillEntry {
  /** Technicians with the skill. */
  count: number;
  byRegion: Map<string, PreparedTechnician[]>;
}

function buildIndex(techs: readonly PreparedTechnician[]): Map<string, SkillEntry> {
  const index = new Map<string, SkillEntry>();
  for (const t of techs) {
    for (const skill of t.skills) {
      let entry = index.get(skill);
      if (!entry) index.set(skill, (entry = { count: 0, byRegion: new Map() }));
      entry.count++;
      for (const region of t.regions) {
        const bucket = entry.byRegion.get(region);
        if (bucket) bucket.push(t);
        else entry.byRegion.set(region, [t]);
      }
    }
  }
  return index;
}

/** The running best and the standing of the candidates seen so far, for one job. */
class Scan {
  excluded: Record<Exclusion, number> = emptyExclusions();
  best: PreparedTechnician | null = null;
  bestScore = -Infinity;
  bestKm: number | null = null;
  count = 0;
  nearestKm: number | null = null;
  mostSpare = -Infinity;

  constructor(
    private readonly o: ResolvedOptions,
    private readonly ctx: JobContext,
    private readonly loads: Float64Array,
  ) {}

  /** A technician with the skill and the region: check the rest and score. */
  visit(t: PreparedTechnician): void {
    const load = this.loads[t.index];
    const why = availabilityExclusion(t, this.ctx, load);
    if (why !== null) this.excluded[why]++;
    else this.eligible(t, load);
  }

  /** Any technician: every filter. */
  visitAny(t: PreparedTechnician): void {
    const load = this.loads[t.index];
    const why = firstExclusion(t, this.ctx, load);
    if (why !== null) this.excluded[why]++;
    else this.eligible(t, load);
  }

  private eligible(t: PreparedTechnician, load: number): void {
    const km = travelKm(t, this.ctx);
    const score = scoreOf(this.o, this.ctx, km, load, t.capacity);
    this.count++;
    if (km !== null && (this.nearestKm === null || km < this.nearestKm)) this.nearestKm = km;
    const spare = loadPart(load, t.capacity);
    if (spare > this.mostSpare) this.mostSpare = spare;
    if (this.best === null || compareCandidates(score, km, t, this.bestScore, this.bestKm, this.best) < 0) {
      this.best = t;
      this.bestScore = score;
      this.bestKm = km;
    }
  }
}

/** {@link autoDispatch} with a choice of candidate search. */
export function dispatchWith(
  strategy: Strategy,
  jobs: readonly Job[],
  technicians: readonly Technician[],
  options?: ScoringOptions,
): DispatchResult {
  const o = resolveOptions(options);
  const techs = technicians.map(prepareTechnician);
  const loads = Float64Array.from(technicians, (t) => t.load);
  const index = strategy === 'index' ? buildIndex(techs) : null;
  const order = jobs.map((_, i) => i).sort((a, b) => compareUrgency(jobs[a], a, jobs[b], b));
  const result: DispatchResult = { assignments: [], unassigned: [], loads: {} };

  for (const ji of order) {
    const job = jobs[ji];
    const ctx = jobContext(job, o);
    const scan = new Scan(o, ctx, loads);
    if (index === null) {
      for (const t of techs) scan.visitAny(t);
    } else {
      const entry = index.get(ctx.skill);
      let inRegion = 0;
      if (entry) {
        for (const prefix of ctx.prefixes) {
          const bucket = entry.byRegion.get(prefix);
          if (!bucket) continue;
          inRegion += bucket.length;
          for (const t of bucket) scan.visit(t);
        }
      }
      scan.excluded.SKILL = techs.length - (entry?.count ?? 0);
      scan.excluded.REGION = (entry?.count ?? 0) - inRegion;
    }

    const best = scan.best;
    if (best === null) {
      result.unassigned.push({
        jobId: job.id,
        excluded: scan.excluded,
        reason: noCandidateReason(scan.excluded),
      });
      continue;
    }
    const load = loads[best.index];
    const code = reasonCode(scan.bestKm, loadPart(load, best.capacity), {
      count: scan.count,
      nearestKm: scan.nearestKm,
      mostSpare: scan.mostSpare,
    });
    result.assignments.push({
      jobId: job.id,
      technicianId: best.id,
      score: scan.bestScore,
      distanceKm: scan.bestKm,
      reason: autoReason(scan.bestKm, load, best.capacity, code),
    });
    loads[best.index] = load + 1;
  }
  for (const t of techs) result.loads[t.id] = loads[t.index];
  return result;
}
