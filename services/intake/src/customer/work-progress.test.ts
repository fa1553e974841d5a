import { describe, expect, it } from 'vitest';
import { stepsTo } from './work-progress';

describe('a request following its work order', () => {
  it('goes in progress when a technician takes the job, answering first if nobody had', () => {
    expect(stepsTo('NEW', 'ACCEPTED')).toEqual(['ACKNOWLEDGE', 'START']);
    expect(stepsTo('ACKNOWLEDGED', 'EN_ROUTE')).toEqual(['START']);
    expect(stepsTo('IN_PROGRESS', 'ON_SITE')).toEqual([]);
  });

  it('is resolved by a completed visit, from wherever it stood', () => {
    expect(stepsTo('IN_PROGRESS', 'COMPLETED')).toEqual(['RESOLVE']);
    expect(stepsTo('NEW', 'COMPLETED')).toEqual(['ACKNOWLEDGE', 'START', 'RESOLVE']);
  });

  it('is left alone by assignment, declines and failed visits, and once settled', () => {
    expect(stepsTo('NEW', 'ASSIGNED')).toEqual([]);
    expect(stepsTo('IN_PROGRESS', 'FAILED')).toEqual([]);
    expect(stepsTo('CLOSED', 'COMPLETED')).toEqual([]);
    expect(stepsTo('CANCELLED', 'ACCEPTED')).toEqual([]);
  });
});
