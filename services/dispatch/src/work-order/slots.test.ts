import { describe, expect, it } from 'vitest';
import { slotOptions } from './slots';

const at = (iso: string) => Date.parse(iso);

describe('appointment windows offered to the customer', () => {
  it('offers two-hour windows from 08:00 to 20:00 Shanghai time, starting at least half an hour ahead', () => {
    // 10:40 in Shanghai: 12:00–14:00 is the first window that leaves time to get there.
    const slots = slotOptions(at('2026-12-01T02:40:00Z'), null, 'Asia/Shanghai', 4);
    expect(slots.map((s) => s.start)).toEqual(['2026-12-01T04:00:00.000Z', '2026-12-01T06:00:00.000Z', '2026-12-01T08:00:00.000Z', '2026-12-01T10:00:00.000Z']);
    expect(slots[0].end).toBe('2026-12-01T06:00:00.000Z');
    expect(slots.every((s) => s.withinCommitment)).toBe(true);
  });

  it('continues on the next morning after the last window of the day', () => {
    const slots = slotOptions(at('2026-12-01T10:00:00Z'), null, 'Asia/Shanghai', 2);
    expect(slots.map((s) => s.start)).toEqual(['2026-12-02T00:00:00.000Z', '2026-12-02T02:00:00.000Z']);
  });

  it('marks the windows that start after the arrival commitment falls due', () => {
    const slots = slotOptions(at('2026-12-01T02:40:00Z'), at('2026-12-01T07:00:00Z'), 'Asia/Shanghai', 3);
    expect(slots.map((s) => s.withinCommitment)).toEqual([true, true, false]);
  });
});
