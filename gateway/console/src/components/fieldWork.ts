import dayjs from 'dayjs';
import type { FieldAction, WorkOrderStatus } from '../gql/graphql';

/** Money comes in fen: "¥45.00". */
export const formatFen = (fen: number) => `${fen < 0 ? '-' : ''}¥${(Math.abs(fen) / 100).toFixed(2)}`;

/** A price typed in yuan (45.5) as fen (4550). */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);

type Slot = { start: string; end: string };

/** "11-25 周二 14:00–16:00" (the browser's zone, dayjs's language). */
export function formatSlot(slot: Slot): string {
  const start = dayjs(slot.start);
  const end = dayjs(slot.end);
  const from = start.format('MM-DD ddd HH:mm');
  return start.isSame(end, 'day') ? `${from}–${end.format('HH:mm')}` : `${from} – ${end.format('MM-DD HH:mm')}`;
}

/**
 * Where report, parts and charges may still change: the technician is at work on the job, on site
 * or at the depot. The service enforces the same list (its `AT_WORK`); the console only decides
 * whether to show the work sheet.
 */
export const AT_WORK: WorkOrderStatus[] = ['ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED'];
/** Where a visit can still be planned or moved with the customer (the service's `PLANNABLE`). */
export const PLANNABLE: WorkOrderStatus[] = ['UNASSIGNED', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'FAILED'];

/** Steps that ask the technician for something before they are sent. */
export const NEEDS_INPUT: FieldAction[] = ['DECLINE', 'FAIL', 'QC_FAIL', 'RECEIVE', 'SHIP'];
/** Steps that undo or fail work: shown last and in red. */
export const SETBACKS: FieldAction[] = ['DECLINE', 'FAIL', 'QC_FAIL'];

/**
 * The buttons for the steps the service offers (`availableActions`), in its order but with setbacks
 * last; COMPLETE is left to the completion card (signature or the customer's link).
 */
export function stepButtons(available: FieldAction[]): FieldAction[] {
  const forward = available.filter((a) => a !== 'COMPLETE' && !SETBACKS.includes(a));
  return [...forward, ...available.filter((a) => SETBACKS.includes(a))];
}

type ChargesLike = { chargeable: boolean; total: number; acceptedAt?: string | null; acceptedTotal?: number | null };

/**
 * Where the customer stands on what they pay:
 * FREE (in warranty, nothing to pay), NOTHING_DUE (chargeable but ¥0 so far), ACCEPTED (the current
 * total), CHANGED (agreed to an earlier total), PENDING (not agreed yet). Completing chargeable work
 * needs ACCEPTED (or FREE / NOTHING_DUE).
 */
export type ChargesAgreement = 'FREE' | 'NOTHING_DUE' | 'ACCEPTED' | 'CHANGED' | 'PENDING';

export function chargesAgreement(c: ChargesLike): ChargesAgreement {
  if (!c.chargeable) return 'FREE';
  if (c.total <= 0) return 'NOTHING_DUE';
  if (c.acceptedTotal === c.total && c.acceptedAt) return 'ACCEPTED';
  return c.acceptedAt ? 'CHANGED' : 'PENDING';
}

/** Whether the work may be completed as far as the charges go. */
export const chargesSettled = (c?: ChargesLike | null) => !c || ['FREE', 'NOTHING_DUE', 'ACCEPTED'].includes(chargesAgreement(c));

/** A phone number as a tel: link (spaces and dashes out). */
export const telLink = (phone: string) => `tel:${phone.replace(/[\s-]/g, '')}`;

/** Two-hour appointment windows a technician or dispatcher moves a visit to, as on the customer's choices. */
export const WINDOW_STARTS = [8, 10, 12, 14, 16, 18];

/** "08:00–10:00". */
export const windowLabel = (startHour: number) => `${String(startHour).padStart(2, '0')}:00–${String(startHour + 2).padStart(2, '0')}:00`;
