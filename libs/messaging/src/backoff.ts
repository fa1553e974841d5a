const DEFAULT_BACKOFF_MS = [1_000, 5_000, 15_000, 60_000, 300_000];

/** How long to wait before delivery number `attempt + 1`; the last step repeats. */
export function backoffFor(attempt: number, steps: number[] = DEFAULT_BACKOFF_MS): number {
  const index = Math.min(Math.max(attempt, 1), steps.length) - 1;
  return steps[index];
}
