import { describe, expect, it } from 'vitest';
import { PARTS_IMPORT_COLUMNS } from '@shouhou/contracts';
import { importReasonKey, paretoOption, partsProblem, partsTemplate, periodPresets, replenishQuantity, signed, stockTotals } from './partsLogic';

describe('the parts service’s errors', () => {
  it('reads a shortage with its figures', () => {
    const message = 'not enough CAP-35 at VAN-li: 1 available (3 on hand, 2 reserved)';
    expect(partsProblem('CONFLICT', message, [{ field: 'quantity', reason: 'insufficient_stock', message }])).toEqual({
      key: 'insufficient', values: { sku: 'CAP-35', location: 'VAN-li', available: 1, onHand: 3, reserved: 2 },
    });
  });

  it('tells a closed stocktake, uncounted lines and an open one apart', () => {
    expect(partsProblem('CONFLICT', 'a stocktake that is APPROVED cannot be counted', [{ field: 'id', reason: 'closed', message: 'the stocktake is APPROVED' }]))
      .toEqual({ key: 'stocktakeClosed', values: { state: 'APPROVED' } });
    expect(partsProblem('CONFLICT', '2 part(s) are not counted yet', [{ field: 'id', reason: 'uncounted', message: '2 part(s) are not counted yet' }]))
      .toEqual({ key: 'uncounted', values: { count: 2 } });
    expect(partsProblem('CONFLICT', 'a stocktake of WH-SH is already open: finish or cancel it first', []))
      .toEqual({ key: 'stocktakeOpen', values: { location: 'WH-SH' } });
  });

  it('reads a transfer that moved on, and input problems by their reason', () => {
    expect(partsProblem('CONFLICT', 'a transfer that is IN_TRANSIT cannot be shipped', [])).toEqual({ key: 'transferState', values: { state: 'IN_TRANSIT' } });
    expect(partsProblem('BAD_USER_INPUT', 'x', [{ field: 'toLocationId', reason: 'same_location', message: 'x' }])?.key).toBe('sameLocation');
    expect(partsProblem('BAD_USER_INPUT', 'x', [{ field: 'reorderQuantity', reason: 'incomplete', message: 'x' }])?.key).toBe('incompleteReorder');
    expect(partsProblem('BAD_USER_INPUT', 'no part NOPE in the catalog', [{ field: 'lines.0.sku', reason: 'unknown', message: 'no part NOPE in the catalog' }]))
      .toEqual({ key: 'unknownSku', values: { sku: 'NOPE' } });
    expect(partsProblem('BAD_USER_INPUT', 'no such location', [{ field: 'locationId', reason: 'unknown', message: 'no such location' }])?.key).toBe('unknownLocation');
    expect(partsProblem('BAD_USER_INPUT', 'serial', [{ field: 'serialNumber', reason: 'required', message: 'serial' }])?.key).toBe('serialRequired');
  });

  it('leaves everything else to the general messages', () => {
    expect(partsProblem('FORBIDDEN', 'forbidden', [])).toBeNull();
    expect(partsProblem('BAD_USER_INPUT', 'bad', [{ field: 'quantity', reason: 'too_small', message: 'the quantity is at least 1' }])).toBeNull();
  });
});

describe('replenishment and totals', () => {
  it('asks for the reorder quantity, or enough to lift the stock over its reorder point', () => {
    expect(replenishQuantity({ available: 2, reorderPoint: 2, reorderQuantity: 5 })).toBe(5);
    expect(replenishQuantity({ available: 0, reorderPoint: 3, reorderQuantity: null })).toBe(4);
    expect(replenishQuantity({ available: 7, reorderPoint: null, reorderQuantity: null })).toBe(1);
  });

  it('adds up the value and counts the low lines', () => {
    expect(stockTotals([{ value: 6300, low: true, onHand: 3 }, { value: 100, low: false, onHand: 1 }, { value: 0, low: true, onHand: 0 }])).toEqual({ value: 6400, low: 2, onHand: 4 });
    expect(stockTotals([])).toEqual({ value: 0, low: 0, onHand: 0 });
  });

  it('signs changes with a real minus', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '−2', '0']);
  });
});

describe('the Pareto chart', () => {
  const option = paretoOption(
    [{ label: '电气故障', count: 6, cumulativeShare: 0.6 }, { label: '泄漏', count: 3, cumulativeShare: 0.9 }, { label: '其他', count: 1, cumulativeShare: 1 }],
    { count: '数量', cumulative: '累计占比' },
  );

  it('draws bars of the count and the cumulative share in percent on a 0–100% second axis', () => {
    expect(option.xAxis.data).toEqual(['电气故障', '泄漏', '其他']);
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [6, 3, 1] });
    expect(option.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [60, 90, 100] });
    expect(option.yAxis[1]).toMatchObject({ min: 0, max: 100 });
  });

  it('marks the 80% line', () => {
    expect(option.series[1].markLine?.data).toEqual([{ yAxis: 80 }]);
  });
});

describe('periods of the defect analysis', () => {
  it('offers this month, last month and rolling periods ending today', () => {
    const p = periodPresets('2026-03-15');
    expect(p.thisMonth).toEqual(['2026-03-01', '2026-03-15']);
    expect(p.lastMonth).toEqual(['2026-02-01', '2026-02-28']);
    expect(p.last30).toEqual(['2026-02-14', '2026-03-15']);
    expect(p.thisYear).toEqual(['2026-01-01', '2026-03-15']);
    expect(periodPresets('2026-01-10').lastMonth).toEqual(['2025-12-01', '2025-12-31']);
  });
});

describe('the parts import', () => {
  it('offers a template with the service’s headers in either language', () => {
    const zh = partsTemplate(false).replace(/^\uFEFF/, '').split('\r\n');
    expect(zh[0].split(',')).toEqual(Object.values(PARTS_IMPORT_COLUMNS).map((n) => n[0]));
    expect(zh[1].split(',')).toHaveLength(Object.keys(PARTS_IMPORT_COLUMNS).length);
    expect(partsTemplate(true).split('\r\n')[0]).toContain('opening quantity');
  });

  it('says a negative price is negative, not empty', () => {
    expect(importReasonKey({ column: '成本价', reason: 'too_small' })).toBe('negative');
    expect(importReasonKey({ column: '配件名称', reason: 'too_small' })).toBe('too_small');
    expect(importReasonKey({ column: '库位编码', reason: 'unknown' })).toBe('unknown');
  });
});
