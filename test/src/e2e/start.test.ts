import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@shouhou/deploy';
import { graphql, passwordToken } from '@shouhou/testing';
import { eventually } from '../support/wait';

const root = path.resolve(__dirname, '../../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shouhou-start-'));
// Run as root, embedded PostgreSQL runs as its own system user, which must reach the data folder.
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` as a newcomer runs it (minus the build): its own PostgreSQL and NATS, demo data, logins. */
async function start(ports: Record<string, number>): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'deploy/dist/start.js')], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      NATS_URL: '',
      SHOUHOU_DATA_DIR: dataDir,
      PORT: String(ports.gateway),
      IDP_PORT: String(ports.idp),
      PG_PORT: String(ports.pg),
      NATS_PORT: String(ports.nats),
      HEALTH_PORT_BASE: String(ports.health),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal gives a command: Ctrl-C signals the whole group.
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('is running')) {
    if (child.exitCode !== null) throw new Error(`npm start exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => output };
}

/** The pid of the launcher's child running `entry` (e.g. services/parts/dist/main.js), if one runs. */
function childPid(launcher: ChildProcess, entry: string): number | undefined {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(launcher.pid)], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.includes(entry));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

/**
 * SIGINT as Ctrl-C in a terminal sends it: to the launcher's whole process group, every child it
 * started included (`group`), or to the launcher alone, as `kill -INT <pid>` does.
 */
function stop(child: ChildProcess, to: 'group' | 'launcher' = 'group'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    // A launcher that hangs while stopping fails the test (exit code null) instead of outliving it.
    const hung = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(hung);
      resolve(code);
    });
    if (to === 'group') process.kill(-child.pid!, 'SIGINT');
    else child.kill('SIGINT');
  });
}

/** Nothing was restarted or reported as crashed: a stop is not a crash. */
function expectNoRestarts(output: string) {
  expect(output).not.toContain('exited unexpectedly');
  expect(output).not.toMatch(/restarting it in|is back \(pid|did not come back|giving up/);
}

describe('npm start', () => {
  it('runs the platform with demo data, stops cleanly on Ctrl-C, and keeps the data for the next start', async () => {
    const ports = { gateway: await freePort(), idp: await freePort(), pg: await freePort(), nats: await freePort(), health: 0 }; // 0: each process's health port is any free one
    const first = await start(ports);
    expect(first.output()).toContain('agent@acme.test');
    expect(first.output()).toContain('demo tenant acme created');
    const issuer = `http://localhost:${ports.idp}/realms/shouhou`;
    const gateway = `http://localhost:${ports.gateway}`;
    const token = await passwordToken(issuer, 'agent@acme.test');
    const created = await graphql(gateway, `mutation { createServiceRequest(input: { customerName: "重启前", customerPhone: "13800138000", productModel: "X", problemDescription: "y", channel: PHONE, category: REPAIR }) { number } }`, {}, token);
    expect(created.errors).toBeUndefined();
    // Ctrl-C: the launcher and every child get SIGINT at once; it stops cleanly and restarts nothing.
    expect(await stop(first.child, 'group')).toBe(0);
    expect(first.output()).toContain('stopped; data kept');
    expectNoRestarts(first.output());

    const second = await start(ports);
    try {
      expect(second.output()).not.toContain('demo tenant acme created');
      const again = await passwordToken(issuer, 'agent@acme.test');
      const found = await graphql(gateway, `{ serviceRequests(first: 5, filter: { search: "重启前" }) { totalCount } }`, {}, again);
      expect(found.data.serviceRequests.totalCount).toBe(1);
      // A token from before the restart still verifies: the signing key is kept with the data.
      const old = await graphql(gateway, '{ me { username } }', {}, token);
      expect(old.data.me.username).toBe('agent@acme.test');
    } finally {
      // SIGINT to the launcher alone: it stops its children itself.
      expect(await stop(second.child, 'launcher')).toBe(0);
    }
    expect(second.output()).toContain('stopped; data kept');
    expectNoRestarts(second.output());
  }, 240_000);

  it('restarts a crashed service, and stops everything with exit code 1 once it keeps crashing', async () => {
    const ports = { gateway: await freePort(), idp: await freePort(), pg: await freePort(), nats: await freePort(), health: 0 };
    const run = await start(ports);
    const exited = new Promise<number | null>((resolve) => run.child.once('exit', (code) => resolve(code)));
    try {
      const seen: number[] = [];
      const backs = () => run.output().split('parts is back').length - 1;
      for (let crash = 1; crash <= 5; crash++) {
        // The first pid right away; each next one once the launcher says parts is back.
        const pid = await eventually(
          async () => (backs() >= crash - 1 ? childPid(run.child, 'services/parts/dist/main.js') : undefined),
          (p) => p !== undefined && !seen.includes(p),
          30_000,
        );
        seen.push(pid!);
        process.kill(pid!, 'SIGKILL');
      }
      expect(await exited).toBe(1);
      expect(run.output()).toMatch(/parts exited unexpectedly \(signal SIGKILL\); restarting it in 0\.5 s/);
      expect(run.output()).toContain('parts keeps crashing (5 crashes within 120 s); stopping everything');
      expect(run.output()).toContain('stopped; data kept');
      // Everything it started is gone: the gateway's port is free again.
      await expect(fetch(`http://127.0.0.1:${ports.gateway}/healthz`)).rejects.toThrow();
    } finally {
      if (run.child.exitCode === null) await stop(run.child);
    }
  }, 180_000);
});
