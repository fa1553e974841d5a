import { describe, expect, it } from 'vitest';
import { averageCost } from './ledger';

describe('moving-average cost', () => {
  it('blends a receipt with the stock held at its own cost', () => {
    // 10 at ¥40 and 30 more at ¥48: the 40 units are worth ¥46 each on average.
    expect(averageCost(10, 4000, 30, 4800)).toBe(4600);
  });

  it('takes the receipt’s cost when nothing is held', () => {
    expect(averageCost(0, 0, 5, 3500)).toBe(3500);
    expect(averageCost(0, 9999, 5, 3500)).toBe(3500);
  });
});
