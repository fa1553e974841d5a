import type { Request } from 'express';
import type { Session } from '../auth/session';

export interface GqlContext {
  req: Request;
  /** Verifies the token on first use and remembers the result for the rest of the request. */
  session(): Promise<Session>;
}
