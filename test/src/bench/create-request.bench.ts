import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { passwordToken, startTestPostgres, startTestStack } from '@shouhou/testing';
import { seedDemoData, SERVICES, type ProcessName } from '@shouhou/deploy';

/**
 * `npm run bench`: createServiceRequest through the gateway under load (32 connections, a real token),
 * the same with a new Idempotency-Key per request, as the console sends it,
 * the public form's submitServiceRequest (no account; its rate limits lifted for the run),
 * then the same writes (request + outbox row in one transaction) straight into PostgreSQL with pgbench,
 * and the ratio of the two. Prints figures; asserts nothing.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 32;

async function main() {
  const pg = await startTestPostgres();
  // The public form's limits per visitor and per company would refuse nearly all of the load.
  const stack = await startTestStack(pg.adminUrl, { LOG_LEVEL: 'warn', PUBLIC_FORM_LIMIT_PER_IP: '1000000000', PUBLIC_FORM_LIMIT_PER_TENANT: '1000000000' });
  try {
    await seedDemoData(stack.tooling, () => undefined);
    const token = await passwordToken(stack.idp.issuer, 'agent@acme.test');
    const body = JSON.stringify({
      query: 'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number } }',
      variables: {
        input: { customerName: '压测客户', customerPhone: '13800138000', productModel: 'KFR-35GW', problemDescription: '压测', channel: 'PHONE', category: 'REPAIR' },
      },
    });
    const request = { method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
    console.log(`warming up…`);
    await autocannon({ url: `${stack.gatewayUrl}/graphql`, connections: 8, duration: 3, requests: [request] });
    console.log(`createServiceRequest through the gateway: ${CONNECTIONS} connections, ${DURATION} s`);
    const cpuBefore = cpuSeconds(stack);
    const result = await autocannon({ url: `${stack.gatewayUrl}/graphql`, connections: CONNECTIONS, duration: DURATION, requests: [request] });
    const cpuAfter = cpuSeconds(stack);
    const rss = peakRss(stack);
    const gatewayRps = result.requests.average;
    console.log(`  throughput  ${gatewayRps.toFixed(0)} requests/s (${result.requests.total} in all, ${result.non2xx} non-2xx, ${result.errors} errors)`);
    console.log(`  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  peak RSS    ${Object.entries(rss).map(([n, mb]) => `${n} ${mb} MB`).join(', ')}`);
    const perRequest = (name: string) => (((cpuAfter[name] - cpuBefore[name]) / result.requests.total) * 1000).toFixed(2);
    console.log(`  CPU/request ${Object.keys(cpuAfter).map((n) => `${n} ${perRequest(n)} ms`).join(', ')}`);

    // The console sends an Idempotency-Key with every write (ADR 21): the same create, a new key each time.
    const keyed: autocannon.Request = { ...request, setupRequest: (r: autocannon.Request) => ({ ...r, headers: { ...r.headers, 'idempotency-key': randomUUID() } }) };
    console.log(`createServiceRequest with an Idempotency-Key (a new one per request): ${CONNECTIONS} connections, ${DURATION} s`);
    const keyedCpuBefore = cpuSeconds(stack);
    const withKeys = await autocannon({ url: `${stack.gatewayUrl}/graphql`, connections: CONNECTIONS, duration: DURATION, requests: [keyed] });
    const keyedCpuAfter = cpuSeconds(stack);
    console.log(`  throughput  ${withKeys.requests.average.toFixed(0)} requests/s (${withKeys.requests.total} in all, ${withKeys.non2xx} non-2xx, ${withKeys.errors} errors)`);
    console.log(`  latency     p50 ${withKeys.latency.p50} ms, p99 ${withKeys.latency.p99} ms`);
    const keyedPerRequest = (name: string) => (((keyedCpuAfter[name] - keyedCpuBefore[name]) / withKeys.requests.total) * 1000).toFixed(2);
    console.log(`  CPU/request ${Object.keys(keyedCpuAfter).map((n) => `${n} ${keyedPerRequest(n)} ms`).join(', ')}`);

    await benchPublicForm(stack);

    const pgbenchRps = runPgbench(stack.databaseUrl);
    if (pgbenchRps) {
      console.log(`pgbench, the same two inserts in one transaction, ${CONNECTIONS} clients: ${pgbenchRps.toFixed(0)} tps`);
      console.log(`  gateway / database ratio: ${((gatewayRps / pgbenchRps) * 100).toFixed(1)} %`);
    }
  } finally {
    await stack.stop();
    await pg.stop();
  }
}

/**
 * The public form (`/p/:code/request`): submitServiceRequest without an account, as a customer's
 * browser sends it; counts the rows recorded, since a refused submission is still an HTTP 200.
 */
