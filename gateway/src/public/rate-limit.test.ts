import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows the limit within a window, refuses more, and allows again in the next window', () => {
    const limiter = new RateLimiter(2, 60_000);
    limiter.take('ip', 0);
    limiter.take('ip', 1);
    expect(() => limiter.take('ip', 2)).toThrow(/too many requests/);
    limiter.take('other', 2);
    limiter.take('ip', 60_000);
  });
});
