import { describe, expect, it } from 'vitest';
import { stepsTo } from './work-progress';

describe('a request following its work order', () => {
  it('goes in progress when a technician takes the job, answering first if nobody had', () => {
    expect(stepsTo('NEW', 'ACCEPTED')).toEqual(['ACKNOWLEDGE', 'START']);
    expect(stepsTo('ACKNOWLEDGED', 'EN_ROUTE')).toEqual(['START']);
    expect(stepsTo('IN_PROGRESS', 'ON_SITE')).toEqual([]);
  });

  it('is in progress while the product is at the depot, and resolved when it is back with the customer', () => {
    expect(stepsTo('ACKNOWLEDGED', 'RECEIVED')).toEqual(['START']);
    expect(stepsTo('IN_PROGRESS', 'SHIPPED')).toEqual([]);
    expect(stepsTo('IN_PROGRESS', 'COMPLETED')).toEqual(['RESOLVE']);
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
