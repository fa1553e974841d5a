import { DomainError, type FieldAction, type WorkOrderStatus } from '@shouhou/contracts';

/** What each field action does, from which states. One table: the service and the console's buttons read it. */
const STEPS: Record<FieldAction, { from: WorkOrderStatus[]; to: WorkOrderStatus; needsNote?: boolean }> = {
  ACCEPT: { from: ['ASSIGNED'], to: 'ACCEPTED' },
  // Declined work goes back to be assigned to someone else.
  DECLINE: { from: ['ASSIGNED', 'ACCEPTED'], to: 'UNASSIGNED', needsNote: true },
  START_TRAVEL: { from: ['ACCEPTED'], to: 'EN_ROUTE' },
  ARRIVE: { from: ['ACCEPTED', 'EN_ROUTE'], to: 'ON_SITE' },
  COMPLETE: { from: ['ON_SITE'], to: 'COMPLETED' },
  // A failed visit (no parts, customer absent, …) waits for a revisit to be assigned.
  FAIL: { from: ['EN_ROUTE', 'ON_SITE'], to: 'FAILED', needsNote: true },
};

export function nextFieldStatus(from: WorkOrderStatus, action: FieldAction, note?: string | null): WorkOrderStatus {
  const step = STEPS[action];
  if (!step.from.includes(from)) {
    throw new DomainError('CONFLICT', `a work order that is ${from} cannot be ${action.toLowerCase()}ed`, { issues: [{ field: 'input.action', reason: 'not_allowed', message: `${action} is not possible from ${from}` }] });
  }
  if (step.needsNote && !note?.trim()) {
    throw new DomainError('BAD_USER_INPUT', `${action} needs a reason`, { issues: [{ field: 'input.note', reason: 'required', message: `${action} needs a reason` }] });
  }
  return step.to;
}

export function availableFieldActions(status: WorkOrderStatus): FieldAction[] {
  return (Object.keys(STEPS) as FieldAction[]).filter((a) => STEPS[a].from.includes(status));
}

/** Work orders a dispatcher may (re)assign: never assigned, declined, or after a failed visit. */
export const ASSIGNABLE: WorkOrderStatus[] = ['UNASSIGNED', 'FAILED'];
/** Work a technician is carrying: counts against their daily capacity. */
export const OPEN_FOR_TECHNICIAN: WorkOrderStatus[] = ['ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE'];
