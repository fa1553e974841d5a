import { describe, expect, it } from 'vitest';
import { describeExit, RestartPolicy } from './restart-policy';

const delays = (policy: RestartPolicy, times: number[]) =>
  times.map((t) => {
    const decision = policy.crashed(t);
    return decision.action === 'restart' ? decision.delayMs : decision.action;
  });

describe('restart policy', () => {
  it('backs off exponentially from 0.5 s up to 10 s', () => {
    const policy = new RestartPolicy({ maxCrashes: 100 });
    // Crashes right after each start, far enough apart not to matter for the window.
    expect(delays(policy, [0, 1, 2, 3, 4, 5, 6, 7])).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('starts from the initial delay again after a healthy run', () => {
    const policy = new RestartPolicy();
    expect(delays(policy, [0, 1000])).toEqual([500, 1000]);
    policy.started(2000);
    // Ran 29 s: not yet healthy, the backoff goes on.
    expect(delays(policy, [31_000])).toEqual([2000]);
    policy.started(40_000);
    // Ran 30 s: healthy, the next crash restarts quickly.
    expect(delays(policy, [70_000])).toEqual([500]);
  });

  it('gives up at the fifth crash within two minutes', () => {
    const policy = new RestartPolicy();
    expect(delays(policy, [0, 10_000, 20_000, 30_000])).toEqual([500, 1000, 2000, 4000]);
    const fifth = policy.crashed(119_000);
    expect(fifth).toEqual({ action: 'give-up', crashesInWindow: 5, reason: '5 crashes within 120 s' });
  });

  it('forgets crashes older than the window', () => {
    const policy = new RestartPolicy();
    for (const t of [0, 30_000, 60_000, 90_000]) expect(policy.crashed(t).action).toBe('restart');
    // The first crash (at 0) is more than 120 s old: four in the window, not five.
    const decision = policy.crashed(125_000);
    expect(decision).toMatchObject({ action: 'restart', crashesInWindow: 4 });
  });

  it('gives up after five restarts in a row that never became ready, however slowly they fail', () => {
    const policy = new RestartPolicy();
    // Each failed start hangs until the 60 s readiness timeout: never five crashes within 120 s.
    const decisions = [0, 70_000, 140_000, 210_000, 280_000].map((t) => policy.crashed(t, true));
    expect(decisions.slice(0, 4).map((d) => d.action)).toEqual(['restart', 'restart', 'restart', 'restart']);
    expect(decisions.every((d) => d.crashesInWindow <= 2)).toBe(true);
    expect(decisions[4]).toEqual({ action: 'give-up', crashesInWindow: 2, reason: '5 restarts in a row never became ready' });
  });

  it('counts failed starts only until the process is ready again', () => {
    const policy = new RestartPolicy();
    for (const t of [0, 70_000, 140_000, 210_000]) expect(policy.crashed(t, true).action).toBe('restart');
    policy.started(300_000); // the fifth attempt became ready
    expect(policy.crashed(301_000).action).toBe('restart'); // a crash after a ready run is no failed start
    // The count starts again from there: four more failed starts are restarted, the fifth is not.
    for (const t of [400_000, 470_000, 540_000, 610_000]) expect(policy.crashed(t, true).action).toBe('restart');
    expect(policy.crashed(680_000, true)).toMatchObject({ action: 'give-up', reason: '5 restarts in a row never became ready' });
  });

  it('honours a configured limit of failed starts', () => {
    const policy = new RestartPolicy({ maxFailedStarts: 2 });
    expect(policy.crashed(0, true).action).toBe('restart');
    expect(policy.crashed(100_000, true)).toMatchObject({ action: 'give-up' });
  });

  it('describes an exit by its signal or its code', () => {
    expect(describeExit(null, 'SIGKILL')).toBe('signal SIGKILL');
    expect(describeExit(1, null)).toBe('code 1');
  });
});
