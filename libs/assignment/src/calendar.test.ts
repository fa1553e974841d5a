import { describe, expect, it } from 'vitest';
import { dutyOn, isoWeekday, worksAt } from './calendar';
import { autoDispatch } from './dispatch';
import { manualAssignment, rankTechnicians } from './rank';
import { NOW, job, tech } from './fixtures.test-support';
import type { WorkingCalendar } from './types';

// 2026-12-05 is a Saturday, 2026-12-07 a Monday.
const weekdaysOnly: WorkingCalendar = { weekdays: [1, 2, 3, 4, 5], hours: { from: 9 * 60, to: 18 * 60 }, leave: [] };
const everyDay: WorkingCalendar = { weekdays: [1, 2, 3, 4, 5, 6, 7], hours: { from: 8 * 60, to: 20 * 60 }, leave: [{ from: '2026-12-07', to: '2026-12-09' }] };
const ids = (r: ReturnType<typeof rankTechnicians>) => r.candidates.map((c) => c.technicianId);

describe('working calendar', () => {
  it('reads ISO weekdays from local dates, Sunday as 7', () => {
    expect(['2026-12-05', '2026-12-06', '2026-12-07'].map(isoWeekday)).toEqual([6, 7, 1]);
    expect(isoWeekday('5 Dec')).toBeNaN();
  });

  it('puts leave before the weekly pattern, both ends of the leave included', () => {
    expect(dutyOn(everyDay, '2026-12-06')).toBe('ON');
    expect(dutyOn(everyDay, '2026-12-07')).toBe('LEAVE');
    expect(dutyOn(everyDay, '2026-12-09')).toBe('LEAVE');
    expect(dutyOn(everyDay, '2026-12-10')).toBe('ON');
    expect(dutyOn(weekdaysOnly, '2026-12-05')).toBe('DAY_OFF');
  });

  it('takes an appointment only when its window starts within the shift', () => {
    const monday = '2026-12-14';
    expect(worksAt(weekdaysOnly, { day: monday, window: { from: 9 * 60, to: 11 * 60 } })).toBe(true);
    expect(worksAt(weekdaysOnly, { day: monday, window: { from: 8 * 60, to: 10 * 60 } })).toBe(false);
    expect(worksAt(weekdaysOnly, { day: monday, window: { from: 18 * 60, to: 20 * 60 } })).toBe(false);
    expect(worksAt(weekdaysOnly, { day: monday })).toBe(true);
  });

  it('leaves out technicians who do not work on the job’s day, counted as unavailable', () => {
    const techs = [tech('weekdays', { calendar: weekdaysOnly }), tech('every-day', { calendar: everyDay }), tech('no-calendar')];
    const saturday = rankTechnicians(job('j', { when: { day: '2026-12-05' } }), techs, { now: NOW });
    expect(ids(saturday).sort()).toEqual(['every-day', 'no-calendar']);
    expect(saturday.excluded.UNAVAILABLE).toBe(1);
    const onLeave = rankTechnicians(job('j', { when: { day: '2026-12-08' } }), techs, { now: NOW });
    expect(ids(onLeave).sort()).toEqual(['no-calendar', 'weekdays']);
  });

  it('does not consult calendars for a job without a time', () => {
    const r = rankTechnicians(job('j'), [tech('weekdays', { calendar: { ...weekdaysOnly, weekdays: [] } })], { now: NOW });
    expect(ids(r)).toEqual(['weekdays']);
  });

  it('keeps a technician whose status is off duty out whatever their calendar says', () => {
    const r = rankTechnicians(job('j', { when: { day: '2026-12-14' } }), [tech('a', { calendar: weekdaysOnly, available: false })], { now: NOW });
    expect(r.candidates).toEqual([]);
    expect(r.noCandidate?.excluded.UNAVAILABLE).toBe(1);
  });

  it('batch dispatch gives each job to someone working on its own day', () => {
    const techs = [tech('weekdays', { calendar: weekdaysOnly }), tech('weekend', { calendar: { ...weekdaysOnly, weekdays: [6, 7] } })];
    const result = autoDispatch([job('sat', { when: { day: '2026-12-05' } }), job('mon', { when: { day: '2026-12-07' } })], techs, { now: NOW });
    const byJob = Object.fromEntries(result.assignments.map((a) => [a.jobId, a.technicianId]));
    expect(byJob).toEqual({ sat: 'weekend', mon: 'weekdays' });
  });

  it('names the day off among what a dispatcher overrides by hand', () => {
    const m = manualAssignment(job('j', { when: { day: '2026-12-05' } }), tech('weekdays', { calendar: weekdaysOnly }), '客户指定');
    expect(m.violations).toContain('UNAVAILABLE');
  });
});
