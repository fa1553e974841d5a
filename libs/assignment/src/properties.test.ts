import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoDispatch, dispatchWith } from './dispatch';
import { rankTechnicians } from './rank';
import { HOUR, NOW } from './fixtures.test-support';
import type { DispatchResult, GeoPoint, Job, Technician } from './types';

/*
 * Random queues and crews, checked against the rules written out independently here: the hard
 * filters, the batch order, capacity, and "the best-scored eligible technician at that moment".
 */

const SKILLS = ['AC', 'ac ', '冰箱', '洗衣机'];
const JOB_DIVISIONS = ['440106', '440104', '440303', '320102', '440100', '4403', 'bad'];
const REGIONS = ['44', '4401', '4403', '440106', '440104', '32', '3201', '320102', '440000', '440100', 'bad'];
const TECH_IDS = Array.from({ length: 14 }, (_, i) => `t${i}`);
const PLACES: GeoPoint[] = [
  { lat: 23.125, lng: 113.361 },
  { lat: 23.2, lng: 113.3 },
  { lat: 22.54, lng: 114.06 },
];

const point = fc.oneof(
  fc.constantFrom(...PLACES),
  fc.record({
    lat: fc.double({ min: 22, max: 24, noNaN: true }),
    lng: fc.double({ min: 113, max: 115, noNaN: true }),
  }),
);

const technicians: fc.Arbitrary<Technician[]> = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...TECH_IDS),
    name: fc.constant('技术员'),
    skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 3 }),
    regions: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 3 }),
    home: point,
    dailyCapacity: fc.integer({ min: 0, max: 4 }),
    load: fc.integer({ min: 0, max: 5 }),
    available: fc.boolean(),
  }),
  { selector: (t) => t.id, maxLength: TECH_IDS.length },
);

const jobs: fc.Arbitrary<Job[]> = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 999 }).map((n) => `j${n}`),
    skill: fc.constantFrom(...SKILLS),
    divisionCode: fc.constantFrom(...JOB_DIVISIONS),
    location: fc.option(point, { freq: 5 }),
    dueAt: fc.integer({ min: -2 * HOUR, max: 72 * HOUR }).map((d) => NOW + d),
    emergency: fc.boolean(),
    excluded: fc.uniqueArray(fc.constantFrom(...TECH_IDS), { maxLength: 3 }),
  }),
  { selector: (j) => j.id, maxLength: 40 },
);

const options = fc.record({
  now: fc.constant(NOW),
  weights: fc.oneof(
    fc.constant(undefined),
    // load alone: many equal scores, so the distance and id tie-breaks show
    fc.constant({ urgency: 0, distance: 0, load: 1 }),
    fc.record({
      urgency: fc.integer({ min: 0, max: 3 }),
      distance: fc.integer({ min: 0, max: 3 }),
      load: fc.integer({ min: 1, max: 3 }),
    }),
  ),
});

