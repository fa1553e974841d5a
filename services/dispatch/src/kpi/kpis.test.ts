import { describe, expect, it } from 'vitest';
import { days, figures } from './kpis';

const cell = (over: Partial<Parameters<typeof figures>[0][number]> = {}) => ({
  completed: 0, first_time: 0, repair_hours: 0, repeats: 0, arrivals: 0, arrivals_on_time: 0, clocks_closed: 0, clocks_on_time: 0, ...over,
});

describe('field service KPIs', () => {
  it('rolls days and technicians up into rates over what was measured', () => {
    const f = figures([
      cell({ completed: 3, first_time: 2, repair_hours: 30, repeats: 1, arrivals: 2, arrivals_on_time: 2, clocks_closed: 8, clocks_on_time: 7 }),
      cell({ completed: 1, first_time: 1, repair_hours: 10, arrivals: 2, arrivals_on_time: 1, clocks_closed: 2, clocks_on_time: 1 }),
    ]);
    expect(f).toEqual({ completed: 4, onTimeArrivalRate: 0.75, firstTimeFixRate: 0.75, meanTimeToRepairHours: 10, repeatVisits: 1, slaCompliance: 0.8 });
  });

  it('says "not measured" rather than 0% or 100% when nothing was', () => {
    expect(figures([])).toEqual({ completed: 0, onTimeArrivalRate: null, firstTimeFixRate: null, meanTimeToRepairHours: null, repeatVisits: 0, slaCompliance: null });
  });

  it('lists every date of the period, month ends included', () => {
    expect(days('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
