/** WGS-84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** One piece of field work waiting for a technician. */
export interface Job {
  id: string;
  /** Product category or line the work needs, e.g. '家用电器' or 'AC'; matched against technicians' skills (trimmed, case-insensitive). */
  skill: string;
  /**
   * GB/T 2260 county code (6 digits) of the service address. A city- or province-level code (4 or 2
   * digits, or 6 digits padded with zeros such as '440100') is matched at that level only.
   */
  divisionCode: string;
  /** The service address. When unknown, distance is not scored (and the reason says so). */
  location?: GeoPoint | null;
  /** When the technician must arrive at the latest (epoch ms), from the tenant's arrival commitment. */
  dueAt: number;
  /** Emergencies are served before everything else in batch mode. */
  emergency: boolean;
  /** Technicians to leave out: declined it before, or were late on it. */
  excluded?: readonly string[];
  /**
   * When the work is to be done, in the tenant's zone: the agreed appointment, else the day of the
   * decision. Without it technicians' calendars are not consulted.
   */
  when?: ServiceTime;
}

/** A local date and, for an agreed appointment, its window in minutes after local midnight. */
export interface ServiceTime {
  /** 'YYYY-MM-DD' in the tenant's zone. */
  day: string;
  window?: { from: number; to: number };
}

/** A technician's working week, shift and planned absences. */
export interface WorkingCalendar {
  /** ISO weekdays worked: 1 Monday … 7 Sunday. */
  weekdays: readonly number[];
  /** The shift in minutes after local midnight, [from, to). */
  hours: { from: number; to: number };
  /** Planned leave (年假, 病假, training): local dates 'YYYY-MM-DD', both ends included. */
  leave: readonly { from: string; to: string }[];
}

export interface Technician {
  id: string;
  name: string;
  /** Product categories or lines the technician is qualified for. */
  skills: readonly string[];
  /**
   * Division code prefixes (2, 4 or 6 digits) the technician serves: '44' all of Guangdong, '4401'
   * Guangzhou, '440106' Tianhe. '440000' and '440100' are read as '44' and '4401'; anything else that
   * is not a 2-, 4- or 6-digit code serves nowhere.
   */
  regions: readonly string[];
  /** Home base: distances are measured from here. */
  home: GeoPoint;
  /** Jobs the technician can take a day. */
  dailyCapacity: number;
  /** Jobs already assigned today. */
  load: number;
  /** Off duty or on leave right now (the technician's status) → false. */
  available: boolean;
  /** Without one the technician is taken to work every day, all day. */
  calendar?: WorkingCalendar;
}

/**
 * Why a technician cannot take a job: the hard filters, applied in this order. A technician who fails
 * several is counted under the first one, so the counts read as a funnel ("5 lack the skill; of the
 * rest, 3 do not serve the area; …").
 */
export type Exclusion = 'SKILL' | 'REGION' | 'UNAVAILABLE' | 'CAPACITY' | 'EXCLUDED';
export const EXCLUSIONS: readonly Exclusion[] = ['SKILL', 'REGION', 'UNAVAILABLE', 'CAPACITY', 'EXCLUDED'];

/** Each part is in [0, 1], higher is better. */
export interface ScoreParts {
  /**
   * SLA urgency: how comfortably the technician, travelling from home, arrives before `dueAt`:
   * 1 − travel time ÷ time left, clamped to [0, 1]; 0 when the job is already overdue. A job due in a
   * week gives every nearby technician ≈ 1; a job due in an hour gives 0 to anyone an hour away.
   * Without the job's location the travel time counts as 0.
   */
  urgency: number;
  /** 1 at 0 km, falling linearly to 0 at `distanceCeilingKm` (100 km) and beyond; 0 without the job's location. */
  distance: number;
  /** Spare capacity today: 1 − load ÷ dailyCapacity. */
  load: number;
}

export interface Weights {
  urgency: number;
  distance: number;
  load: number;
}

export interface ScoringOptions {
  /** The moment of the decision (epoch ms), for the urgency part. Default `Date.now()`; pass it for reproducible results. */
  now?: number;
  /** Relative weights of the parts (non-negative, not all 0). Default {@link DEFAULT_WEIGHTS}. */
  weights?: Partial<Weights>;
  /** Distance at which the distance part reaches 0. Default 100 km. */
  distanceCeilingKm?: number;
  /** Average travel speed for the urgency part. Default 30 km/h (city traffic). */
  travelSpeedKmh?: number;
}

/** Distance matters most; urgency makes it matter more for jobs due soon; load balance settles near-ties. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({ urgency: 0.25, distance: 0.6, load: 0.15 });

/** The localised sentence shown to dispatchers. */
export interface LocalizedText {
  'zh-CN': string;
  'en-US': string;
}

export type ReasonCode =
  /** The only technician who passed every filter. */
  | 'ONLY_QUALIFIED'
  /** The nearest of the technicians who passed every filter. */
  | 'NEAREST_WITH_CAPACITY'
  /** Not the nearest (or distance unknown), but the most spare capacity today. */
  | 'LEAST_LOADED'
  /** Neither the nearest nor the least loaded, but the best weighted score of distance, urgency and load. */
  | 'BEST_SCORE'
  /** Chosen by a dispatcher, with their reason. */
  | 'MANUAL_OVERRIDE';

/** Why this technician. */
export interface Reason {
  code: ReasonCode;
  /** Distance from the technician's home, rounded to 0.1 km; null when the job's location is unknown. */
  distanceKm: number | null;
  /** Jobs already assigned today, before this one. */
  load: number;
  capacity: number;
  /** Set when the job is being reassigned: whom it is taken from, and why. */
  reassignedFrom?: { technicianId: string; cause: ReassignCause };
  /** Set on a manual override: the hard filters the dispatcher overrode (empty when none). */
  overrides?: Exclusion[];
  text: LocalizedText;
}

/** Why a job has no candidate: how many technicians each filter left out. */
export interface NoCandidateReason {
  code: 'NO_ELIGIBLE_TECHNICIAN';
  excluded: Record<Exclusion, number>;
  text: LocalizedText;
}

export type ReassignCause = 'DECLINED' | 'LATE';

/** A technician who passed every hard filter, with their score for the job. */
export interface Candidate {
  technicianId: string;
  /** Weighted mean of the parts, in [0, 1]; higher is better. */
  score: number;
  /** Great-circle distance from home, km; null when the job's location is unknown. */
  distanceKm: number | null;
  parts: ScoreParts;
  reason: Reason;
}

export interface Ranking {
  /** Best first: score descending, then distance ascending, then technician id. */
  candidates: Candidate[];
  /** How many technicians each filter left out (every technician is counted once). */
  excluded: Record<Exclusion, number>;
  /** Set when there are no candidates. */
  noCandidate?: NoCandidateReason;
}

export interface Assignment {
  jobId: string;
  technicianId: string;
  score: number;
  distanceKm: number | null;
  reason: Reason;
}

export interface Unassigned {
  jobId: string;
  excluded: Record<Exclusion, number>;
  reason: NoCandidateReason;
}

export interface DispatchResult {
  /** In the order they were made: emergencies first, then the soonest `dueAt`, then job id. */
  assignments: Assignment[];
  /** In the same order. */
  unassigned: Unassigned[];
  /** Every technician's load after the batch, by id. */
  loads: Record<string, number>;
}