// ---- the rules, written out independently of the engine ----
const skillOf = (s: string) => s.normalize('NFKC').trim().toLowerCase();
function canonical(code: string): string {
  let c = code.trim();
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(c)) return '';
  while (c.length > 2 && c.endsWith('00')) c = c.slice(0, -2);
  return c;
}
function eligible(job: Job, t: Technician, load: number): boolean {
  const division = canonical(job.divisionCode);
  return (
    t.skills.some((s) => skillOf(s) === skillOf(job.skill)) &&
    division !== '' &&
    t.regions.some((r) => canonical(r) !== '' && division.startsWith(canonical(r))) &&
    t.available &&
    load < t.dailyCapacity &&
    !(job.excluded ?? []).includes(t.id)
  );
}
function batchOrder(js: Job[]): Job[] {
  return [...js].sort(
    (a, b) =>
      (a.emergency === b.emergency ? 0 : a.emergency ? -1 : 1) ||
      a.dueAt - b.dueAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Walks the batch in its documented order, calling `check` with the loads just before each job. */
function replay(
  js: Job[],
  ts: Technician[],
  r: DispatchResult,
  check: (job: Job, loads: Map<string, number>) => void,
) {
  const byJob = new Map(r.assignments.map((a) => [a.jobId, a]));
  const loads = new Map(ts.map((t) => [t.id, t.load]));
  for (const job of batchOrder(js)) {
    check(job, loads);
    const a = byJob.get(job.id);
    if (a) loads.set(a.technicianId, loads.get(a.technicianId)! + 1);
  }
}

const RUNS = { numRuns: 300 };

describe('autoDispatch properties', () => {
  it('every job is either assigned or unassigned, once, in the batch order', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        const order = batchOrder(js).map((j) => j.id);
        const assigned = r.assignments.map((a) => a.jobId);
        const unassigned = r.unassigned.map((u) => u.jobId);
        expect([...assigned, ...unassigned].sort()).toEqual(js.map((j) => j.id).sort());
        expect(assigned).toEqual(order.filter((id) => assigned.includes(id)));
        expect(unassigned).toEqual(order.filter((id) => unassigned.includes(id)));
      }),
      RUNS,
    );
  });

  it('no assignment violates a hard filter, given the loads at that moment', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        const byJob = new Map(r.assignments.map((a) => [a.jobId, a]));
        replay(js, ts, r, (job, loads) => {
          const a = byJob.get(job.id);
          if (!a) return;
          const t = ts.find((x) => x.id === a.technicianId)!;
          expect(eligible(job, t, loads.get(t.id)!)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('no technician goes past capacity, and the returned loads count the assignments', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        for (const t of ts) {
          const given = r.assignments.filter((a) => a.technicianId === t.id).length;
          if (given > 0) expect(t.load + given).toBeLessThanOrEqual(t.dailyCapacity);
          expect(r.loads[t.id]).toBe(t.load + given);
        }
      }),
      RUNS,
    );
  });

  it('every unassigned job truly had no eligible technician left at the time, and the counts say why', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        const unassigned = new Map(r.unassigned.map((u) => [u.jobId, u]));
        replay(js, ts, r, (job, loads) => {
          const u = unassigned.get(job.id);
          if (!u) return;
          expect(ts.filter((t) => eligible(job, t, loads.get(t.id)!))).toEqual([]);
          expect(Object.values(u.excluded).reduce((s, n) => s + n, 0)).toBe(ts.length);
          const noSkill = ts.filter((t) => !t.skills.some((s) => skillOf(s) === skillOf(job.skill))).length;
          expect(u.excluded.SKILL).toBe(noSkill);
          expect(u.reason.excluded).toEqual(u.excluded);
        });
      }),
      RUNS,
    );
  });

  it('the chosen technician has the best score among the eligible ones at that moment (ties: nearest, then id)', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        const byJob = new Map(r.assignments.map((a) => [a.jobId, a]));
        replay(js, ts, r, (job, loads) => {
          const a = byJob.get(job.id);
          if (!a) return;
          const now = ts.map((t) => ({ ...t, load: loads.get(t.id)! }));
          const ranking = rankTechnicians(job, now, o);
          expect(ranking.candidates.map((c) => c.technicianId).sort()).toEqual(
            now
              .filter((t) => eligible(job, t, t.load))
              .map((t) => t.id)
              .sort(),
          );
          const top = ranking.candidates[0];
          expect(a.technicianId).toBe(top.technicianId);
          expect(a.score).toBe(top.score);
          expect(a.reason).toEqual(top.reason);
          for (const c of ranking.candidates) {
            expect(c.score).toBeLessThanOrEqual(a.score);
            if (c.score === a.score && c.distanceKm !== null)
              expect(c.distanceKm).toBeGreaterThanOrEqual(a.distanceKm!);
            if (c.score === a.score && c.distanceKm === a.distanceKm)
              expect(c.technicianId >= a.technicianId).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same result, whatever the order of the input arrays', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        const r = autoDispatch(js, ts, o);
        expect(autoDispatch(structuredClone(js), structuredClone(ts), o)).toEqual(r);
        expect(autoDispatch([...js].reverse(), [...ts].reverse(), o)).toEqual(r);
      }),
      RUNS,
    );
  });

  it('the index gives exactly what a full scan of every technician gives', () => {
    fc.assert(
      fc.property(jobs, technicians, options, (js, ts, o) => {
        expect(dispatchWith('index', js, ts, o)).toEqual(dispatchWith('scan', js, ts, o));
      }),
      RUNS,
    );
  });
});
