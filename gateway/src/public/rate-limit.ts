import { DomainError } from '@shouhou/contracts';

/**
 * Fixed-window limits for public endpoints, per key (IP and tenant, and tenant alone). In memory, so
 * per gateway instance: a cluster multiplies the allowance by its replicas, a limit worth knowing.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 50_000) this.sweep(now);
      return;
    }
    if (w.count >= this.limit) {
      const seconds = Math.ceil((w.start + this.windowMs - now) / 1000);
      throw new DomainError('RATE_LIMITED', `too many requests; try again in ${seconds} s`, { retryAfterSeconds: seconds });
    }
    w.count += 1;
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
