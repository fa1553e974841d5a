import { PARTS_IMPORT_COLUMNS } from '@shouhou/contracts';
import type { FailureCause, MovementKind, StocktakeState, TransferState } from '../gql/graphql';
import { csvLine } from './download';

/* The parts pages' logic that is not React: reading the service's errors, replenishment, the Pareto chart, the import template. */

/** Why a replaced part failed, in the order the technician's list offers them. */
export const CAUSES: FailureCause[] = ['ELECTRICAL', 'MECHANICAL_WEAR', 'LEAK', 'BURNT', 'DEAD_ON_ARRIVAL', 'WATER_DAMAGE', 'MISUSE', 'OTHER'];
export const TRANSFER_STATES: TransferState[] = ['REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'];

export const MOVEMENT_COLOR: Record<MovementKind, string> = {
  RECEIPT: 'green', TRANSFER_OUT: 'orange', TRANSFER_IN: 'cyan', RESERVE: 'purple', RELEASE: 'default', ISSUE: 'blue',
  RETURN: 'lime', ADJUSTMENT: 'gold', SCRAP: 'red', DEFECTIVE_RETURN: 'magenta',
};
export const TRANSFER_COLOR: Record<TransferState, string> = { REQUESTED: 'orange', IN_TRANSIT: 'processing', RECEIVED: 'green', CANCELLED: 'default' };
export const STOCKTAKE_COLOR: Record<StocktakeState, string> = { COUNTING: 'processing', SUBMITTED: 'orange', APPROVED: 'green', CANCELLED: 'default' };

/** A problem the parts service reported, as something the console can say in the user's language. */
export type PartsProblem =
  | { key: 'insufficient'; values: { sku: string; location: string; available: number; onHand: number; reserved: number } }
  | { key: 'stocktakeOpen'; values: { location: string } }
  | { key: 'stocktakeClosed'; values: { state: StocktakeState } }
  | { key: 'uncounted'; values: { count: number } }
  | { key: 'transferState'; values: { state: TransferState } }
  | { key: 'sameLocation' | 'incompleteReorder' | 'unknownLocation' | 'serialRequired'; values: Record<string, never> }
  | { key: 'unknownSku'; values: { sku: string } };

type Issue = { field: string; reason: string; message: string };

/**
 * Reads the service's CONFLICT and BAD_USER_INPUT errors: "not enough CAP-35 at WH-SH: 0 available
 * (2 on hand, 2 reserved)", a closed stocktake, uncounted lines, a transfer in another state.
 */
export function partsProblem(code: string, message: string, issues: Issue[]): PartsProblem | null {
  const insufficient = /not enough (\S+) at (\S+): (-?\d+) available \((-?\d+) on hand, (-?\d+) reserved\)/.exec(message);
  if (insufficient) {
    const [, sku, location, available, onHand, reserved] = insufficient;
    return { key: 'insufficient', values: { sku, location, available: Number(available), onHand: Number(onHand), reserved: Number(reserved) } };
  }
  const reason = (r: string) => issues.find((i) => i.reason === r);
  const closed = reason('closed');
  if (closed) {
    const state = /is (COUNTING|SUBMITTED|APPROVED|CANCELLED)/.exec(closed.message)?.[1] ?? /that is (\w+)/.exec(message)?.[1] ?? 'APPROVED';
    return { key: 'stocktakeClosed', values: { state: state as StocktakeState } };
  }
  const uncounted = reason('uncounted');
  if (uncounted) return { key: 'uncounted', values: { count: Number(/(\d+)/.exec(uncounted.message)?.[1] ?? 0) } };
  if (code === 'CONFLICT') {
    const open = /a stocktake of (\S+) is already open/.exec(message);
    if (open) return { key: 'stocktakeOpen', values: { location: open[1] } };
    const transfer = /a transfer that is (REQUESTED|IN_TRANSIT|RECEIVED|CANCELLED) cannot be/.exec(message);
    if (transfer) return { key: 'transferState', values: { state: transfer[1] as TransferState } };
  }
  if (reason('same_location')) return { key: 'sameLocation', values: {} };
  if (reason('incomplete')) return { key: 'incompleteReorder', values: {} };
  const unknown = reason('unknown');
  if (unknown) {
    const sku = /no part (\S+) in the catalog/.exec(unknown.message);
    return sku ? { key: 'unknownSku', values: { sku: sku[1] } } : { key: 'unknownLocation', values: {} };
  }
  if (issues.some((i) => i.field.endsWith('serialNumber') && i.reason === 'required')) return { key: 'serialRequired', values: {} };
  return null;
}

