import { describe, expect, it } from 'vitest';
import { errorCode } from '@shouhou/testing';
import { demoPlatform } from '../support/demo';
import { demoRequest } from '../support/platform';
import { eventually } from '../support/wait';

/**
 * The launcher brings back a process that dies on its own, and the gateway stays ready meanwhile:
 * only the dead service's operations fail (UNAVAILABLE, at once), the others go on.
 */
// A short RPC timeout so that the "hung service" case answers quickly.
const demo = demoPlatform({ env: { RPC_TIMEOUT_MS: '3000' } });
const gql = demo.gql;

const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number } }`;
const QUEUE = `{ dispatchQueue(first: 1) { totalCount } }`;
const TENANTS = `{ tenants { id code } }`;
const health = async () => (await (await fetch(`${demo.stack.gatewayUrl}/healthz`)).json()) as { services: Record<string, { ok: boolean }> };
const readyStatus = async () => (await fetch(`${demo.stack.gatewayUrl}/readyz`)).status;

describe('a process that dies', () => {
  it('is restarted by the launcher, and meanwhile the gateway stays ready and the other services answer', async () => {
    const stack = demo.stack;
    const before = stack.pid('intake')!;
    expect(before).toBeGreaterThan(0);
    // Warm tokens up first: the checks below must fit in intake's time down.
    await gql('agent@acme.test', `{ me { id } }`);
    await gql('dispatcher@acme.test', `{ me { id } }`);
    await gql('ops@shouhou.test', `{ me { id } }`);

    const killedAt = Date.now();
    process.kill(before, 'SIGKILL'); // from outside, as `kill -9` would: not through stack.kill()
    await eventually(async () => stack.pid('intake'), (pid) => pid !== before);

    // While intake is down (the launcher waits 0.5 s, then intake takes a while to start):
    const [ready, detail, created, queue, tenants] = await Promise.all([
      readyStatus(),
      health(),
      gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '宕机时' }) }),
      gql('dispatcher@acme.test', QUEUE),
      gql('ops@shouhou.test', TENANTS),
    ]);
    const downFor = Date.now() - killedAt;
    expect(stack.status('intake')).not.toBe('running'); // the observations above were made while it was down
    expect(ready).toBe(200);
    expect(detail.services.intake.ok).toBe(false);
    expect(detail.services.dispatch.ok).toBe(true);
    expect(errorCode(created)).toBe('UNAVAILABLE');
    expect(queue.errors).toBeUndefined();
    expect(tenants.errors).toBeUndefined();
    expect(tenants.data.tenants.length).toBeGreaterThan(0);
    expect(downFor).toBeLessThan(2000);

    // Back within seconds, under a new pid, ready.
    await eventually(async () => stack.status('intake'), (s) => s === 'running', 20_000);
    const after = stack.pid('intake')!;
    expect(after).toBeGreaterThan(0);
    expect(after).not.toBe(before);
    expect(Date.now() - killedAt).toBeLessThan(20_000);
    expect((await health()).services.intake.ok).toBe(true);
    const again = await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '重启后' }) });
    expect(again.errors).toBeUndefined();
    expect(again.data.createServiceRequest.number).toMatch(/^SR-/);
    expect(await readyStatus()).toBe(200);
  }, 60_000);

  it('is not restarted when it was stopped on purpose (stack.kill), until stack.start', async () => {
    const stack = demo.stack;
    await stack.kill('parts', 'SIGKILL');
    await new Promise((r) => setTimeout(r, 1500)); // longer than the first restart delay
    expect(stack.status('parts')).toBe('stopped');
    expect(stack.pid('parts')).toBeUndefined();
    await stack.start('parts');
    expect(stack.status('parts')).toBe('running');
    expect((await health()).services.parts.ok).toBe(true);
  }, 30_000);

  it('answers UNAVAILABLE within the RPC timeout for a service that hangs, and /healthz does not hang with it', async () => {
    const stack = demo.stack;
    const pid = stack.pid('dispatch')!;
    process.kill(pid, 'SIGSTOP'); // alive but answering nothing
    try {
      let started = Date.now();
      const detail = await health();
      expect(Date.now() - started).toBeLessThan(2500);
      expect(detail.services.dispatch.ok).toBe(false);
      expect(detail.services.intake.ok).toBe(true);
      expect(await readyStatus()).toBe(200);
      started = Date.now();
      expect(errorCode(await gql('dispatcher@acme.test', QUEUE))).toBe('UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '调度挂起时' }) })).errors).toBeUndefined();
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await eventually(health, (h) => h.services.dispatch.ok);
    expect(stack.pid('dispatch')).toBe(pid); // a hung process is not the launcher's to restart
  }, 30_000);

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
    expect((await health()).services.parts.ok).toBe(false);
    expect(await readyStatus()).toBe(200);
    await stack.start('parts');
    expect(stack.status('parts')).toBe('running');
    expect((await health()).services.parts.ok).toBe(true);
  }, 90_000);
});
