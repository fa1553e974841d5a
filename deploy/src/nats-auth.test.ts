import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contracts from '@shouhou/contracts';
import { CONSUMES, identities, natsServerConfig, permissionsOf, platformStreams, SERVICE_CALLS, verifyKeysFor } from './nats-auth';
import { composeSecrets } from './gen-secrets';
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

  it('no service creates, updates, deletes or purges a stream: it only looks up its own and those it reads', () => {
    for (const service of SERVICES) {
      const streamApi = permissionsOf(service, SERVICES).publish.filter((s) => s.startsWith('$JS.API.STREAM.'));
      expect(streamApi.length, service).toBeGreaterThan(0);
      for (const s of streamApi) expect(s, service).toMatch(/^\$JS\.API\.STREAM\.INFO\.[A-Z_]+$/);
    }
    // The stream admin: exactly the platform's streams, info/create/update, nothing else.
    const admin = permissionsOf('streams', SERVICES);
    expect(admin.publish).toEqual([
      '$JS.API.INFO',
      ...platformStreams(SERVICES).flatMap((st) => ['INFO', 'CREATE', 'UPDATE'].map((v) => `$JS.API.STREAM.${v}.${st.name}`)),
    ]);
    expect(admin.subscribe).toEqual(['_INBOX.streams.>']);
    expect(platformStreams(SERVICES).map((st) => st.name)).toEqual([...SERVICES.map((x) => contracts.streamOf(x).name), 'DEAD_LETTERS']);
  });

  it("a caller's verify key is given only to its callee, limited to the subjects it calls", () => {
    const key = (signer: string) => `${signer}-1:KEY${signer}`;
    expect(verifyKeysFor('intake', SERVICES, key)).toBe('gateway-1:KEYgateway,tooling-1:KEYtooling');
    expect(verifyKeysFor('parts', SERVICES, key)).toBe(`gateway-1:KEYgateway,tooling-1:KEYtooling,dispatch-1@${contracts.PartsRpc.parts.subject}:KEYdispatch`);
  });

  it('docker-compose has no secret defaults, and gen-secrets writes every variable it requires', () => {
    const compose = readFileSync(path.join(ROOT, 'deploy/docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/\$\{[A-Z0-9_]+:-/);
    expect(compose).not.toMatch(/MC4CAQAwBQYDK2Vw/); // no Ed25519 private key (pkcs8 DER prefix)
    const required = [...new Set([...compose.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!))].sort();
    expect(required.length).toBeGreaterThan(5);
    const written = composeSecrets(SERVICES).split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => l.slice(0, l.indexOf('=')));
    for (const variable of required) expect(written, variable).toContain(variable);
    for (const id of identities(SERVICES)) expect(written).toContain(`NATS_PASSWORD_${id.toUpperCase()}`);
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
      const env = Object.fromEntries(identities(SERVICES).map((id) => [`NATS_PASSWORD_${id.toUpperCase()}`, `pw-${id}`]));
      expect(execFileSync('nats-server', ['-t', '-c', file], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' })).toBeDefined();
      expect(() => execFileSync('nats-server', ['-t', '-c', file], { env: { PATH: process.env.PATH }, stdio: 'pipe' })).toThrow();
      writeFileSync(file, natsServerConfig({ services: SERVICES, passwords: Object.fromEntries(Object.entries(env).map(([k, v]) => [k.slice(14).toLowerCase(), v])) }));
      execFileSync('nats-server', ['-t', '-c', file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