/** What 补货 asks the central warehouse for: the reorder quantity, or enough to lift the stock above its reorder point. */
export function replenishQuantity(level: { available: number; reorderPoint?: number | null; reorderQuantity?: number | null }): number {
  if (level.reorderQuantity && level.reorderQuantity > 0) return level.reorderQuantity;
  return Math.max(1, (level.reorderPoint ?? 0) - level.available + 1);
}

/** The value of the rows shown, and how many of them are low. */
export function stockTotals(rows: { value: number; low: boolean; onHand: number }[]) {
  return rows.reduce((sum, r) => ({ value: sum.value + r.value, low: sum.low + (r.low ? 1 : 0), onHand: sum.onHand + r.onHand }), { value: 0, low: 0, onHand: 0 });
}

/** "+3", "−2", "0": a change in stock, signed. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** "37.5%". */
export const percentOf = (share: number) => `${Math.round(share * 1000) / 10}%`;

export interface ParetoRow {
  label: string;
  count: number;
  cumulativeShare: number;
}

/**
 * The Pareto chart: bars of the count, most first, and the running share on a second axis from 0 to
 * 100% with the 80% line that separates the vital few from the rest.
 */
export function paretoOption(rows: ParetoRow[], names: { count: string; cumulative: string }) {
  return {
    animation: false,
    grid: { left: 48, right: 56, top: 64, bottom: 72 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [names.count, names.cumulative] },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0, width: 110, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: names.count, minInterval: 1 },
      { type: 'value', name: names.cumulative, min: 0, max: 100, interval: 20, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: names.count, type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#1677ff' }, barMaxWidth: 48, label: { show: true, position: 'insideTop', color: '#fff' } },
      {
        name: names.cumulative, type: 'line', yAxisIndex: 1, data: rows.map((r) => Math.round(r.cumulativeShare * 1000) / 10),
        itemStyle: { color: '#fa8c16' }, symbolSize: 8, label: { show: true, formatter: '{c}%', position: 'top', color: '#d46b08' },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: '80%', position: 'insideStartTop', color: '#cf1322' }, data: [{ yAxis: 80 }] },
      },
    ],
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The periods the analysis offers, as [from, to] days ending today (inclusive). */
export function periodPresets(today: string): Record<'thisMonth' | 'lastMonth' | 'last30' | 'last90' | 'thisYear', [string, string]> {
  if (!DAY.test(today)) throw new Error(`not a day: ${today}`);
  const d = utc(today);
  const monthStart = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const lastMonthStart = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
  const lastMonthEnd = new Date(monthStart.getTime() - 86_400_000);
  const back = (days: number) => iso(new Date(d.getTime() - days * 86_400_000));
  return {
    thisMonth: [iso(monthStart), today],
    lastMonth: [iso(lastMonthStart), iso(lastMonthEnd)],
    last30: [back(29), today],
    last90: [back(89), today],
    thisYear: [`${today.slice(0, 4)}-01-01`, today],
  };
}

/** The parts import template: headers in the user's language, a part with stock in the central warehouse, and one without. */
export function partsTemplate(english: boolean): string {
  const header = Object.values(PARTS_IMPORT_COLUMNS).map((names) => (english ? names[1] : names[0]));
  const rows = [
    ['CAP-35', '压缩机启动电容', '个', 'KFR-35GW;BCD-450', '21.00', '35.00', '否', '6', 'WH-SH', '20', '5', '20'],
    ['PCB-MAIN', '主控板', '块', 'KFR-35GW', '180.00', '320.00', '是', '12', '', '', '', ''],
  ];
  return `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
}

const NUMERIC_COLUMNS: string[] = [PARTS_IMPORT_COLUMNS.cost[0], PARTS_IMPORT_COLUMNS.price[0], PARTS_IMPORT_COLUMNS.warrantyMonths[0]];

/** The reason key of an import error: a number below zero says so rather than "empty". */
export function importReasonKey(e: { column?: string | null; reason: string }): string {
  if (e.reason === 'too_small' && e.column && NUMERIC_COLUMNS.includes(e.column)) return 'negative';
  return e.reason;
}
