import {
  asReassignment,
  autoReason,
  manualReason,
  noCandidateReason,
  reasonCode,
  type Standing,
} from './reason';
import {
  allExclusions,
  compareCandidates,
  emptyExclusions,
  firstExclusion,
  jobContext,
  loadPart,
  partsOf,
  prepareTechnician,
  resolveOptions,
  scoreOf,
  travelKm,
  type PreparedTechnician,
} from './scoring';
import type {
  Candidate,
  Exclusion,
  Job,
  Ranking,
  ReassignCause,
  Reason,
  ScoreParts,
  ScoringOptions,
  Technician,
} from './types';

/**
 * Every technician who passes the hard filters for the job, best first, each with a score and the
 * reason in both languages; and how many each filter left out. Technicians' `load` is read as is.
 */
export function rankTechnicians(
  job: Job,
  technicians: readonly Technician[],
  options?: ScoringOptions,
): Ranking {
  const o = resolveOptions(options);
  const ctx = jobContext(job, o);
  const excluded = emptyExclusions();
  const eligible: { t: PreparedTechnician; km: number | null; score: number }[] = [];
  technicians.forEach((tech, i) => {
    const t = prepareTechnician(tech, i);
    const why = firstExclusion(t, ctx, tech.load);
    if (why !== null) {
      excluded[why]++;
      return;
    }
    const km = travelKm(t, ctx);
    eligible.push({ t, km, score: scoreOf(o, ctx, km, tech.load, t.capacity) });
  });
  eligible.sort((a, b) => compareCandidates(a.score, a.km, a.t, b.score, b.km, b.t));

  const standing: Standing = { count: eligible.length, nearestKm: null, mostSpare: -Infinity };
  for (const e of eligible) {
    if (e.km !== null && (standing.nearestKm === null || e.km < standing.nearestKm))
      standing.nearestKm = e.km;
    const spare = loadPart(e.t.source.load, e.t.capacity);
    if (spare > standing.mostSpare) standing.mostSpare = spare;
  }
  const candidates = eligible.map(({ t, km, score }): Candidate => {
    const load = t.source.load;
    const code = reasonCode(km, loadPart(load, t.capacity), standing);
    return {
      technicianId: t.id,
      score,
      distanceKm: km,
      parts: partsOf(o, ctx, km, load, t.capacity),
      reason: autoReason(km, load, t.capacity, code),
    };
  });
  return candidates.length
    ? { candidates, excluded }
    : { candidates, excluded, noCandidate: noCandidateReason(excluded) };
}

/**
 * A job whose technician declined it or was late on it: that technician joins the job's excluded list
 * and the rest are ranked again; every candidate's reason says whom the job is taken from and why.
 * The technicians' `load` is read as given: if the previous technician's load still counts this job,
 * lower it before calling.
 */
export function reassign(
  job: Job,
  previousTechnicianId: string,
  cause: ReassignCause,
  technicians: readonly Technician[],
  options?: ScoringOptions,
): Ranking & { job: Job } {
  const excludedIds = job.excluded ?? [];
  const next: Job = {
    ...job,
    excluded: excludedIds.includes(previousTechnicianId)
      ? [...excludedIds]
      : [...excludedIds, previousTechnicianId],
  };
  const ranking = rankTechnicians(next, technicians, options);
  return {
    ...ranking,
    job: next,
    candidates: ranking.candidates.map((c) => ({
      ...c,
      reason: asReassignment(c.reason, previousTechnicianId, cause),
    })),
  };
}

/** A dispatcher's choice: the technician they picked, scored like any other, and what it overrides. */
export interface ManualAssignment {
  technicianId: string;
  score: number;
  distanceKm: number | null;
  parts: ScoreParts;
  /** Every hard filter the choice fails (empty when the technician would have been eligible anyway). */
  violations: Exclusion[];
  /** Code MANUAL_OVERRIDE; the text quotes the dispatcher's note and names the overridden filters. */
  reason: Reason;
}

/**
 * Records a dispatcher's choice with their reason. The engine does not refuse it: `violations` lists
 * the hard filters it breaks, for the service to refuse or to ask for confirmation as its policy says.
 * Throws a RangeError when the note is empty.
 */
export function manualAssignment(
  job: Job,
  technician: Technician,
  note: string,
  options?: ScoringOptions,
): ManualAssignment {
  const text = note.trim();
  if (!text) throw new RangeError('a manual assignment needs a reason');
  const o = resolveOptions(options);
  const ctx = jobContext(job, o);
  const t = prepareTechnician(technician, 0);
  const km = travelKm(t, ctx);
  const violations = allExclusions(t, ctx, technician.load);
  return {
    technicianId: t.id,
    score: scoreOf(o, ctx, km, technician.load, t.capacity),
    distanceKm: km,
    parts: partsOf(o, ctx, km, technician.load, t.capacity),
    violations,
    reason: manualReason(text, km, technician.load, t.capacity, violations),
  };
}
