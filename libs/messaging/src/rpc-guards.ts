import { DomainError, inputIssues, type ErrorCode } from '@shouhou/contracts';

/**
 * The shared input rules (libs/contracts input-rules) once more at the service's own door: the gateway
 * applies them too, but a responder trusts no caller to have done so.
 */
export function refuseUncleanInput(payload: unknown): void {
  const issues = inputIssues(payload, 'input');
  if (issues.length) throw new DomainError('BAD_USER_INPUT', issues.map((i) => i.message).join('; '), { issues });
}

/**
 * PostgreSQL's refusals of a value the contracts let through, as the caller's mistake instead of an
 * internal error: data exceptions (class 22: out of range, bad encoding, too long, bad date), a unique
 * key already taken, a reference to a row that is not there. A last line behind the contracts' limits.
 */
export function fromDatabaseRefusal(error: unknown): DomainError | undefined {
  const state = sqlState(error);
  if (!state) return undefined;
  const refusal = (code: ErrorCode, message: string) => new DomainError(code, message, { sqlState: state });
  if (state.startsWith('22')) return refusal('BAD_USER_INPUT', 'a value is out of range or not valid for its field');
  if (state === '23505') return refusal('CONFLICT', 'something with the same key already exists');
  if (state === '23503') return refusal('BAD_USER_INPUT', 'it refers to something that does not exist');
  if (state === '23514' || state === '23502') return refusal('BAD_USER_INPUT', 'a value breaks a rule of its field');
  return undefined;
}

/** The SQLSTATE of a pg error, whether thrown by pg itself or wrapped by MikroORM. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; sqlState?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    for (const value of [e.sqlState, e.code]) if (typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value)) return value;
  }
  return undefined;
}
