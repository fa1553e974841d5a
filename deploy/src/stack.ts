import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { provisionDatabase, serviceRoles, urlForRole } from '@shouhou/persistence';
import { startDevIdp, type DevIdp } from './dev-idp/server';
import { startEmbeddedPostgres } from './local/postgres';
import { freePort, startNatsServer, stopChild } from './local/nats';

export const SERVICES = ['tenancy', 'intake', 'dispatch', 'parts'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type ProcessName = ServiceName | 'gateway';

export interface StackOptions {
  dataDir: string;
  /** `healthBase` 0: each process's health port is any free one (tests); else base + index. */
  ports: { gateway: number; idp: number; postgres: number; nats: number; healthBase: number };
  /** A superuser URL; when absent, embedded PostgreSQL runs in dataDir. */
  adminDatabaseUrl?: string;
  /** When absent, nats-server from PATH runs with its store in dataDir. */
  natsUrl?: string;
  database?: string;
  /** Extra environment for every child (OTEL_EXPORTER_OTLP_ENDPOINT, LOG_LEVEL, ...). */
  env?: Record<string, string>;
  /** Where child output goes: the terminal with a name prefix, or one log file per process. */
  output: 'terminal' | 'files';
  say?: (line: string) => void;
}

export interface Stack {
  gatewayUrl: string;
  idp: DevIdp;
  natsUrl: string;
  adminDatabaseUrl: string;
  databaseUrl: string;
  /** The process ids, for measuring and for killing one in a test. */
  pid(name: ProcessName): number | undefined;
  start(name: ProcessName): Promise<void>;
  kill(name: ProcessName, signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Heap limits per process. Without them V8 grows the heap under load far past what the work needs
 * (intake reached 270 MB RSS in the benchmark; with them every process stays under 140 MB at the same
 * throughput). Kubernetes and docker-compose set the same through NODE_OPTIONS.
 */
const NODE_OPTIONS: Record<ProcessName, string> = {
  tenancy: '--max-old-space-size=80 --max-semi-space-size=4',
  intake: '--max-old-space-size=96 --max-semi-space-size=4',
  dispatch: '--max-old-space-size=96 --max-semi-space-size=4',
  parts: '--max-old-space-size=96 --max-semi-space-size=4',
  gateway: '--max-old-space-size=128 --max-semi-space-size=8',
};
const entry = (name: ProcessName) =>
  name === 'gateway' ? path.join(ROOT, 'gateway/dist/main.js') : path.join(ROOT, `services/${name}/dist/main.js`);

/**
 * Brings up the whole platform on one machine: PostgreSQL and NATS (given or local), database roles,
 * the dev identity provider, every service (each migrates its schema on start), then the gateway.
 * `npm start`, the end-to-end tests and the benchmark all use it.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const say = options.say ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const children = new Map<ProcessName, ChildProcess>();
  const logs = path.join(options.dataDir, 'logs');
  mkdirSync(logs, { recursive: true });

  try {
    let adminDatabaseUrl = options.adminDatabaseUrl;
    if (!adminDatabaseUrl) {
      say(`starting embedded PostgreSQL on port ${options.ports.postgres}`);
      const pg = await startEmbeddedPostgres(path.join(options.dataDir, 'postgres'), options.ports.postgres);
      stops.push(pg.stop);
      adminDatabaseUrl = pg.adminUrl;
    }
    let natsUrl = options.natsUrl;
    if (!natsUrl) {
      say(`starting nats-server with JetStream on port ${options.ports.nats}`);
      const nats = await startNatsServer(path.join(options.dataDir, 'nats'), options.ports.nats);
      stops.push(nats.stop);
      natsUrl = nats.url;
    }
    const databaseUrl = await provisionDatabase(adminDatabaseUrl, options.database ?? 'shouhou', [...SERVICES]);
    const idp = await startDevIdp({
      port: options.ports.idp,
      keyFile: path.join(options.dataDir, 'dev-idp-key.json'),
      extraRedirectUris: [`http://localhost:${options.ports.gateway}/*`],
      rolesFile: path.join(options.dataDir, 'dev-idp-roles.json'),
    });
    stops.push(idp.close);

    const envFor = async (name: ProcessName, index: number): Promise<Record<string, string>> => {
      const healthPort = options.ports.healthBase ? options.ports.healthBase + index : await freePort();
      const common = {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${NODE_OPTIONS[name]}`.trim(),
        ...options.env,
        NATS_URL: natsUrl!,
        HEALTH_PORT: String(healthPort),
      };
      if (name === 'gateway') {
        return { ...common, PORT: String(options.ports.gateway), KEYCLOAK_URL: idp.url.replace('127.0.0.1', 'localhost') };
      }
      const roles = serviceRoles(name);
      return {
        ...common,
        // Tenancy administers users' roles through Keycloak's Admin API (here, the dev provider's).
        ...(name === 'tenancy'
          ? { KEYCLOAK_URL: idp.url, KEYCLOAK_ADMIN_CLIENT_ID: 'shouhou-tenancy', KEYCLOAK_ADMIN_CLIENT_SECRET: 'dev-tenancy-secret' }
          : {}),
        DATABASE_URL: urlForRole(databaseUrl, roles.app, roles.password),
        DATABASE_MIGRATE_URL: urlForRole(databaseUrl, roles.owner, roles.password),
      };
    };

    const start = async (name: ProcessName) => {
      const index = name === 'gateway' ? SERVICES.length : SERVICES.indexOf(name);
      const env = await envFor(name, index);
      // SHOUHOU_NODE_ARGS passes flags to every child, e.g. `--cpu-prof` for profiling.
      const nodeArgs = (process.env.SHOUHOU_NODE_ARGS ?? '').split(' ').filter(Boolean);
      const child = spawn(process.execPath, [...nodeArgs, entry(name)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      children.set(name, child);
      const tail = pipeOutput(child, name, options.output === 'files' ? createWriteStream(path.join(logs, `${name}.log`), { flags: 'a' }) : undefined);
      await waitReady(child, name, Number(env.HEALTH_PORT), name === 'gateway' ? options.ports.gateway : undefined).catch((error) => {
        throw new Error(`${error.message}\n${name}'s last lines:\n${tail.join('\n')}`);
      });
    };

    for (const name of SERVICES) {
      say(`starting ${name}`);
      await start(name);
    }
    say('starting gateway');
    await start('gateway');

    return {
      gatewayUrl: `http://localhost:${options.ports.gateway}`,
      idp,
      natsUrl,
      adminDatabaseUrl,
      databaseUrl,
      pid: (name) => children.get(name)?.pid,
      start,
      kill: async (name, signal = 'SIGTERM') => {
        const child = children.get(name);
        if (!child) return;
        if (signal === 'SIGKILL') {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGKILL');
          await exited;
        } else await stopChild(child);
      },
      stop: async () => {
        await Promise.all([...children.values()].reverse().map((c) => stopChild(c)));
        for (const stop of stops.reverse()) await stop();
      },
    };
  } catch (error) {
    await Promise.all([...children.values()].map((c) => stopChild(c)));
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

/** Sends a child's output to the terminal or a file; returns its last lines, for start-up errors. */
function pipeOutput(child: ChildProcess, name: string, file?: WriteStream): string[] {
  const prefix = `${name.padEnd(8)} | `;
  const tail: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    if (file) stream.pipe(file);
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!file) process.stdout.write(prefix + line + '\n');
        tail.push(line.slice(0, 2000));
        if (tail.length > 20) tail.shift();
      }
    });
  }
  return tail;
}

async function waitReady(child: ChildProcess, name: string, healthPort: number, httpPort?: number) {
  const url = httpPort ? `http://127.0.0.1:${httpPort}/readyz` : `http://127.0.0.1:${healthPort}/readyz`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} was not ready within 60 s (${url})`);
}
