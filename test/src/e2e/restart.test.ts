import { describe, expect, it } from 'vitest';
import { errorCode } from '@shouhou/testing';
import { demoPlatform } from '../support/demo';
import { demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';
import type { ProcessName, ProcessStatus } from '@shouhou/deploy';

/**
 * The launcher brings back a process that dies on its own, and the gateway stays ready meanwhile:
 * only the dead service's operations fail (UNAVAILABLE), the others go on. The assertions are about
 * behaviour (which states the process goes through, what answers meanwhile, that it comes back within a
 * generous bound), not about how fast a busy machine does it.
 */
// An RPC timeout shorter than the default so that the "hung service" case answers soon, and clearly
// longer than /healthz's own 1.5 s per-service limit so the two are told apart.
const demo = demoPlatform({ env: { RPC_TIMEOUT_MS: '6000' } });
const gql = demo.gql;

const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number } }`;
const QUEUE = `{ dispatchQueue(first: 1) { totalCount } }`;
const TENANTS = `{ tenants { id code } }`;
type Health = { services: Record<string, { ok: boolean }> };
const health = async () => (await (await fetch(`${demo.stack.gatewayUrl}/healthz`)).json()) as Health;
/** /healthz's per-service detail may be up to 2 s old: wait for a round that shows `done`. */
const healthUntil = (done: (h: Health) => boolean, timeoutMs = 15_000) => eventually(health, done, timeoutMs);
const readyStatus = async () => (await fetch(`${demo.stack.gatewayUrl}/readyz`)).status;

/** Records every status a process goes through, polling often, until stopped. */
function watchStatus(name: ProcessName) {
  const seen: ProcessStatus[] = [];
  const sample = () => {
    const s = demo.stack.status(name);
    if (seen.at(-1) !== s) seen.push(s);
  };
  const timer = setInterval(sample, 10);
  return {
    seen,
    stop: () => {
      clearInterval(timer);
      sample(); // the status now, which the last tick may not have seen yet
    },
  };
}

describe('a process that dies', () => {
  it('is restarted by the launcher, and meanwhile the gateway stays ready and the other services answer', async () => {
    const stack = demo.stack;
    const before = stack.pid('intake')!;
    expect(before).toBeGreaterThan(0);
    expect(stack.status('intake')).toBe('running');
    await gql('agent@acme.test', `{ me { id } }`);
    await gql('dispatcher@acme.test', `{ me { id } }`);
    await gql('ops@shouhou.test', `{ me { id } }`);

    const statuses = watchStatus('intake');
    process.kill(before, 'SIGKILL'); // from outside, as `kill -9` would: not through stack.kill()
    // The launcher spawns a new intake; it is held (SIGSTOP) before it can answer anything, so the
    // checks below are made while intake is certainly down however fast or slow the machine is.
    const held = (await eventually(async () => stack.pid('intake'), (pid) => pid !== undefined && pid !== before, 20_000))!;
    process.kill(held, 'SIGSTOP');
    try {
      const [ready, detail, created, queue, tenants] = await Promise.all([
        readyStatus(),
        healthUntil((h) => h.services.intake.ok === false),
        gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '宕机时' }) }),
        gql('dispatcher@acme.test', QUEUE),
        gql('ops@shouhou.test', TENANTS),
      ]);
      expect(ready).toBe(200);
      expect(detail.services.dispatch.ok).toBe(true);
      expect(errorCode(created)).toBe('UNAVAILABLE');
      expect(queue.errors).toBeUndefined();
      expect(tenants.errors).toBeUndefined();
      expect(tenants.data.tenants.length).toBeGreaterThan(0);
    } finally {
      process.kill(held, 'SIGCONT');
    }

    // Back, under the new pid, ready: generous bounds, this is about recovering, not about speed.
    await eventually(async () => stack.status('intake'), (s) => s === 'running', 60_000);
    statuses.stop();
    expect(stack.pid('intake')).toBe(held);
    // running → restarting (the backoff) → starting (spawned, not ready) → running.
    expect(statuses.seen).toEqual(['running', 'restarting', 'starting', 'running']);
    await healthUntil((h) => h.services.intake.ok);
    const again = await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '重启后' }) });
    expect(again.errors).toBeUndefined();
    expect(again.data.createServiceRequest.number).toMatch(/^SR-/);
    expect(await readyStatus()).toBe(200);
  }, 120_000);

  it('is not restarted when it was stopped on purpose (stack.kill), until stack.start', async () => {
    const stack = demo.stack;
    await stack.kill('parts', 'SIGKILL');
    await new Promise((r) => setTimeout(r, 1500)); // longer than the first restart delay
    expect(stack.status('parts')).toBe('stopped');
    expect(stack.pid('parts')).toBeUndefined();
    await stack.start('parts');
    expect(stack.status('parts')).toBe('running');
    await healthUntil((h) => h.services.parts.ok);
  }, 60_000);

  it('answers UNAVAILABLE within the RPC timeout for a service that hangs, and /healthz does not hang with it', async () => {
    const stack = demo.stack;
    const pid = stack.pid('dispatch')!;
    process.kill(pid, 'SIGSTOP'); // alive but answering nothing
    try {
      // Each /healthz answers within its own short per-service limit (1.5 s), not the 6 s RPC timeout:
      // the bound is loose for a busy machine, yet below the RPC timeout.
      const slowest: number[] = [];
      const detail = await healthUntil((h) => h.services.dispatch.ok === false);
      const started = Date.now();
      await Promise.all(Array.from({ length: 20 }, () => health().then(() => slowest.push(Date.now() - started))));
      expect(Math.max(...slowest)).toBeLessThan(5000);
      expect(detail.services.intake.ok).toBe(true);
      expect(await readyStatus()).toBe(200);
      const asked = Date.now();
      expect(errorCode(await gql('dispatcher@acme.test', QUEUE))).toBe('UNAVAILABLE');
      expect(Date.now() - asked).toBeLessThan(15_000); // the RPC timeout (6 s), with room for a busy machine
      expect((await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '调度挂起时' }) })).errors).toBeUndefined();
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await healthUntil((h) => h.services.dispatch.ok);
    expect(stack.pid('dispatch')).toBe(pid); // a hung process is not the launcher's to restart
  }, 60_000);

  it('does not die when PostgreSQL drops its connections: it logs them lost and connects again', async () => {
    const stack = demo.stack;
    const pid = stack.pid('intake')!;
    const database = new URL(stack.databaseUrl).pathname.slice(1);
    // Busy first, so that both the ORM's and the outbox relay's pools hold connections.
    expect((await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '断库前' }) })).errors).toBeUndefined();
    const cut = await query<{ n: number }>(
      stack.adminDatabaseUrl,
      `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and usename like '%intake%'`,
      [database],
    );
    expect(cut[0].n).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1500)); // an unheard pool `error` would have crashed it by now
    expect(stack.pid('intake')).toBe(pid);
    expect(stack.status('intake')).toBe('running');
    const again = await eventually(
      () => gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '断库后' }) }),
      (r) => r.errors === undefined,
      20_000,
    );
    expect(again.data.createServiceRequest.number).toMatch(/^SR-/);
    expect(stack.pid('intake')).toBe(pid);
  }, 60_000);

  it('is given up on at the fifth crash within two minutes, and stack.start brings it back', async () => {
    const stack = demo.stack;
    const pids: number[] = [];
    for (let crash = 1; crash <= 5; crash++) {
      const pid = await eventually(async () => (stack.status('parts') === 'running' ? stack.pid('parts') : undefined), (p) => p !== undefined && !pids.includes(p), 30_000);
      pids.push(pid!);
      process.kill(pid!, 'SIGKILL');
    }
    await eventually(async () => stack.status('parts'), (s) => s === 'failed', 5000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(stack.status('parts')).toBe('failed');
    expect(stack.pid('parts')).toBeUndefined();
    await healthUntil((h) => h.services.parts.ok === false);
    expect(await readyStatus()).toBe(200);
    await stack.start('parts');
    expect(stack.status('parts')).toBe('running');
    await healthUntil((h) => h.services.parts.ok);
  }, 120_000);
});