async function benchPublicForm(stack: { gatewayUrl: string; databaseUrl: string }) {
  const body = JSON.stringify({
    query: 'mutation($code: String!, $input: PublicServiceRequestInput!) { submitServiceRequest(tenantCode: $code, input: $input) { number trackingToken } }',
    variables: {
      code: 'acme',
      input: { customerName: '网上压测客户', customerPhone: '13900139000', productModel: 'XQG100 洗衣机', problemDescription: '压测：脱水时晃动', category: 'REPAIR' },
    },
  });
  const request = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  const one = (await (await fetch(`${stack.gatewayUrl}/graphql`, { ...request })).json()) as { errors?: unknown[] };
  if (one.errors) throw new Error(`submitServiceRequest failed: ${JSON.stringify(one.errors)}`);
  const recorded = async () => {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      return Number((await db.query(`select count(*) from intake.service_request where channel = 'WEB' and customer_name = '网上压测客户'`)).rows[0].count);
    } finally {
      await db.end();
    }
  };
  await autocannon({ url: `${stack.gatewayUrl}/graphql`, connections: 8, duration: 3, requests: [request] });
  console.log(`submitServiceRequest (public form, no account) through the gateway: ${CONNECTIONS} connections, ${DURATION} s`);
  const before = await recorded();
  const result = await autocannon({ url: `${stack.gatewayUrl}/graphql`, connections: CONNECTIONS, duration: DURATION, requests: [request] });
  const rows = (await recorded()) - before;
  console.log(`  throughput  ${result.requests.average.toFixed(0)} requests/s (${result.requests.total} in all, ${rows} recorded, ${result.non2xx} non-2xx, ${result.errors} errors)`);
  console.log(`  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
}

/** User + system CPU seconds each process has used (postgres: the whole server's backends). */
function cpuSeconds(stack: { pid(name: ProcessName): number | undefined }): Record<string, number> {
  const tick = 100; // USER_HZ on Linux
  const out: Record<string, number> = {};
  for (const name of [...SERVICES, 'gateway'] as ProcessName[]) {
    const pid = stack.pid(name);
    if (!pid) continue;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    out[name] = (Number(fields[11]) + Number(fields[12])) / tick;
  }
  let pgTicks = 0;
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!/\((postgres|postmaster)\)/.test(stat)) continue;
      const fields = stat.split(') ')[1].split(' ');
      pgTicks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  out.postgres = pgTicks / tick;
  return out;
}

/** VmHWM: the most resident memory each process has had since it started. */
function peakRss(stack: { pid(name: ProcessName): number | undefined }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of [...SERVICES, 'gateway'] as ProcessName[]) {
    const pid = stack.pid(name);
    if (!pid) continue;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    out[name] = Math.round(kb / 1024);
  }
  return out;
}

function runPgbench(databaseUrl: string): number | undefined {
  const pgbench = ['pgbench', ...['15', '16', '17', '18'].map((v) => `/usr/lib/postgresql/${v}/bin/pgbench`)].find(
    (bin) => spawnSync(bin, ['--version']).status === 0,
  );
  if (!pgbench) {
    console.log('pgbench not found (Debian: apt-get install postgresql-client); skipping the database-only figure');
    return undefined;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shouhou-pgbench-'));
  const script = path.join(dir, 'create-request.sql');
  // What intake does per request: the day counter, the request row and its outbox row, in one transaction.
  writeFileSync(
    script,
    `\\set n random(1, 1000000000)
BEGIN;
SELECT set_config('app.tenant_id', '0193f0a0-0000-7000-8000-00000000ac01', true);
INSERT INTO intake.request_number_counter AS c (tenant_id, day, last) VALUES ('0193f0a0-0000-7000-8000-00000000ac01', 'bench', 1)
  ON CONFLICT (tenant_id, day) DO UPDATE SET last = c.last + 1 RETURNING last;
INSERT INTO intake.service_request (id, tenant_id, number, customer_name, customer_phone, product_model, serial_number, problem_description, channel, category, status, created_at, created_by)
  VALUES (gen_random_uuid(), '0193f0a0-0000-7000-8000-00000000ac01', 'BENCH-' || :n, '压测客户', '13800138000', 'KFR-35GW', '', '压测', 'PHONE', 'REPAIR', 'NEW', now(), 'bench');
INSERT INTO intake.outbox (id, tenant_id, subject, payload, headers) VALUES (gen_random_uuid(), '0193f0a0-0000-7000-8000-00000000ac01', 'bench.evt', '{"n": 1}', '{}');
COMMIT;
`,
  );
  const appUrl = new URL(databaseUrl);
  appUrl.username = 'shouhou_intake';
  appUrl.password = 'shouhou-dev';
  try {
    const out = execFileSync(pgbench, ['-n', '-c', String(CONNECTIONS), '-j', '2', '-T', String(Math.min(DURATION, 10)), '-f', script, appUrl.toString()], {
      encoding: 'utf8',
    });
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    return tps ? Number(tps) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
