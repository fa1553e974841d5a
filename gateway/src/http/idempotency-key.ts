import type { Request } from 'express';
import { DomainError } from '@shouhou/contracts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The client's `Idempotency-Key` header (ADR 21): visible ASCII, at most 255 characters, as payment
 * APIs accept (a UUID is what the console sends). Absent is fine; malformed is the caller's mistake.
 */
export function idempotencyKeyOf(req: Request | undefined): string | undefined {
  const value = req?.headers?.[IDEMPOTENCY_HEADER];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw new DomainError('BAD_USER_INPUT', 'the Idempotency-Key header must be 1 to 255 visible ASCII characters, e.g. a UUID', {
      issues: [{ field: 'Idempotency-Key', reason: 'INVALID', message: 'the Idempotency-Key header must be 1 to 255 visible ASCII characters' }],
    });
  }
  return value;
}
