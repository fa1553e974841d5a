import { DomainError, type Category, type RequestAction, type ServiceRequestStatus } from '@shouhou/contracts';

interface Rule {
  from: ServiceRequestStatus[];
  to: ServiceRequestStatus;
  /** Cancelling and reopening must say why: the timeline is the record. */
  needsNote?: boolean;
}

/** The request lifecycle in one table: new → acknowledged → in progress → resolved → closed. */
const RULES: Record<RequestAction, Rule> = {
  ACKNOWLEDGE: { from: ['NEW'], to: 'ACKNOWLEDGED' },
  START: { from: ['NEW', 'ACKNOWLEDGED'], to: 'IN_PROGRESS' },
  RESOLVE: { from: ['ACKNOWLEDGED', 'IN_PROGRESS'], to: 'RESOLVED' },
  CLOSE: { from: ['RESOLVED'], to: 'CLOSED' },
  CANCEL: { from: ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS'], to: 'CANCELLED', needsNote: true },
  REOPEN: { from: ['RESOLVED', 'CLOSED', 'CANCELLED'], to: 'IN_PROGRESS', needsNote: true },
};

/** What `action` leads to from `status`; a consultation (技术咨询) may be resolved at once, at intake. */
export function nextStatus(status: ServiceRequestStatus, action: RequestAction, category: Category, note?: string | null): ServiceRequestStatus {
  const rule = RULES[action];
  const allowed = action === 'RESOLVE' && category === 'CONSULTATION' ? [...rule.from, 'NEW'] : rule.from;
  if (!allowed.includes(status)) {
    throw new DomainError('CONFLICT', `a ${status.toLowerCase().replace('_', ' ')} request cannot be ${action.toLowerCase()}d`, {
      issues: [{ field: 'input.action', reason: 'invalid_transition', message: `${action} is not possible from ${status}` }],
    });
  }
  if (rule.needsNote && !note?.trim()) {
    throw new DomainError('BAD_USER_INPUT', `${action.toLowerCase()} needs a note saying why`, {
      issues: [{ field: 'input.note', reason: 'required', message: 'a note is required' }],
    });
  }
  return rule.to;
}

/** The actions open to a request now, for the console's buttons. */
export function availableActions(status: ServiceRequestStatus, category: Category): RequestAction[] {
  return (Object.keys(RULES) as RequestAction[]).filter((a) => RULES[a].from.includes(status) || (a === 'RESOLVE' && category === 'CONSULTATION' && status === 'NEW'));
}
