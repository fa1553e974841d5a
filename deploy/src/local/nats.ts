import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';

export interface RunningNats {
  url: string;
  stop(): Promise<void>;
}

export const NATS_INSTALL_HINT =
  'nats-server was not found on PATH. Install it (Debian/Ubuntu: `sudo apt-get install nats-server`; macOS: `brew install nats-server`) or set NATS_URL to a NATS server with JetStream.';

/** `nats-server -js` from PATH with its JetStream store in `storeDir`. Used when no NATS_URL is given. */
export async function startNatsServer(storeDir: string, port: number): Promise<RunningNats> {
  mkdirSync(storeDir, { recursive: true });
  const child: ChildProcess = spawn('nats-server', ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(NATS_INSTALL_HINT) : error),
    );
    child.once('exit', (code) => reject(new Error(`nats-server exited with ${code}: ${stderr}`)));
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
