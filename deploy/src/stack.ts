import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { provisionDatabase, serviceRoles, urlForRole } from '@shouhou/persistence';
import { startDevIdp, type DevIdp } from './dev-idp/server';
import { startEmbeddedPostgres } from './local/postgres';
import { freePort, startNatsServer, stopChild } from './local/nats';
import { localCredentials } from './local/credentials';
import { createPlatformStreams } from './streams';
import { natsServerConfig, TOOLING_IDENTITY, type NatsIdentity } from './nats-auth';
import type { NatsAccess } from '@shouhou/messaging';
import { describeExit, RestartPolicy, type RestartPolicyOptions } from './local/restart-policy';

export const SERVICES = ['tenancy', 'intake', 'dispatch', 'parts'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type ProcessName = ServiceName | 'gateway';
/** starting: spawned, not ready yet; running: ready; restarting: crashed, a restart is due; stopped: stopped on purpose; failed: given up on. */
export type ProcessStatus = 'starting' | 'running' | 'restarting' | 'stopped' | 'failed';

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
  /**
   * A service or the gateway that dies on its own (a crash, an outside `kill -9`) is started again
   * with backoff (see local/restart-policy.ts); `false` leaves it down. One stopped through `kill()`
   * or `stop()` is never restarted.
   */
  restart?: false | Partial<RestartPolicyOptions>;
  /** Called when a process crashed too often and the launcher stops restarting it (it stays down). */
  onGiveUp?: (name: ProcessName, reason: string) => void;
}

export interface Stack {
  gatewayUrl: string;
  idp: DevIdp;
  natsUrl: string;
  /** Operator tooling's NATS identity and context signing key: seed, imports, tests that call services (ADR 20). */
  tooling: NatsAccess;
  /** Any identity's NATS credentials and signing key (tests of the permissions). */
  natsCredentials(identity: NatsIdentity): NatsAccess;
  adminDatabaseUrl: string;
  databaseUrl: string;
  /** The running process's id (a new one after a restart; none while it is down), for measuring and for killing one in a test. */
  pid(name: ProcessName): number | undefined;
  status(name: ProcessName): ProcessStatus;
  /** Starts a process that is down (cancelling a pending restart); waits until it is ready. */
  start(name: ProcessName): Promise<void>;
  /** Stops a process on purpose: it is not restarted until `start()`. */
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
  const logs = path.join(options.dataDir, 'logs');
  mkdirSync(logs, { recursive: true });
  // What the supervisor decides goes to `say` and, with file output, to logs/launcher.log too.
  const launcherLog = options.output === 'files' ? createWriteStream(path.join(logs, 'launcher.log'), { flags: 'a' }) : undefined;
  const report = (line: string) => {
    say(line);
    launcherLog?.write(`${new Date().toISOString()} ${line}\n`);
  };
  const processes = new Map<ProcessName, Supervised>();
  const supervised = (name: ProcessName): Supervised => {
    let p = processes.get(name);
    if (!p) processes.set(name, (p = { status: 'stopped', policy: new RestartPolicy(options.restart || {}), onPurpose: new WeakSet(), restartable: new WeakSet(), ready: new WeakSet() }));
    return p;
  };
  const alive = (child?: ChildProcess): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;
  const running = () => [...processes.values()].map((p) => p.child).filter(alive);
  let stopping = false;

