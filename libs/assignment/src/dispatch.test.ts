import { describe, expect, it } from 'vitest';
import { autoDispatch, dispatchWith } from './dispatch';
import { HOUR, NOW, TIANHE, job, north, tech } from './fixtures.test-support';

const opts = { now: NOW };

describe('autoDispatch', () => {
  it('serves emergencies first, then the soonest due, then by job id', () => {
    const jobs = [
      job('later', { dueAt: NOW + 48 * HOUR }),
      job('b-soon', { dueAt: NOW + 4 * HOUR }),
      job('emergency-late', { dueAt: NOW + 72 * HOUR, emergency: true }),
      job('a-soon', { dueAt: NOW + 4 * HOUR }),
      job('emergency-soon', { dueAt: NOW + 2 * HOUR, emergency: true }),
    ];
    const r = autoDispatch(jobs, [tech('t', { dailyCapacity: 10 })], opts);
    expect(r.assignments.map((a) => a.jobId)).toEqual([
      'emergency-soon',
      'emergency-late',
      'a-soon',
      'b-soon',
      'later',
    ]);
  });

  it('gives the scarce capacity to the jobs that would breach first', () => {
    const jobs = [
      job('next-week', { dueAt: NOW + 7 * 24 * HOUR }),
      job('in-2h', { dueAt: NOW + 2 * HOUR }),
      job('emergency', { dueAt: NOW + 12 * HOUR, emergency: true }),
    ];
    const r = autoDispatch(jobs, [tech('only', { load: 6, dailyCapacity: 8 })], opts);
    expect(r.assignments.map((a) => a.jobId)).toEqual(['emergency', 'in-2h']);
    expect(r.unassigned).toEqual([
      {
        jobId: 'next-week',
        excluded: { SKILL: 0, REGION: 0, UNAVAILABLE: 0, CAPACITY: 1, EXCLUDED: 0 },
        reason: expect.objectContaining({
          text: {
            'zh-CN': '无可派技术员：1 人今日已满',
            'en-US': 'no eligible technician: 1 at capacity today',
          },
        }),
      },
    ]);
    expect(r.loads).toEqual({ only: 8 });
  });

  it('updates loads as it goes, so the work spreads and capacity is never exceeded', () => {
    const techs = [
      tech('near', { home: north(TIANHE, 1), dailyCapacity: 2 }),
      tech('mid', { home: north(TIANHE, 5), dailyCapacity: 2 }),
      tech('far', { home: north(TIANHE, 30), dailyCapacity: 1 }),
    ];
    const jobs = Array.from({ length: 7 }, (_, i) => job(`j${i}`, { dueAt: NOW + (i + 1) * HOUR * 24 }));
    const r = autoDispatch(jobs, techs, opts);
    expect(r.assignments.map((a) => `${a.jobId}→${a.technicianId}`)).toEqual([
      'j0→near',
      'j1→mid',
      'j2→near',
      'j3→mid',
      'j4→far',
    ]);
    expect(r.assignments.map((a) => a.reason.load)).toEqual([0, 0, 1, 1, 0]);
    expect(r.unassigned.map((u) => u.jobId)).toEqual(['j5', 'j6']);
    expect(r.loads).toEqual({ near: 2, mid: 2, far: 1 });
  });

  it('breaks ties by technician id, whatever the input order', () => {
    const jobs = [job('j1'), job('j2'), job('j3')];
    const techs = [
      tech('c', { dailyCapacity: 1 }),
      tech('a', { dailyCapacity: 1 }),
      tech('b', { dailyCapacity: 1 }),
    ];
    const r = autoDispatch(jobs, techs, opts);
    expect(r.assignments.map((a) => a.technicianId)).toEqual(['a', 'b', 'c']);
    expect(autoDispatch([...jobs].reverse(), [...techs].reverse(), opts)).toEqual(r);
  });

  it('respects each job’s excluded technicians and other filters', () => {
    const techs = [tech('a'), tech('fridge', { skills: ['冰箱'] }), tech('sz', { regions: ['4403'] })];
    const r = autoDispatch(
      [
        job('ac', { excluded: ['a'] }),
        job('fridge', { skill: '冰箱' }),
        job('sz', { divisionCode: '440304' }),
      ],
      techs,
      opts,
    );
    expect(r.assignments.map((a) => `${a.jobId}→${a.technicianId}`).sort()).toEqual([
      'fridge→fridge',
      'sz→sz',
    ]);
    expect(r.unassigned).toEqual([
      expect.objectContaining({
        jobId: 'ac',
        excluded: { SKILL: 1, REGION: 1, UNAVAILABLE: 0, CAPACITY: 0, EXCLUDED: 1 },
      }),
    ]);
  });

  it('does not modify its inputs', () => {
    const jobs = [job('j1'), job('j2', { excluded: ['x'] })];
    const techs = [tech('a', { load: 1 })];
    const before = structuredClone({ jobs, techs });
    autoDispatch(jobs, techs, opts);
    expect({ jobs, techs }).toEqual(before);
  });

  it('the index and a full scan of every technician agree', () => {
    const techs = [
      tech('p', { regions: ['44', '4401'], skills: ['AC', '冰箱'], home: north(TIANHE, 20) }),
      tech('c', { regions: ['4401'], home: north(TIANHE, 3), dailyCapacity: 1 }),
      tech('k', { regions: ['440106', '440104'], skills: ['冰箱'] }),
      tech('off', { available: false }),
    ];
    const jobs = [
      job('1'),
      job('2', { skill: '冰箱' }),
      job('3', { divisionCode: '440104', skill: '冰箱' }),
      job('4', { divisionCode: '440300' }),
      job('5', { location: null }),
    ];
    expect(dispatchWith('index', jobs, techs, opts)).toEqual(dispatchWith('scan', jobs, techs, opts));
  });

  it('handles empty inputs', () => {
    expect(autoDispatch([], [tech('a')], opts)).toEqual({ assignments: [], unassigned: [], loads: { a: 0 } });
    expect(autoDispatch([job('j')], [], opts).unassigned[0].reason.text['en-US']).toBe(
      'no eligible technician: no technicians',
    );
  });
});
