import { beforeAll, describe, expect, it } from 'vitest';
import { passwordToken } from '@shouhou/testing';
import { demoPlatform } from '../support/demo';
import { query } from '../support/platform';
import { ALL_TABLES_SQL, introspect, nestedArgumentFields, pool, printType, seeded, selection, type Operation, type Schema } from '../support/schema';
import { hostileCases, literal, validValue, type Sample } from '../support/hostile';
import { best, harvest, idPositions, isIdType, kindWords, score, setAt, type Harvested } from '../support/ids';

/**
 * Schema-driven fuzz: every Query and Mutation field of the schema the gateway serves, with hostile
 * values derived from each argument's type (and each field of its input objects), sent as several
 * roles and without a token. Nothing may come back as an internal error or a 5xx, every error carries a
 * known code, the gateway stays the same process, and a refused call writes nothing.
 *
 * Deterministic: FUZZ_SEED picks the cases (the seed is printed); FUZZ_CASES_PER_ARG caps them.
 */
const demo = demoPlatform({ env: { PUBLIC_FORM_LIMIT_PER_IP: '1000000', PUBLIC_FORM_LIMIT_PER_TENANT: '1000000' } });

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES_PER_ARG = Number(process.env.FUZZ_CASES_PER_ARG ?? 40);
const HEAVY_PER_ARG = 2;
const CONCURRENCY = process.env.FUZZ_TRACE ? 1 : 8;
const BATCH = 64;
/** `undefined`: no token. */
const USERS = ['admin@acme.test', 'agent@acme.test', 'dispatcher@acme.test', 'tech@acme.test', 'warehouse@acme.test', 'quality@acme.test', 'ops@shouhou.test', undefined];
/**
 * The codes a refusal may carry. UNAVAILABLE is not among them: every service is up for this suite, so
 * a service that does not answer a hostile call (it crashed or hung on it) is a failure.
 */
const KNOWN = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND',
  'CONFLICT', 'RATE_LIMITED', 'TENANT_SUSPENDED', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'PAYLOAD_TOO_LARGE',
  // Apollo's own, for an operation name the document does not define (HTTP 400).
  'OPERATION_RESOLUTION_FAILURE',
]);

interface Call {
  op: Operation;
  user: string | undefined;
  label: string;
  path: string;
  /** The request body, as sent. */
  body: string;
  /** A request malformed below GraphQL (method, headers, query string): HTTP may refuse it on its own. */
  raw?: { method?: string; headers?: Record<string, string>; search?: string };
}
interface Outcome {
  status: number;
  codes: string[];
  /** Errors and no data for the operation's field: nothing should have happened. */
  refused: boolean;
  failure?: string;
}

let schema: Schema;
let gatewayPid: number | undefined;
const tokens = new Map<string, string>();
const codes = new Map<string, number>();
const failures = new Map<string, string[]>();
const accepted = new Map<string, number>();
/** Where hostile values went through (not a failure: an empty note is fine; a blank name may not be). */
const acceptedWhere = new Set<string>();
const covered = new Set<string>();
let sent = 0;
const nestedCovered: string[] = [];

function fail(kind: string, call: Call, detail = '') {
  const list = failures.get(kind) ?? [];
  list.push(`${call.op.kind} ${call.op.field.name} ${call.path} [${call.label}] as ${call.user ?? 'no token'}${detail ? `: ${detail}` : ''}`);
  failures.set(kind, list);
}

const slow: string[] = [];
async function send(call: Call): Promise<Outcome> {
  const began = Date.now();
  try {
    return await sendOnce(call);
  } finally {
    const ms = Date.now() - began;
    if (ms > 2_000) slow.push(`${call.op.field.name} ${call.path} [${call.label}] ${ms} ms`);
    if (process.env.FUZZ_TRACE) console.log(`[fuzz] ${ms} ms ${call.op.field.name} ${call.path} [${call.label}]`);
  }
}

