import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@shouhou/contracts';

const LIFETIME_MS = 90 * 24 * 3600 * 1000;

function secret(): string {
  const value = process.env.TRACKING_LINK_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === 'production') throw new Error('TRACKING_LINK_SECRET must be set in production');
  return 'shouhou-dev-tracking-secret';
}

const sign = (payload: string) => createHmac('sha256', secret()).update(payload).digest('base64url');

/** A link token for one request of one tenant, good for 90 days: the customer's only credential. */
export function trackingToken(tenantId: string, requestId: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ t: tenantId, r: requestId, e: now + LIFETIME_MS })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

function linkError(reason: 'invalid' | 'expired') {
  const message = reason === 'expired' ? 'this tracking link has expired' : 'this tracking link is not valid';
  return new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'token', reason, message }] });
}

/** The tenant and request a token names; a forged or altered token and an expired one say so. */
export function readTrackingToken(token: string, now = Date.now()): { tenantId: string; requestId: string } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) throw linkError('invalid');
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw linkError('invalid');
  let claims: { t?: string; r?: string; e?: number };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw linkError('invalid');
  }
  if (!claims.t || !claims.r || typeof claims.e !== 'number') throw linkError('invalid');
  if (claims.e < now) throw linkError('expired');
  return { tenantId: claims.t, requestId: claims.r };
}
