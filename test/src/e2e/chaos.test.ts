import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passwordToken } from '@shouhou/testing';
import type { ProcessName } from '@shouhou/deploy';
import { demoPlatform } from '../support/demo';
import { demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';

/**
 * Chaos: writes under concurrent load while every service (intake, dispatch, parts, tenancy) and the
 * gateway are each killed with SIGKILL and brought back by the launcher. Every write carries an `Idempotency-Key`; a client that got
 * an error or no answer retries the same call with the same key until it succeeds. Afterwards every
 * acknowledged write exists exactly once, no outbox row is left unpublished, and every request reached
 * dispatch's queue.
 */
// In-flight calls to a killed service fail after the RPC timeout: shorter than the default so the run
// stays short, longer than a service's wait for a concurrent duplicate's answer (5 s).
const demo = demoPlatform({ env: { RPC_TIMEOUT_MS: '6000' } });

const LOOPS = 8;
const LOAD_MS = 20_000;
/** A logical write that has not succeeded by then fails the test (the loops are bounded in time). */
const WRITE_DEADLINE_MS = 30_000;
const ATTEMPT_TIMEOUT_MS = 8_000;
const run = randomUUID().slice(0, 8);

type Write = { user: string; query: string; variables: Record<string, unknown>; marker: string; kind: 'request' | 'customer' | 'receipt' };
type Outcome = { write: Write; key: string; attempts: number; ok: boolean; data?: any; errors: string[] };

const tokens: Record<string, string> = {};

/** One HTTP attempt; undefined data means "retry" (an error, no answer, or a refusal worth retrying). */
async function attempt(write: Write, key: string): Promise<{ data?: any; error?: string; fatal?: boolean }> {
  try {
    const res = await fetch(`${demo.stack.gatewayUrl.replace('localhost', '127.0.0.1')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[write.user]}`, 'idempotency-key': key },
      body: JSON.stringify({ query: write.query, variables: write.variables }),
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const code = body.errors[0].extensions?.code ?? 'NONE';
      // Refusals of the input itself will not change with a retry; nor will a CONFLICT for this key.
      return { error: `${code}: ${body.errors[0].message}`, fatal: ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT'].includes(code) };
    }
    if (!res.ok || !body.data) return { error: `HTTP ${res.status}` };
    return { data: body.data };
  } catch (error) {
    return { error: `no answer: ${(error as Error).name}` };
  }
}

/** The same call with the same key until it succeeds, bounded in attempts and time. */
async function writeOnce(write: Write): Promise<Outcome> {
  const key = randomUUID();
  const deadline = Date.now() + WRITE_DEADLINE_MS;
  const outcome: Outcome = { write, key, attempts: 0, ok: false, errors: [] };
  while (Date.now() < deadline && outcome.attempts < 200) {
    outcome.attempts++;
    const r = await attempt(write, key);
    if (r.data) return { ...outcome, ok: true, data: r.data };
    outcome.errors.push(r.error!);
    if (r.fatal) return outcome;
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 150));
  }
  return outcome;
}

const writes = {
  request: (marker: string): Write => ({
    user: 'agent@acme.test',
    kind: 'request',
    marker,
    query: `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }`,
    variables: { input: demoRequest({ customerName: '混沌测试', problemDescription: marker }) },
  }),
  customer: (marker: string): Write => ({
    user: 'agent@acme.test',
    kind: 'customer',
    marker,
    query: `mutation($input: CustomerInput!) { saveCustomer(input: $input) { id } }`,
    variables: { input: { name: marker, phones: [`139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`] } },
  }),
  receipt: (marker: string, locationId: string): Write => ({
    user: 'warehouse@acme.test',
    kind: 'receipt',
    marker,
    query: `mutation($loc: ID!, $reason: String) { receiveStock(locationId: $loc, sku: "CHAOS-1", quantity: 1, unitCost: 100, reason: $reason) { onHand } }`,
    variables: { loc: locationId, reason: marker },
  }),
};

/** SIGKILL from outside (as `kill -9`), then wait for the launcher to have it running again. */
async function crash(name: ProcessName, log: string[]) {
  const stack = demo.stack;
  const pid = stack.pid(name)!;
  const at = Date.now();
  process.kill(pid, 'SIGKILL');
  await eventually(async () => ({ pid: stack.pid(name), status: stack.status(name) }), (s) => s.status === 'running' && s.pid !== undefined && s.pid !== pid, 30_000);
  log.push(`${name}: killed pid ${pid}, back as ${stack.pid(name)} after ${Date.now() - at} ms`);
}