async function sendOnce(call: Call): Promise<Outcome> {
  sent++;
  if (!call.raw) covered.add(`${call.op.kind}.${call.op.field.name}`);
  const token = call.user ? tokens.get(call.user) : undefined;
  let status: number;
  let body: any;
  try {
    const res = await fetch(`${demo.stack.gatewayUrl}/graphql${call.raw?.search ?? ''}`, {
      method: call.raw?.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...call.raw?.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: call.raw?.method === 'GET' ? undefined : call.body,
      // A request the gateway cannot answer in this time has found a way to make it work too hard.
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    const text = await res.text();
    try {
      body = JSON.parse(text);
    } catch {
      body = { nonJson: text.slice(0, 200) };
    }
  } catch (error) {
    const kind = (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
    fail(kind, call, String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message));
    return { status: 0, codes: [kind], refused: true, failure: 'NETWORK' };
  }
  const errors: { message: string; extensions?: { code?: string } }[] = Array.isArray(body?.errors) ? body.errors : [];
  const found = errors.map((e) => e.extensions?.code ?? 'NO_CODE');
  for (const c of found) codes.set(c, (codes.get(c) ?? 0) + 1);
  let failure: string | undefined;
  for (const [i, c] of found.entries()) {
    const kind = c === 'INTERNAL_SERVER_ERROR' ? c : KNOWN.has(c) ? undefined : `CODE_${c}`;
    if (kind && !failure) fail((failure = kind), call, errors[i].message.slice(0, 160));
  }
  if (status >= 500 && !failure) fail((failure = `HTTP_${status}`), call, JSON.stringify(body).slice(0, 160));
  // A malformed request may be refused by HTTP alone (a 4xx without a GraphQL body); an operation may not.
  const httpRefusal = Boolean(call.raw) && status >= 400 && status < 500;
  if (!failure && found.length === 0 && !body?.data && !httpRefusal) fail((failure = 'NO_ANSWER'), call, `${status} ${JSON.stringify(body).slice(0, 160)}`);
  const refused = httpRefusal || (found.length > 0 && (body?.data == null || body.data[call.op.field.name] == null));
  if (!refused && call.label !== 'valid-shaped') {
    accepted.set(call.label, (accepted.get(call.label) ?? 0) + 1);
    acceptedWhere.add(`${call.label}: ${call.op.field.name} ${call.path}`);
  }
  return { status, codes: found, refused, failure };
}

/** The operation with its arguments as variables (`args` holds the variables' values; absent = omitted). */
function asVariables(op: Operation, args: Record<string, unknown>, depth = 1): string {
  const defs = op.field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const uses = op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${op.kind} Fuzz${defs ? `(${defs})` : ''} { ${op.field.name}${uses ? `(${uses})` : ''} ${selection(schema, op.field.type, depth)} }`;
  return JSON.stringify({ query, variables: args });
}

/** The operation with its arguments written inline as literals. */
function asLiterals(op: Operation, args: Record<string, unknown>): string {
  const uses = op.field.args
    .filter((a) => a.name in args)
    .map((a) => `${a.name}: ${literal(schema, args[a.name], a.type)}`)
    .join(', ');
  return JSON.stringify({ query: `${op.kind} { ${op.field.name}${uses ? `(${uses})` : ''} ${selection(schema, op.field.type, 1)} }` });
}

const baseline = (op: Operation) => Object.fromEntries(op.field.args.map((a) => [a.name, validValue(schema, a.type, a.name)]));

/** Acme's real ids (not its tenant's or users': suspending acme or changing its admin's roles would end the run). */
const live = new Map<string, Harvested>();
/** The valid-shaped arguments with acme's real ids where an id fits, so hostile values reach the rules about real records. */
function liveBaseline(op: Operation): Record<string, unknown> {
  const args = baseline(op);
  const usable = [...live.values()].filter((h) => !/^(Tenant|Me)\./.test(h.source));
  for (const a of op.field.args) {
    for (const p of idPositions(schema, a.type, [a.name])) {
      if (!isIdType(schema, a.type, p.slice(1))) continue;
      const kind = kindWords(op.field, p);
      const [top] = best(usable, kind);
      if (top && score(top, kind) > 0) args[a.name] = setAt(schema, args[a.name], p.slice(1), a.type, top.value);
    }
  }
  return args;
}

/**
 * The hostile cases of one operation: for each argument, its hostile values (stratified: one of each
 * kind first, then at random up to the cap), the other arguments valid-shaped.
 */
function casesOf(op: Operation, rng: ReturnType<typeof seeded>, heavy: boolean): { label: string; path: string; args: Record<string, unknown> }[] {
  const out: { label: string; path: string; args: Record<string, unknown> }[] = [];
  for (const arg of op.field.args) {
    let n = 0;
    const all = hostileCases(schema, arg).filter((c) => Boolean(c.heavy) === heavy);
    const byLabel = new Map<string, (Sample & { path: string })[]>();
    for (const c of rng.shuffle(all)) byLabel.set(c.label, [...(byLabel.get(c.label) ?? []), c]);
    const first = [...byLabel.values()].map((cs) => cs[0]);
    const rest = rng.shuffle(all.filter((c) => !first.includes(c)));
    const cap = heavy ? HEAVY_PER_ARG : CASES_PER_ARG;
    for (const c of [...first, ...rest].slice(0, cap)) {
      // Every other case against acme's real records, the rest against ids that do not exist.
      const args = { ...(n++ % 2 ? liveBaseline(op) : baseline(op)), [arg.name]: c.value };
      out.push({ label: c.label, path: c.path, args });
    }
    if (!heavy && arg.type.kind === 'NON_NULL') {
      const { [arg.name]: _omitted, ...rest2 } = baseline(op);
      out.push({ label: 'missing-non-null', path: arg.name, args: rest2 });
    }
  }
  return out;
}

// ---- "a refused call writes nothing": row counts and checksums of every table, before and after ----

let snapshotSql = '';
async function snapshot(): Promise<Map<string, string>> {
  const rows = await query<{ t: string; v: string }>(adminUrl(), snapshotSql);
  return new Map(rows.map((r) => [r.t, r.v]));
}
const changed = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
/** Waits for the platform to settle (consumers and relays finish what earlier writes started). */
async function quiet(): Promise<Map<string, string>> {
  let last = await snapshot();
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await snapshot();
    if (changed(last, now).length === 0) return now;
    last = now;
  }
  return last;
}

let checkedBatches = 0;
let resentBatches = 0;
let uncheckedBatches = 0;
/** Changes seen once beside a refused write but not again when it was repeated: printed, not failed. */
const unconfirmed: string[] = [];
/** A malformed request may hold any operation: it counts as a write until refused. */
const writes = (c: Call) => c.op.kind === 'mutation' || Boolean(c.raw);

/**
 * Runs calls in batches; a batch whose writes were all refused must leave every table as it was. When
 * some write in a batch went through, its refused writes are sent again on their own once the platform
 * has settled, so every refused write is checked.
 */
async function runChecked(calls: Call[], abortWhenDown = false) {
  let before = await quiet();
  let down = 0;
  for (let i = 0; i < calls.length; i += BATCH) {
    let batch = calls.slice(i, i + BATCH);
    if (abortWhenDown && down >= 3) {
      for (const c of batch) fail('GATEWAY_DOWN', c, 'not sent: the gateway stopped answering');
      continue;
    }
    let outcomes = await pool(batch, CONCURRENCY, send);
    down = outcomes.some((o) => o.failure === 'NETWORK') ? down + 1 : 0;
    if (!batch.every((c, j) => !writes(c) || outcomes[j].refused)) {
      batch = batch.filter((c, j) => writes(c) && outcomes[j].refused);
      before = await quiet();
      outcomes = await pool(batch, CONCURRENCY, send);
      if (!outcomes.every((o) => o.refused)) {
        uncheckedBatches++;
        before = await quiet();
        continue;
      }
      resentBatches++;
    } else checkedBatches++;
    const after = await snapshot();
    if (changed(before, after).length === 0) {
      before = after;
      continue;
    }
    // Something changed: the platform's own background work, or a refused call that wrote. Replay the
    // batch's writes one at a time to tell which.
    before = await quiet();
    for (const c of batch.filter(writes)) {
      const outcome = await send(c);
      const now = await snapshot();
      const tables = changed(before, now);
      if (outcome.refused && tables.length > 0) {
        const settled = await quiet();
        const still = changed(before, settled);
        before = settled;
        if (still.length === 0) continue;
        // Background work may have landed at the same moment: a refused call that writes writes again.
        const again = await send(c);
        const confirmed = changed(before, (before = await quiet()));
        if (again.refused && confirmed.length > 0) fail('WROTE_WHEN_REFUSED', c, `${outcome.codes.join(',')} yet ${still.join(', ')} changed, and ${confirmed.join(', ')} when sent again`);
        else unconfirmed.push(`${c.op.field.name} ${c.path} [${c.label}]: ${still.join(', ')} changed once, not when sent again`);
      } else before = tables.length ? await quiet() : now;
    }
  }
}

function report(title: string, started: number) {
  const byCode = Object.fromEntries([...codes].sort((a, b) => b[1] - a[1]));
  const byFailure = Object.fromEntries([...failures].map(([k, v]) => [k, v.length]));
  console.log(
    `[fuzz] ${title}: seed ${SEED}; ${covered.size} operations covered of ${schema.operations.length} in the schema; ` +
      `${sent} calls so far (half of the hostile ones against ${live.size} real acme records); ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      `[fuzz] fields below the root with arguments: ${nestedCovered.join(', ') || 'none'}\n` +
      `[fuzz] error codes: ${JSON.stringify(byCode)}\n` +
      `[fuzz] hostile values accepted (no error): ${JSON.stringify(Object.fromEntries(accepted))}\n` +
      `[fuzz]   where: ${[...acceptedWhere].sort().join('; ')}\n` +
      `[fuzz] "refused writes change nothing": ${checkedBatches} batches checked as sent, ${resentBatches} by sending their refused writes again ` +
      `(a write beside them went through), ${uncheckedBatches} not checked (a refused write went through when sent again)\n` +
      `[fuzz] slow answers (over 2 s): ${slow.length ? slow.join('; ') : 'none'}\n` +
      `[fuzz] changes beside a refused write that did not happen again: ${unconfirmed.length ? unconfirmed.join('; ') : 'none'}\n` +
      `[fuzz] failures: ${JSON.stringify(byFailure)}` +
      [...failures].map(([k, v]) => `\n  ${k} (${v.length}):\n    ${[...new Set(v)].slice(0, 15).join('\n    ')}`).join(''),
  );
}

const failureList = () => [...failures].map(([k, v]) => `${k}: ${v.length}× e.g. ${v[0]}`);

async function alive() {
  const r = await fetch(`${demo.stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  }).catch(() => undefined);
  return r?.status === 200;
}

beforeAll(async () => {
  schema = await introspect(demo.stack.gatewayUrl);
  gatewayPid = demo.stack.pid('gateway');
  for (const u of USERS) if (u) tokens.set(u, await passwordToken(demo.stack.idp.issuer, u));
  // Acme's ids, from every list its people see.
  const lists = schema.operations.filter((o) => o.kind === 'query' && !o.field.args.some((a) => a.type.kind === 'NON_NULL'));
  await pool(lists.flatMap((op) => ['admin@acme.test', 'dispatcher@acme.test', 'warehouse@acme.test', 'tech@acme.test'].map((user) => ({ op, user }))), CONCURRENCY, async ({ op, user }) => {
    const args = op.field.args.some((a) => a.name === 'first') ? { first: 20 } : {};
    const res = await fetch(`${demo.stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(user)}` },
      body: asVariables(op, args, 3),
    });
    harvest(((await res.json()) as { data?: unknown }).data, live);
  });
  const tables = await query<{ schema: string; table: string }>(adminUrl(), ALL_TABLES_SQL);
  snapshotSql = tables
    .map(({ schema: s, table: t }) => `select '${s}.${t}' as t, count(*) || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as v from "${s}"."${t}" x`)
    .join('\nunion all ');
}, 180_000);

/** A superuser on this file's database: it sees every tenant's rows. */
const adminUrl = () => demo.stack.databaseUrl;

describe('schema-driven fuzz of every query and mutation', () => {
  it('answers hostile arguments with known refusals, never an internal error, and writes nothing when it refuses', async () => {
    const started = Date.now();
    const ops = schema.operations.filter((o) => o.kind !== 'subscription');
    expect(ops.length).toBeGreaterThan(50);
    const rng = seeded(SEED);

    // Valid-shaped arguments, as every role and without a token: who gets past authorization, per operation.
    const allowed = new Map<string, (string | undefined)[]>();
    const probes = ops.flatMap((op) => USERS.map((user) => ({ op, user, label: 'valid-shaped', path: '*', body: asVariables(op, baseline(op)) })));
    const probed = await pool(probes, CONCURRENCY, send);
    probes.forEach((p, i) => {
      if (!probed[i].codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) {
        allowed.set(p.op.field.name, [...(allowed.get(p.op.field.name) ?? []), p.user]);
      }
    });

    // Hostile values, each as a user the operation lets in (so it reaches the service), every sixth as anyone.
    const calls: Call[] = [];
    for (const op of ops) {
      const ins = allowed.get(op.field.name) ?? ['admin@acme.test'];
      const cases = casesOf(op, rng, false);
      cases.forEach((c, i) => {
        const user = i % 6 === 5 ? rng.pick(USERS) : rng.pick(ins);
        calls.push({ op, user, label: c.label, path: c.path, body: asVariables(op, c.args) });
      });
      // A few as inline literals: they take the parser's and validator's path instead of variable coercion.
      for (const c of rng.shuffle(cases).slice(0, 3)) {
        calls.push({ op, user: rng.pick(ins), label: c.label, path: `${c.path} (inline)`, body: asLiterals(op, c.args) });
      }
    }
    // Arguments of fields below the root (a part's movements), through the shortest query to them.
    for (const nested of nestedArgumentFields(schema)) {
      const rootArgs = liveBaseline(nested.op);
      const root = nested.op.field.args.map((a) => `${a.name}: ${literal(schema, rootArgs[a.name], a.type)}`).join(', ');
      const defs = nested.field.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
      const uses = nested.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const inner = `${nested.field.name}(${uses}) ${selection(schema, nested.field.type, 1)}`;
      const query = `query Fuzz(${defs}) { ${nested.op.field.name}${root ? `(${root})` : ''} ${nested.path.reduceRight((sel, f) => `{ ${f} ${sel} }`, `{ ${inner} }`)} }`;
      const ins = allowed.get(nested.op.field.name) ?? ['admin@acme.test'];
      for (const arg of nested.field.args) {
        for (const c of rng.shuffle(hostileCases(schema, arg)).slice(0, CASES_PER_ARG)) {
          const variables = { ...Object.fromEntries(nested.field.args.map((a) => [a.name, validValue(schema, a.type, a.name)])), [arg.name]: c.value };
          calls.push({ op: nested.op, user: rng.pick(ins), label: c.label, path: `${nested.parent}.${nested.field.name}(${c.path})`, body: JSON.stringify({ query, variables }) });
        }
      }
      nestedCovered.push(`${nested.parent}.${nested.field.name} via ${[nested.op.field.name, ...nested.path].join('.')}`);
    }
    await runChecked(rng.shuffle(calls));

    // Valid-shaped arguments inline, and the subscriptions, which HTTP must refuse cleanly.
    await pool(ops, CONCURRENCY, (op) => send({ op, user: rng.pick(allowed.get(op.field.name) ?? USERS), label: 'valid-shaped', path: '* (inline)', body: asLiterals(op, baseline(op)) }));
    const subscriptions = schema.operations.filter((o) => o.kind === 'subscription');
    await pool(subscriptions.flatMap((op) => USERS.map((user) => ({ op, user, label: 'subscription-over-http', path: '*', body: asVariables(op, {}) }))), CONCURRENCY, send);

    report('hostile values', started);
    expect(covered.size).toBe(schema.operations.length);
    expect(await alive()).toBe(true);
    expect(demo.stack.pid('gateway')).toBe(gatewayPid);
    expect(failureList()).toEqual([]);
  }, 240_000);

  it('survives long and deep lists and a large body, with and without a token', async () => {
    failures.clear();
    const started = Date.now();
    const rng = seeded(SEED + 1);
    const ops = schema.operations.filter((o) => o.kind !== 'subscription');
    const calls: Call[] = [];
    for (const op of ops) {
      for (const c of casesOf(op, rng, true)) {
        calls.push({ op, user: rng.pick(['admin@acme.test', 'ops@shouhou.test', undefined]), label: c.label, path: c.path, body: asVariables(op, c.args) });
      }
    }
    const save = ops.find((o) => o.field.name === 'saveDispatchSettings')!;
    const settings = baseline(save).input as Record<string, unknown>;
    for (const user of ['admin@acme.test', undefined]) {
      // 2 000 wrong-typed days in the depot's week (it once exhausted the gateway's heap).
      const garbage = Array.from({ length: 2_000 }, (_, i) => [i % 2 ? 'x' : { start: 'x', end: [] }]);
      calls.push({ op: save, user, label: 'long-list', path: 'input.depotWeek', body: asVariables(save, { input: { ...settings, depotWeek: garbage } }) });
      // About 2 MB in one string, and just over in a list of them.
      calls.push({ op: save, user, label: 'large-body', path: 'input.leadName', body: asVariables(save, { input: { ...settings, leadName: 'x'.repeat(2_000_000 - 300) } }) });
      calls.push({ op: save, user, label: 'large-body', path: 'input.depotWeek', body: asVariables(save, { input: { ...settings, depotWeek: Array.from({ length: 21 }, () => ['x'.repeat(100_000)]) } }) });
    }
    await runChecked(calls, true);
    report('long lists and large bodies', started);
    expect(await alive()).toBe(true);
    expect(demo.stack.pid('gateway')).toBe(gatewayPid);
    expect(failureList()).toEqual([]);
  }, 180_000);

  it('refuses malformed requests, forged credentials and costly query shapes, with and without a token', async () => {
    failures.clear();
    const started = Date.now();
    const me = schema.operations.find((o) => o.field.name === 'me')!;
    const create = schema.operations.find((o) => o.field.name === 'createServiceRequest')!;
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', iss: demo.stack.idp.issuer, organization: { acme: { id: 'x' } }, realm_access: { roles: ['tenant-admin'] }, exp: 4102444800 })}.`;
    const fragmentBomb = (n: number) =>
      `query { ...F${n} } fragment F0 on Query { me { id } } ${Array.from({ length: n }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ')}`;
    const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
    const calls: Call[] = [];
    const add = (label: string, body: string, raw: Call['raw'], user: string | undefined) => calls.push({ op: me, user, label, path: 'request', body, raw });
    for (const user of ['agent@acme.test', undefined]) {
      add('malformed-json', '{"query": "{ me { id } "', {}, user);
      add('json-null', 'null', {}, user);
      add('json-number', '42', {}, user);
      add('batch', JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ me { id } }' }))), {}, user);
      add('query-not-a-string', JSON.stringify({ query: { a: 1 } }), {}, user);
      add('variables-not-an-object', q('query($id: ID!) { serviceRequest(id: $id) { id } }', 'x'), {}, user);
      add('variables-a-list', q('query($id: ID!) { serviceRequest(id: $id) { id } }', [1]), {}, user);
      add('unknown-operation-name', JSON.stringify({ query: 'query A { me { id } } query B { me { id } }', operationName: 'C' }), {}, user);
      add('two-anonymous-operations', q('{ me { id } } { me { id } }'), {}, user);
      add('empty-query', q(''), {}, user);
      add('no-query', '{}', {}, user);
      add('text-plain', q('{ me { id } }'), { headers: { 'content-type': 'text/plain' } }, user);
      add('form-encoded', 'query=%7B%20me%20%7B%20id%20%7D%20%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, user);
      add('utf-16-charset', q('{ me { id } }'), { headers: { 'content-type': 'application/json; charset=utf-16' } }, user);
      add('bogus-gzip', q('{ me { id } }'), { headers: { 'content-encoding': 'gzip' } }, user);
      add('unknown-encoding', q('{ me { id } }'), { headers: { 'content-encoding': 'br2' } }, user);
      add('get-mutation', '', { method: 'GET', search: `?query=${encodeURIComponent('mutation { autoDispatch { assigned } }')}`, headers: { 'apollo-require-preflight': 'true' } }, user);
      add('get-bad-variables', '', { method: 'GET', search: `?query=${encodeURIComponent('{ me { id } }')}&variables=%7Bx`, headers: { 'apollo-require-preflight': 'true' } }, user);
      add('aliases', q(`{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: tenantSettings { code }`).join(' ')} }`), {}, user);
      add('mutation-aliases', q(`mutation($i: CreateServiceRequestInput!) { ${Array.from({ length: 300 }, (_, i) => `a${i}: createServiceRequest(input: $i) { id }`).join(' ')} }`, { i: baseline(create).input }), {}, user);
      add('typename-flood', q(`{ ${Array.from({ length: 50_000 }, () => '__typename').join(' ')} }`), {}, user);
      add('deep-introspection', q(`{ __schema { types { fields { type ${'{ ofType '.repeat(30)}{ name }${' }'.repeat(30)} } } } }`), {}, user);
      add('fragment-cycle', q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), {}, user);
      add('fragment-bomb', q(fragmentBomb(40)), {}, user);
      add('deep-list-literal', q(`{ nationalCalendar(country: "CN", years: ${'['.repeat(50_000)}1${']'.repeat(50_000)}) { year } }`), {}, user);
      add('deep-object-literal', q(`{ serviceRequests(first: 1, filter: ${'{ search: '.repeat(20_000)}"x"${' }'.repeat(20_000)}) { totalCount } }`), {}, user);
      add('directive-flood', q(`{ me ${'@skip(if: false) '.repeat(5_000)}{ id } }`), {}, user);
      add('unused-variables', q(`query(${Array.from({ length: 5_000 }, (_, i) => `$v${i}: Int`).join(', ')}) { me { id } }`), {}, user);
      add('long-name', q(`{ ${'a'.repeat(500_000)} }`), {}, user);
      add('many-unknown-fields', q(`{ ${Array.from({ length: 20_000 }, (_, i) => `f${i}`).join(' ')} }`), {}, user);
      add('deep-json-variables', `{"query":"query($f: ServiceRequestFilter) { serviceRequests(first: 1, filter: $f) { totalCount } }","variables":{"f":${'{"search":'.repeat(20_000)}"x"${'}'.repeat(20_000)}}}`, {}, user);
      add('deep-json-unused-variable', `{"query":"{ me { id } }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`, {}, user);
      add('long-request-id', q('{ me { id } }'), { headers: { 'x-request-id': 'r'.repeat(8_000) } }, user);
      add('latin1-request-id', q('{ me { id } }'), { headers: { 'x-request-id': 'é\u00ff\u0080' } }, user);
      add('long-idempotency-key', q(`mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id } }`, { i: baseline(create).input }), { headers: { 'idempotency-key': 'k'.repeat(8_000) } }, user);
    }
    for (const authorization of ['Bearer', 'Bearer    ', 'Basic YTpi', 'Bearer x.y.z', `Bearer ${'a'.repeat(8_000)}`, `Bearer ${unsigned}`, `bearer ${unsigned}`, `Bearer ${tokens.get('agent@acme.test')}x`]) {
      add(`authorization ${authorization.slice(0, 12)}…`, q('{ me { id } tenantSettings { code } }'), { headers: { authorization } }, undefined);
      add(`authorization ${authorization.slice(0, 12)}… (mutation)`, q(`mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id } }`, { i: baseline(create).input }), { headers: { authorization } }, undefined);
    }
    await runChecked(calls, true);
    report('malformed requests and query shapes', started);
    expect(await alive()).toBe(true);
    expect(demo.stack.pid('gateway')).toBe(gatewayPid);
    expect(failureList()).toEqual([]);
  }, 180_000);
});
