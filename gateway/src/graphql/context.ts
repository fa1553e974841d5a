import type { Request } from 'express';
import type { Session } from '../auth/session';

export interface GqlContext {
  req: Request;
  /** Verifies the token on first use and remembers the result for the rest of the request. */
  session(): Promise<Session>;
  /** The request's Idempotency-Key header, checked (BAD_USER_INPUT when malformed). */
  idempotencyKey(): string | undefined;
  /** Who asked, for log lines: whatever is known of the caller so far, without verifying anything. */
  caller?(): { tenant_id?: string; actor_id?: string; request_id?: string };
}