  try {
    let adminDatabaseUrl = options.adminDatabaseUrl;
    if (!adminDatabaseUrl) {
      say(`starting embedded PostgreSQL on port ${options.ports.postgres}`);
      const pg = await startEmbeddedPostgres(path.join(options.dataDir, 'postgres'), options.ports.postgres);
      stops.push(pg.stop);
      adminDatabaseUrl = pg.adminUrl;
    }
    let natsUrl = options.natsUrl;
    // NATS identities and context signing keys (ADR 20); passwords only for a nats-server of our own.
    const credentials = localCredentials(options.dataDir, SERVICES, !natsUrl);
    if (!natsUrl) {
      say(`starting nats-server with JetStream on port ${options.ports.nats}`);
      const authorization = natsServerConfig({ services: SERVICES, passwords: credentials.passwords });
      const nats = await startNatsServer(path.join(options.dataDir, 'nats'), options.ports.nats, authorization, path.join(logs, 'nats-server.log'));
      stops.push(nats.stop);
      natsUrl = nats.url;
    }
    // The streams, from the one list and as tooling, before any service starts: a service may only look its own up (ADR 20).
    await createPlatformStreams(credentials.access(TOOLING_IDENTITY, natsUrl), SERVICES);
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
        ...credentials.env(name),
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

    /** Spawns one process and waits until it is ready. `restart`: the supervisor's own attempt, whose failure is one more crash. */
    const spawnReady = async (name: ProcessName, restart: boolean) => {
      const p = supervised(name);
      const index = name === 'gateway' ? SERVICES.length : SERVICES.indexOf(name);
      const env = await envFor(name, index);
      if (stopping) throw new Error('the stack is stopping');
      // SHOUHOU_NODE_ARGS passes flags to every child, e.g. `--cpu-prof` for profiling.
      const nodeArgs = (process.env.SHOUHOU_NODE_ARGS ?? '').split(' ').filter(Boolean);
      const child = spawn(process.execPath, [...nodeArgs, entry(name)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      p.child = child;
      p.status = 'starting';
      if (restart) p.restartable.add(child);
      child.once('exit', (code, signal) => onExit(name, child, code, signal));
      const tail = pipeOutput(child, name, options.output === 'files' ? createWriteStream(path.join(logs, `${name}.log`), { flags: 'a' }) : undefined);
      try {
        await waitReady(child, name, Number(env.HEALTH_PORT), name === 'gateway' ? options.ports.gateway : undefined);
      } catch (error) {
        // Not ready in time: a supervisor's attempt counts it as a crash (and tries again); a caller's start fails.
        if (!restart) p.onPurpose.add(child);
        child.kill('SIGKILL');
        throw new Error(`${(error as Error).message}\n${name}'s last lines:\n${tail.join('\n')}`);
      }
      if (p.child === child && alive(child)) {
        p.status = 'running';
        p.ready.add(child);
        p.policy.started(Date.now());
        // Once ready, a process that dies on its own is restarted.
        p.restartable.add(child);
      }
    };

    const onExit = (name: ProcessName, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) => {
      const p = supervised(name);
      if (p.child !== child) return;
      if (stopping || p.onPurpose.has(child)) {
        p.status = 'stopped';
        return;
      }
      if (!p.restartable.has(child)) return; // died while a caller's start() waited: that start() fails
      const how = describeExit(code, signal);
      if (options.restart === false) {
        p.status = 'stopped';
        report(`${name} exited unexpectedly (${how}); restarts are off, it stays down`);
        return;
      }
      p.status = 'restarting';
      // Ctrl-C in a terminal signals the children too: a moment's grace lets the launcher's own stop() come first.
      setTimeout(() => {
        if (stopping || p.child !== child || p.status !== 'restarting') return;
        // One that never became ready is a failed start: a run of them is given up on, however slow each is.
        const decision = p.policy.crashed(Date.now(), !p.ready.has(child));
        if (decision.action === 'give-up') {
          p.status = 'failed';
          report(`${name} exited unexpectedly (${how}): ${decision.reason}; giving up, it stays down`);
          options.onGiveUp?.(name, decision.reason);
          return;
        }
        const { maxCrashes, windowMs } = p.policy.options;
        report(
          `${name} exited unexpectedly (${how}); restarting it in ${decision.delayMs / 1000} s (crash ${decision.crashesInWindow} within ${windowMs / 1000} s; gives up at ${maxCrashes})`,
        );
        p.timer = setTimeout(() => {
          p.timer = undefined;
          if (stopping || p.status !== 'restarting') return;
          p.starting = spawnReady(name, true)
            .then(() => report(`${name} is back (pid ${p.child?.pid})`))
            .catch((error) => report(`${name} did not come back: ${String((error as Error).message).split('\n')[0]}`))
            .finally(() => (p.starting = undefined));
        }, decision.delayMs);
      }, 100);
    };

    const start = async (name: ProcessName) => {
      const p = supervised(name);
      clearTimeout(p.timer);
      p.timer = undefined;
      if (p.starting) await p.starting; // a restart under way: its outcome first
      if (alive(p.child) && p.status === 'running') return;
      // Started again by hand after the launcher gave up: its crashes so far are forgiven.
      if (p.status === 'failed') p.policy = new RestartPolicy(options.restart || {});
      await spawnReady(name, false);
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
      tooling: credentials.access(TOOLING_IDENTITY, natsUrl),
      natsCredentials: (identity) => credentials.access(identity, natsUrl!),
      adminDatabaseUrl,
      databaseUrl,
      pid: (name) => {
        const child = processes.get(name)?.child;
        return alive(child) ? child.pid : undefined;
      },
      status: (name) => processes.get(name)?.status ?? 'stopped',
      start,
      kill: async (name, signal = 'SIGTERM') => {
        const p = processes.get(name);
        if (!p) return;
        clearTimeout(p.timer);
        p.timer = undefined;
        const child = p.child;
        if (!alive(child)) {
          p.status = 'stopped';
          return;
        }
        p.onPurpose.add(child);
        if (signal === 'SIGKILL') {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGKILL');
          await exited;
        } else await stopChild(child);
      },
      stop: async () => {
        stopping = true;
        for (const p of processes.values()) clearTimeout(p.timer);
        await Promise.all(running().reverse().map((c) => stopChild(c)));
        for (const stop of stops.reverse()) await stop();
        launcherLog?.end();
      },
    };
  } catch (error) {
    stopping = true;
    for (const p of processes.values()) clearTimeout(p.timer);
    await Promise.all(running().map((c) => stopChild(c)));
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    launcherLog?.end();
    throw error;
  }
}

interface Supervised {
  child?: ChildProcess;
  status: ProcessStatus;
  policy: RestartPolicy;
  /** A restart waiting for its backoff delay. */
  timer?: NodeJS.Timeout;
  /** A restart spawning and waiting for readiness. */
  starting?: Promise<void>;
  /** Children stopped through kill(): never restarted. */
  onPurpose: WeakSet<ChildProcess>;
  /** Children that were ready once, or spawned by a restart: restarted when they die on their own. */
  restartable: WeakSet<ChildProcess>;
  /** Children that became ready; one that dies without having been is a failed start. */
  ready: WeakSet<ChildProcess>;
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
    // A death by a signal leaves exitCode null: signalCode tells it.
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${describeExit(child.exitCode, child.signalCode)}) while starting`);
    }
    try {
      // Bounded: a child that accepts the connection but never answers must not stall the supervisor.
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} was not ready within 60 s (${url})`);
}
