import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export interface RunningNats {
  url: string;
  stop(): Promise<void>;
}

export const NATS_INSTALL_HINT =
  'nats-server was not found on PATH. Install it (Debian/Ubuntu: `sudo apt-get install nats-server`; macOS: `brew install nats-server`) or set NATS_URL to a NATS server with JetStream.';

/**
 * nats-server from PATH with JetStream (store in `storeDir`) on 127.0.0.1:`port`, configured by
 * `nats-server.conf` written next to the store (0600): `authorization` is the block from nats-auth.ts
 * (identities, passwords and permissions; ADR 20). Used when no NATS_URL is given. With `logFile` the
 * server logs there (permission violations and refused logins show up in it).
 */
export async function startNatsServer(storeDir: string, port: number, authorization = '', logFile?: string): Promise<RunningNats> {
  mkdirSync(storeDir, { recursive: true });
  const configFile = path.join(path.dirname(storeDir), 'nats-server.conf');
  const config = [
    `listen: "127.0.0.1:${port}"`,
    `jetstream { store_dir: ${JSON.stringify(storeDir)} }`,
    ...(logFile ? [`log_file: ${JSON.stringify(logFile)}`] : []),
    authorization,
  ].join('\n');
  writeFileSync(configFile, config, { mode: 0o600 });
  const child: ChildProcess = spawn('nats-server', ['-c', configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(NATS_INSTALL_HINT) : error),
    );
    child.once('exit', (code) => {
      // With a log file the reason is there, not on stderr.
      const logged = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-10).join('\n') : '';
      reject(new Error(`nats-server exited with ${code}: ${stderr}${logged}`));
    });
  });
  await Promise.race([waitForPort(port, 15_000), exited]);
  exited.catch(() => undefined);
  return {
    url: `nats://127.0.0.1:${port}`,
    stop: () => stopChild(child),
  };
}

export function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** SIGTERM, then SIGKILL if the child has not exited after `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
