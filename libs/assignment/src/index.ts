/**
 * @shouhou/assignment — who should do this job, and why. A pure engine (no I/O) for the dispatch
 * service: hard filters (skill, region, availability, capacity, excluded technicians), a score
 * (SLA urgency, travel distance, load balance), the reason in Chinese and English, batch auto-dispatch
 * of a whole queue, reassignment after a decline or a late arrival, and manual overrides with a reason.
 */
export * from './types';
export { rankTechnicians, reassign, manualAssignment, type ManualAssignment } from './rank';
export { autoDispatch } from './dispatch';
export { distanceKm } from './geo';
export { dutyOn, worksAt, isoWeekday, type Duty } from './calendar';
export { canonicalDivision, normalizeSkill } from './normalize';
export { noCandidateReason } from './reason';
