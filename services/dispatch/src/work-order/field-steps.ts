import { DomainError, type FieldAction, type WorkOrderStatus } from '@shouhou/contracts';

type VisitType = 'ON_SITE' | 'DEPOT';

interface Step {
  from: WorkOrderStatus[];
  to: WorkOrderStatus;
  needsNote?: boolean;
  /** Only for this kind of visit; both when absent. */
  visit?: VisitType;
}

/**
 * What each field action does, from which states. One table: the service checks steps against it and
 * tells the console which buttons to show (`availableFieldActions`).
 */
const STEPS: Record<FieldAction, Step> = {
  ACCEPT: { from: ['ASSIGNED'], to: 'ACCEPTED' },
  // Declined work goes back to be assigned to someone else.
  DECLINE: { from: ['ASSIGNED', 'ACCEPTED'], to: 'UNASSIGNED', needsNote: true },
  START_TRAVEL: { from: ['ACCEPTED'], to: 'EN_ROUTE', visit: 'ON_SITE' },
  ARRIVE: { from: ['ACCEPTED', 'EN_ROUTE'], to: 'ON_SITE', visit: 'ON_SITE' },
  // 返厂: the product comes to the depot, is repaired, checked and sent back.
  RECEIVE: { from: ['ACCEPTED'], to: 'RECEIVED', visit: 'DEPOT' },
  START_REPAIR: { from: ['RECEIVED'], to: 'IN_REPAIR', visit: 'DEPOT' },
  QC_PASS: { from: ['IN_REPAIR'], to: 'QC_PASSED', visit: 'DEPOT' },
  QC_FAIL: { from: ['IN_REPAIR'], to: 'IN_REPAIR', needsNote: true, visit: 'DEPOT' },
  SHIP: { from: ['QC_PASSED'], to: 'SHIPPED', visit: 'DEPOT' },
  COMPLETE: { from: ['ON_SITE', 'SHIPPED'], to: 'COMPLETED' },
  // A failed visit (no parts, customer absent, …) waits for a revisit to be assigned.
  FAIL: { from: ['EN_ROUTE', 'ON_SITE'], to: 'FAILED', needsNote: true, visit: 'ON_SITE' },
};

export function nextFieldStatus(from: WorkOrderStatus, action: FieldAction, note?: string | null, visit: VisitType = 'ON_SITE'): WorkOrderStatus {
  const step = STEPS[action];
  if (!step.from.includes(from) || (step.visit && step.visit !== visit)) {
    throw new DomainError('CONFLICT', `a work order that is ${from} cannot be ${action.toLowerCase()}ed`, { issues: [{ field: 'input.action', reason: 'not_allowed', message: `${action} is not possible from ${from}` }] });
  }
  if (step.needsNote && !note?.trim()) {
    throw new DomainError('BAD_USER_INPUT', `${action} needs a reason`, { issues: [{ field: 'input.note', reason: 'required', message: `${action} needs a reason` }] });
  }
  return step.to;
}

export function availableFieldActions(status: WorkOrderStatus, visit: VisitType = 'ON_SITE'): FieldAction[] {
  return (Object.keys(STEPS) as FieldAction[]).filter((a) => STEPS[a].from.includes(status) && (!STEPS[a].visit || STEPS[a].visit === visit));
}

/** Work orders a dispatcher may (re)assign: never assigned, declined, or after a failed visit. */
export const ASSIGNABLE: WorkOrderStatus[] = ['UNASSIGNED', 'FAILED'];
/** Work a technician is carrying: counts against their daily capacity. */
export const OPEN_FOR_TECHNICIAN: WorkOrderStatus[] = ['ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED'];
/** Where parts, the report and the charges may still change: the technician is at work on it. */
export const AT_WORK: WorkOrderStatus[] = ['ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED'];
/** Where a visit can still be planned with the customer. */
export const PLANNABLE: WorkOrderStatus[] = ['UNASSIGNED', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'FAILED'];
