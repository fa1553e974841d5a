import { describe, expect, it } from 'vitest';
import { readTrackingToken, trackingToken } from './tracking-link';

const tenant = '0193f0a0-0000-7000-8000-00000000ac01';
const request = '0193f0a0-0000-7000-8000-0000000000aa';

describe('tracking links', () => {
  it('name the request they were made for', () => {
    expect(readTrackingToken(trackingToken(tenant, request))).toEqual({ tenantId: tenant, requestId: request });
  });

  it('refuse an altered token', () => {
    const token = trackingToken(tenant, request);
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ t: tenant, r: '0193f0a0-0000-7000-8000-0000000000bb', e: Date.now() + 1000 })).toString('base64url');
    expect(() => readTrackingToken(`${forged}.${sig}`)).toThrow(/not valid/);
    expect(() => readTrackingToken(`${payload}.${sig.slice(0, -2)}xx`)).toThrow(/not valid/);
    expect(() => readTrackingToken('garbage')).toThrow(/not valid/);
  });

  it('expire after 90 days', () => {
    const old = trackingToken(tenant, request, Date.now() - 91 * 24 * 3600 * 1000);
    expect(() => readTrackingToken(old)).toThrow(/expired/);
  });
});