describe('chaos', () => {
  it('loses nothing and doubles nothing while each service and the gateway are killed under load', async () => {
    const stack = demo.stack;
    for (const user of ['agent@acme.test', 'warehouse@acme.test']) tokens[user] = await passwordToken(stack.idp.issuer, user);
    const setup = await demo.gql('warehouse@acme.test', `mutation { savePart(input: { sku: "CHAOS-1", name: "混沌测试件", cost: 100, price: 200 }) { id } }`);
    expect(setup.errors).toBeUndefined();
    const central = (await demo.gql('warehouse@acme.test', `{ stockLocations { id code } }`)).data.stockLocations.find((l: { code: string }) => l.code === 'WH-SH').id;

    const started = Date.now();
    const outcomes: Outcome[] = [];
    const chaosLog: string[] = [];
    let chaosDone = false;
    const loops = Array.from({ length: LOOPS }, async (_, loop) => {
      // Half the loops record requests, the rest customers and stock receipts.
      const kind = loop < 4 ? 'request' : loop < 6 ? 'customer' : 'receipt';
      for (let i = 0; i < 1000 && (Date.now() - started < LOAD_MS || !chaosDone) && Date.now() - started < 60_000; i++) {
        const marker = `chaos-${run}-${loop}-${i}`;
        const write = kind === 'receipt' ? writes.receipt(marker, central) : writes[kind](marker);
        outcomes.push(await writeOnce(write));
      }
    });
    // One after the other, each once the previous is back: parts under the receipts' load, tenancy
    // (the gateway's tenant lookups), the gateway last.
    const victims: ProcessName[] = ['intake', 'dispatch', 'parts', 'tenancy', 'gateway'];
    const chaos = (async () => {
      await new Promise((r) => setTimeout(r, 3000));
      for (const [i, name] of victims.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, 1500));
        await crash(name, chaosLog);
      }
    })().finally(() => (chaosDone = true));
    await Promise.all([chaos, ...loops]);
    const loadMs = Date.now() - started;

    const retried = outcomes.filter((o) => o.attempts > 1);
    const failed = outcomes.filter((o) => !o.ok);
    console.log(
      `chaos: ${outcomes.length} writes in ${loadMs} ms, ${retried.length} retried (${retried.reduce((n, o) => n + o.attempts - 1, 0)} retries), ${failed.length} not acknowledged\n  ${chaosLog.join('\n  ')}\n  errors seen: ${JSON.stringify(
        Object.entries(
          outcomes.flatMap((o) => o.errors).reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.slice(0, 80)]: (acc[e.slice(0, 80)] ?? 0) + 1 }), {}),
        ),
      )}`,
    );
    if (failed.length) {
      // For diagnosis: keys taken whose answer was never kept (a crash between the commit and keeping the reply).
      for (const schema of ['intake', 'parts']) {
        const [row] = await query<{ n: number }>(stack.databaseUrl, `select count(*)::int as n from ${schema}.idempotent_request where reply is null`).catch(() => [{ n: -1 }]);
        console.log(`chaos: ${schema}.idempotent_request rows without a kept reply: ${row.n}`);
      }
    }
    expect(chaosLog).toHaveLength(victims.length);
    expect(failed.map((o) => `${o.write.marker}: ${o.errors.slice(-3).join('; ')}`)).toEqual([]);
    expect(retried.length).toBeGreaterThan(0); // the chaos did hit some writes

    // The same key and input again (a client retrying after an answer it lost) replays the first
    // answer and creates nothing: of each kind (parts' stock receipts too), retried writes first, they
    // are the ones the chaos hit.
    const replayed = (['request', 'customer', 'receipt'] as const).flatMap((kind) =>
      [...retried, ...outcomes].filter((o, i, all) => o.ok && o.write.kind === kind && all.indexOf(o) === i).slice(0, 3),
    );
    expect(new Set(replayed.map((o) => o.write.kind)).size).toBe(3);
    for (const o of replayed) {
      const again = await attempt(o.write, o.key);
      expect(again.error).toBeUndefined();
      expect(again.data).toEqual(o.data);
    }

    // Every acknowledged write exists exactly once, retried and replayed ones included.
    const counts = async (sql: string) =>
      new Map((await query<{ marker: string; n: number }>(stack.databaseUrl, sql, [`chaos-${run}-%`])).map((r) => [r.marker, r.n]));
    const found = {
      request: await counts(`select problem_description as marker, count(*)::int as n from intake.service_request where problem_description like $1 group by 1`),
      customer: await counts(`select name as marker, count(*)::int as n from intake.customer where name like $1 group by 1`),
      receipt: await counts(`select reason as marker, count(*)::int as n from parts.movement where kind = 'RECEIPT' and reason like $1 group by 1`),
    };
    const wrong = outcomes
      .map((o) => ({ marker: o.write.marker, kind: o.write.kind, retried: o.attempts > 1, n: found[o.write.kind].get(o.write.marker) ?? 0 }))
      .filter((o) => o.n !== 1);
    console.log(`chaos: writes not present exactly once: ${wrong.length} (${wrong.filter((w) => w.n > 1).length} doubled, ${wrong.filter((w) => w.n === 0).length} missing)`);
    expect(wrong).toEqual([]);

    // Nothing is left in an outbox, and every request created reached dispatch's queue once.
    for (const schema of ['tenancy', 'intake', 'dispatch', 'parts']) {
      await eventually(
        async () => (await query<{ n: number }>(stack.databaseUrl, `select count(*)::int as n from ${schema}.outbox where published_at is null`))[0].n,
        (n) => n === 0,
        30_000,
      );
    }
    const unqueued = await eventually(
      () =>
        query<{ id: string; n: number }>(
          stack.databaseUrl,
          `select r.id, (select count(*)::int from dispatch.queue_entry q where q.service_request_id = r.id) as n
             from intake.service_request r where r.problem_description like $1`,
          [`chaos-${run}-%`],
        ).then((rows) => rows.filter((r) => r.n !== 1)),
      (rows) => rows.length === 0,
      30_000,
    );
    expect(unqueued).toEqual([]);
    // Bounded: the load stops by 60 s, a write's retries by 30 s after it; typically ~40 s in all.
    expect(Date.now() - started).toBeLessThan(100_000);
  }, 120_000);
});
