import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contracts from '@shouhou/contracts';
import { CONSUMES, natsServerConfig, permissionsOf, SERVICE_CALLS } from './nats-auth';
import { deployedNatsAuthorization, NATS_AUTH_FILES } from './nats-config';
import { SERVICES } from './stack';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === '__tests__' ? [] : sources(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

/** `consumers.on(<Events>.<event>, { durable: <Consumers>.<name> ...` in a service's code, resolved through the contracts. */
function consumersInCode(service: string): string[] {
  const found: string[] = [];
  for (const file of sources(path.join(ROOT, 'services', service, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/consumers\.on\(\s*([\w.]+),\s*\{\s*durable:\s*(\w+)\.(\w+)/g)) {
      const durable = (contracts as any)[m[2]!][m[3]!] as string;
      const [holder, key] = m[1]!.split('.');
      const contract = holder === 'sla' ? contracts.slaEvents(service)[key as 'atRisk'] : (contracts as any)[holder!][key!];
      found.push(`${contract.stream}/${contract.subject}/${durable}`);
    }
  }
  return found.sort();
}

describe('NATS identities and permissions', () => {
  it('every service is listed, with exactly the durable consumers its code runs', () => {
    expect(Object.keys(CONSUMES).sort()).toEqual([...SERVICES].sort());
    for (const service of SERVICES) {
      const listed = CONSUMES[service]!.map(([c, durable]) => `${c.stream}/${c.subject}/${durable}`).sort();
      expect(listed, service).toEqual(consumersInCode(service));
    }
  });

  it('only the gateway and tooling send commands and queries; a service answers its own in its queue group', () => {
    const gateway = permissionsOf('gateway', SERVICES);
    expect(gateway.publish).toEqual(SERVICES.flatMap((s) => [`${s}.cmd.>`, `${s}.qry.>`]));
    expect(gateway.publish.some((s) => s.includes('.evt.'))).toBe(false);
    for (const service of SERVICES) {
      const p = permissionsOf(service, SERVICES);
      expect(p.subscribe).toEqual([`${service}.cmd.> ${service}`, `${service}.qry.> ${service}`, `_INBOX.${service}.>`]);
      const rpcs = p.publish.filter((s) => /\.(cmd|qry)\./.test(s));
      expect(rpcs, service).toEqual((SERVICE_CALLS[service] ?? []).map((c) => c.subject));
      expect(p.publish.filter((s) => s.includes('.evt.')), service).toEqual([`${service}.evt.>`]);
      // JetStream: no wildcard over streams or consumers, only below one of its own durables.
      const durables = CONSUMES[service]!.map(([, d]) => d);
      for (const s of p.publish.filter((x) => x.startsWith('$JS.') && /[*>]/.test(x))) {
        expect(durables.some((d) => s.endsWith(`.${d}.>`)), s).toBe(true);
      }
    }
  });

  it('the committed compose and Kubernetes files are the generated ones (node deploy/dist/nats-config.js)', () => {
    for (const file of NATS_AUTH_FILES) expect(readFileSync(file, 'utf8'), file).toBe(deployedNatsAuthorization());
    expect(deployedNatsAuthorization()).not.toMatch(/password: "/);
  });

  it('nats-server accepts the configuration, and takes the passwords from its environment', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nats-auth-'));
    try {
      const file = path.join(dir, 'nats.conf');
      writeFileSync(file, `jetstream { store_dir: ${JSON.stringify(dir)} }\n${deployedNatsAuthorization()}`);
      const env = Object.fromEntries([...SERVICES, 'gateway', 'tooling'].map((id) => [`NATS_PASSWORD_${id.toUpperCase()}`, `pw-${id}`]));
      expect(execFileSync('nats-server', ['-t', '-c', file], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' })).toBeDefined();
      expect(() => execFileSync('nats-server', ['-t', '-c', file], { env: { PATH: process.env.PATH }, stdio: 'pipe' })).toThrow();
      writeFileSync(file, natsServerConfig({ services: SERVICES, passwords: Object.fromEntries(Object.entries(env).map(([k, v]) => [k.slice(14).toLowerCase(), v])) }));
      execFileSync('nats-server', ['-t', '-c', file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
