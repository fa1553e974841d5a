/**
 * When the launcher restarts a process that died on its own: exponential backoff from `initialDelayMs`
 * doubling up to `maxDelayMs`; a process that had run for `healthyAfterMs` before it crashed starts again
 * from the initial delay; `maxCrashes` crashes within `windowMs` and the launcher gives up on it.
 * A restart that never becomes ready (it dies while starting, or is not ready in time) is a failed start;
 * `maxFailedStarts` of them in a row and the launcher gives up whatever the window, since a start that
 * hangs until its readiness timeout may take longer than the window itself.
 * Pure: the caller passes the clock, so the policy is tested without waiting.
 */
export interface RestartPolicyOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  /** A run at least this long counts as healthy: the next crash's delay starts from the beginning. */
  healthyAfterMs: number;
  /** This many crashes within `windowMs` (this one included) and no more restarts. */
  maxCrashes: number;
  windowMs: number;
  /** This many restarts in a row that never became ready (this one included) and no more restarts. */
  maxFailedStarts: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  healthyAfterMs: 30_000,
  maxCrashes: 5,
  windowMs: 120_000,
  maxFailedStarts: 5,
};

export type RestartDecision =
  | { action: 'restart'; delayMs: number; crashesInWindow: number }
  | { action: 'give-up'; crashesInWindow: number; reason: string };

export class RestartPolicy {
  readonly options: RestartPolicyOptions;
  private crashes: number[] = [];
  private consecutive = 0;
  private startedAt: number | undefined;
  /** Restarts since the process was last ready that did not become ready. */
  private failedStarts = 0;

  constructor(options: Partial<RestartPolicyOptions> = {}) {
    this.options = { ...DEFAULT_RESTART_POLICY, ...options };
  }

  /** The process is up (ready) at `now`. */
  started(now: number): void {
    this.startedAt = now;
    this.failedStarts = 0;
  }

  /**
   * The process died on its own at `now`: restart it after a delay, or give up. `failedStart`: it died
   * (or was killed for not being ready in time) before it was ever ready in this attempt.
   */
  crashed(now: number, failedStart = false): RestartDecision {
    const { initialDelayMs, maxDelayMs, healthyAfterMs, maxCrashes, windowMs, maxFailedStarts } = this.options;
    if (this.startedAt !== undefined && now - this.startedAt >= healthyAfterMs) this.consecutive = 0;
    this.startedAt = undefined;
    if (failedStart) this.failedStarts++;
    this.crashes = [...this.crashes.filter((at) => now - at < windowMs), now];
    const crashesInWindow = this.crashes.length;
    if (crashesInWindow >= maxCrashes) {
      return { action: 'give-up', crashesInWindow, reason: `${crashesInWindow} crashes within ${Math.round(windowMs / 1000)} s` };
    }
    if (this.failedStarts >= maxFailedStarts) {
      return { action: 'give-up', crashesInWindow, reason: `${this.failedStarts} restarts in a row never became ready` };
    }
    const delayMs = Math.min(maxDelayMs, initialDelayMs * 2 ** this.consecutive);
    this.consecutive++;
    return { action: 'restart', delayMs, crashesInWindow };
  }
}

/** How a child ended, for a log line: `code 1`, `signal SIGKILL`. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}
