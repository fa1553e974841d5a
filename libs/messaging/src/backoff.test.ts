import { describe, expect, it } from 'vitest';
import { backoffFor } from './backoff';

describe('backoffFor', () => {
  it('waits longer after each failed delivery and then keeps the last step', () => {
    const steps = [100, 500, 2000];
    expect([1, 2, 3, 4, 9].map((attempt) => backoffFor(attempt, steps))).toEqual([100, 500, 2000, 2000, 2000]);
  });
});
