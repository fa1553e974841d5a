import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordToken } from '@shouhou/testing';
import { demoPlatform, jobOnSite } from '../support/demo';
import { asTenant, demoRequest, query, serviceRoleUrl } from '../support/platform';
import { introspect, named, pool, printType, seeded, selection, TENANT_TABLES_SQL, type Operation, type Schema } from '../support/schema';
import { validValue } from '../support/hostile';
import { best, harvest, idPositions, isIdType, kindWords, positionsOf, setAt, type Harvested } from '../support/ids';

/**
 * Schema-driven cross-tenant suite: every id acme's users can see is harvested, then replayed by
 * globex's users into every operation that takes an id (as an argument or inside an input object).
 * Globex must read nothing of acme's and change nothing of acme's; and at the database, every
 * tenant-owned table (enumerated, so new ones are covered) hides and protects acme's rows from a
 * service role working for globex.
 */
const demo = demoPlatform({ env: { PUBLIC_FORM_LIMIT_PER_IP: '1000000', PUBLIC_FORM_LIMIT_PER_TENANT: '1000000' } });

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CONCURRENCY = 8;
const IDS_PER_POSITION = 6;
const ACME = ['admin@acme.test', 'agent@acme.test', 'dispatcher@acme.test', 'tech@acme.test', 'warehouse@acme.test', 'quality@acme.test'];
const GLOBEX = ['admin@globex.test', 'agent@globex.test', 'dispatcher@globex.test', 'tech@globex.test', 'warehouse@globex.test', 'quality@globex.test'];
/** Words only acme's own data carries, so a globex response that shows one has read acme's data. */
const MARK = `ACME机密${randomUUID().slice(0, 8)}`;
const SERIAL = `SN-${MARK.slice(-8)}`;
const SKU = `ACME-${MARK.slice(-8)}`;
const digits = () => String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
const PHONE = `1390${digits()}`;
const IMPORTED_PHONE = `1391${digits()}`;

let schema: Schema;
let acmeTenant: string;
let globexTenant: string;
const tokens = new Map<string, string>();

async function post(user: string | undefined, body: Record<string, unknown>): Promise<{ status: number; text: string; json: any }> {
  const token = user ? tokens.get(user) : undefined;
  const res = await fetch(`${demo.stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = {};
  }
  return { status: res.status, text, json };
}

/** The operation with its arguments as variables, selecting ids and names two levels down. */
function operation(op: Operation, args: Record<string, unknown>, depth: number): Record<string, unknown> {
  const present = op.field.args.filter((a) => a.name in args);
  const defs = present.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const uses = present.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${op.kind} X${defs ? `(${defs})` : ''} { ${op.field.name}${uses ? `(${uses})` : ''} ${selection(schema, op.field.type, depth)} }`, variables: args };
}

/** Reads the operation's answer at the deepest selection the gateway's limits allow. */
async function read(user: string, op: Operation, args: Record<string, unknown>) {
  let r = await post(user, operation(op, args, 4));
  for (const depth of [3, 2, 1]) {
    const code = r.json.errors?.[0]?.extensions?.code;
    if (code !== 'QUERY_TOO_COMPLEX' && code !== 'QUERY_TOO_DEEP') break;
    r = await post(user, operation(op, args, depth));
  }
  return r;
}

/** Arguments for a read: required ones valid-shaped (ids from `ids` by kind), lists at their largest page. */
function readArgs(op: Operation, ids: Harvested[], pickId = 0): Record<string, unknown> | undefined {
  const args: Record<string, unknown> = {};
  for (const a of op.field.args) {
    if (a.name === 'first') args.first = 100;
    else if (a.type.kind === 'NON_NULL') {
      if (named(a.type).name === 'ID') {
        const candidates = best(ids, kindWords(op.field, [a.name]));
        if (!candidates[pickId]) return undefined;
        args[a.name] = candidates[pickId].value;
      } else args[a.name] = validValue(schema, a.type, a.name);
    }
  }
  return args;
}

/** Harvests what `users` can see: every list, then every detail query with the ids found. */
/** `operation:id` for every detail read that answered something: the ids globex replays there are live ones. */
const readable = new Set<string>();

async function harvestAs(users: string[], into: Map<string, Harvested>, texts: string[]) {
  const queries = schema.operations.filter((o) => o.kind === 'query');
  const lists = queries.filter((o) => !o.field.args.some((a) => a.type.kind === 'NON_NULL' && named(a.type).name === 'ID'));
  const details = queries.filter((o) => !lists.includes(o));
  await pool(lists.flatMap((op) => users.map((user) => ({ op, user }))), CONCURRENCY, async ({ op, user }) => {
    const r = await read(user, op, readArgs(op, [])!);
    texts.push(r.text);
    harvest(r.json.data, into);
  });
  const found = [...into.values()];
  const tries = details.flatMap((op) => [0, 1, 2, 3].flatMap((i) => users.map((user) => ({ op, user, args: readArgs(op, found, i) }))));
  await pool(tries.filter((t) => t.args), CONCURRENCY, async ({ op, user, args }) => {
    const r = await read(user, op, args!);
    texts.push(r.text);
    harvest(r.json.data, into);
    const answer = r.json.data?.[op.field.name];
    if (answer != null && !(Array.isArray(answer) && answer.length === 0)) for (const v of Object.values(args!)) readable.add(`${op.field.name}:${v}`);
  });
}

/** A checksum of acme's rows in each tenant-owned table, as the superuser sees them. */
async function acmeChecksums(tables: { schema: string; table: string }[]): Promise<Map<string, string>> {
  const sql = tables
    .map(({ schema: s, table: t }) => `select '${s}.${t}' as t, count(*) || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as v from "${s}"."${t}" x where tenant_id = $1`)
    .join('\nunion all ');
  const rows = await query<{ t: string; v: string }>(demo.stack.databaseUrl, sql, [acmeTenant]);
  return new Map(rows.map((r) => [r.t, r.v]));
}
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => a.get(k) !== b.get(k));
async function settledChecksums(tables: { schema: string; table: string }[]) {
  let last = await acmeChecksums(tables);
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await acmeChecksums(tables);
    if (changed(last, now).length === 0) return now;
    last = now;
  }
  return last;
}

let tenantTables: { schema: string; table: string }[];
const acmeIds = new Map<string, Harvested>();
const globexIds = new Map<string, Harvested>();
const globexTexts: string[] = [];

beforeAll(async () => {
  schema = await introspect(demo.stack.gatewayUrl);
  for (const u of [...ACME, ...GLOBEX]) tokens.set(u, await passwordToken(demo.stack.idp.issuer, u));
  const tenants = await query<{ id: string; code: string }>(demo.stack.databaseUrl, `select id, code from tenancy.tenant where code in ('acme', 'globex')`);
  acmeTenant = tenants.find((t) => t.code === 'acme')!.id;
  globexTenant = tenants.find((t) => t.code === 'globex')!.id;
  tenantTables = await query(demo.stack.databaseUrl, TENANT_TABLES_SQL);

  // Acme's data beyond the demo seed: a job on site with a part on it, a transfer, a stocktake, imports.
  const order = await jobOnSite(demo, demoRequest({ customerName: `客户${MARK}`, customerPhone: PHONE, serialNumber: SERIAL, problemDescription: `故障${MARK}` }));
  const gql = async (user: string, q: string, v?: Record<string, unknown>) => {
    const r = await demo.gql(user, q, v);
    if (r.errors) throw new Error(`${q.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
    harvest(r.data, acmeIds);
    return r.data;
  };
  const part = (await gql('warehouse@acme.test', `{ parts(first: 1) { edges { node { sku } } } }`)).parts.edges[0].node.sku;
  await gql('tech@acme.test', `mutation($w: ID!, $s: String!) { addPartLine(workOrderId: $w, sku: $s, quantity: 1) { __typename id parts { __typename id } } }`, { w: order, s: part });
  const locations = (await gql('warehouse@acme.test', `{ stockLocations { __typename id kind } }`)).stockLocations;
  const central = locations.find((l: any) => l.kind === 'CENTRAL').id;
  const van = locations.find((l: any) => l.kind === 'VAN').id;
  await gql('warehouse@acme.test', `mutation($f: ID!, $t: ID!, $s: String!) { requestTransfer(fromLocationId: $f, toLocationId: $t, lines: [{ sku: $s, quantity: 1 }], reason: "${MARK}") { __typename id } }`, { f: central, t: van, s: part });
  await gql('warehouse@acme.test', `mutation($l: ID!) { startStocktake(locationId: $l) { __typename id } }`, { l: van });
  const imports = `mutation($c: String!, $p: String!) { startCustomerImport(fileName: "c.csv", csv: $c) { __typename id } startPartsImport(fileName: "p.csv", csv: $p) { __typename id } }`;
  await gql('admin@acme.test', imports, {
    c: `客户名称,类型,联系人,电话,邮箱,区划代码,详细地址,产品型号,序列号,购买日期,发票号,销售商\n导入${MARK},个人,,${IMPORTED_PHONE},,,,,,,,`,
    p: `配件编码,配件名称,成本价,销售价,库位编码,期初数量,再订货点,再订货量\n${SKU},配件${MARK},10,18,,,,`,
  });

  await harvestAs(ACME, acmeIds, []);
  await harvestAs(GLOBEX, globexIds, globexTexts);
  // An id both companies see is not acme's (a national calendar, the platform's defaults).
  for (const id of globexIds.keys()) acmeIds.delete(id);
}, 240_000);

describe('globex replaying acme’s ids into every operation', () => {
  it('harvested acme’s ids, and globex’s own lists show none of them', () => {
    const sources = new Set([...acmeIds.values()].map((h) => h.source));
    console.log(`[cross-tenant] harvested ${acmeIds.size} acme ids from ${sources.size} fields: ${[...sources].sort().join(', ')}`);
    expect(acmeIds.size).toBeGreaterThan(20);
    for (const source of ['ServiceRequest.id', 'WorkOrder.id', 'Part.id', 'StockLocation.id', 'Transfer.id', 'Stocktake.id', 'Technician.id']) {
      expect([...sources]).toContain(source);
    }
    const leaks = globexTexts.filter((t) => t.includes(MARK) || [...acmeIds.keys()].some((id) => t.includes(id)));
    expect(leaks.map((t) => t.slice(0, 300))).toEqual([]);
  });

  it('reads nothing of acme’s and changes nothing of acme’s, through any operation', async () => {
    const started = Date.now();
    const rng = seeded(SEED);
    const before = await settledChecksums(tenantTables);
    const acme = [...acmeIds.values()];
    const own = [...globexIds.values()];
    const calls: { op: Operation; user: string; args: Record<string, unknown>; sent: string; at: string; typed: boolean }[] = [];
    const ops = schema.operations.filter((o) => o.kind !== 'subscription');
    for (const op of ops) {
      const positions = op.field.args.flatMap((a) => idPositions(schema, a.type, [a.name]));
      if (!positions.length) continue;
      // Everything else valid-shaped, and every other id globex's own (so the call gets as far as it can).
      const base: Record<string, unknown> = Object.fromEntries(op.field.args.map((a) => [a.name, validValue(schema, a.type, a.name)]));
      for (const p of positions) {
        const mine = best(own, kindWords(op.field, p))[0];
        if (mine) base[p[0]] = setAt(schema, base[p[0]], p.slice(1), op.field.args.find((a) => a.name === p[0])!.type, mine.value);
      }
      for (const p of positions) {
        const arg = op.field.args.find((a) => a.name === p[0])!;
        const ranked = best(acme, kindWords(op.field, p));
        const chosen = [...new Set([...ranked.slice(0, IDS_PER_POSITION - 2), ...rng.shuffle(ranked).slice(0, 2)])];
        for (const id of chosen) {
          const args = { ...base, [arg.name]: setAt(schema, base[arg.name], p.slice(1), arg.type, id.value) };
          for (const user of new Set(['admin@globex.test', rng.pick(GLOBEX)])) calls.push({ op, user, args, sent: id.value, at: `${p.join('.')} ← ${id.source}`, typed: isIdType(schema, arg.type, p.slice(1)) });
        }
      }
    }
    const problems: string[] = [];
    const codes = new Map<string, number>();
    const acmeSet = [...acmeIds.keys()];
    const okBy = new Map<string, number>();
    await pool(calls, CONCURRENCY, async (c) => {
      const r = await post(c.user, operation(c.op, c.args, 2));
      const found: string[] = (r.json.errors ?? []).map((e: any) => e.extensions?.code ?? 'NO_CODE');
      for (const code of found.length ? found : ['OK']) codes.set(code, (codes.get(code) ?? 0) + 1);
      if (!found.length) okBy.set(c.op.field.name, (okBy.get(c.op.field.name) ?? 0) + 1);
      const where = `${c.op.kind} ${c.op.field.name} ${c.at} as ${c.user}`;
      if (r.status >= 500 || found.includes('INTERNAL_SERVER_ERROR') || found.includes('UNAVAILABLE')) problems.push(`${where}: ${r.status} ${r.text.slice(0, 200)}`);
      const shown = acmeSet.filter((id) => id !== c.sent && r.text.includes(id));
      if (shown.length || r.text.includes(MARK)) problems.push(`${where}: answered acme's data ${shown.slice(0, 3).join(', ')} ${r.text.slice(0, 200)}`);
      // A write that took acme's id went through: globex's data now points at acme's. (Only for ID
      // positions: a String `userId` names an identity-provider account, not a row of acme's.)
      if (c.op.kind === 'mutation' && c.typed && !found.length && r.text.includes(c.sent)) problems.push(`${where}: accepted acme's id ${r.text.slice(0, 200)}`);
    });
    // The replay is only as good as its ids: count the reads of ids acme's own users could read there.
    const live = calls.filter((c) => c.op.kind === 'query' && readable.has(`${c.op.field.name}:${c.sent}`));
    const liveOps = new Set(live.map((c) => c.op.field.name));
    const after = await settledChecksums(tenantTables);
    const touched = changed(before, after);
    console.log(
      `[cross-tenant] ${calls.length} calls into ${new Set(calls.map((c) => c.op.field.name)).size} operations taking ids ` +
        `(${ops.filter((o) => o.field.args.some((a) => idPositions(schema, a.type, [a.name]).length)).length} in the schema); ` +
        `${live.length} of them detail reads of ids acme reads there (${[...liveOps].sort().join(', ')}); ` +
        `answers ${JSON.stringify(Object.fromEntries(codes))} (answered without an error: ${JSON.stringify(Object.fromEntries(okBy))}); acme's tables changed: ${touched.length}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(liveOps.size).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
    expect(touched).toEqual([]);
  }, 180_000);
});

describe('globex searching for what only acme has', () => {
  it('finds nothing of acme’s through any query that takes text', async () => {
    const started = Date.now();
    const rng = seeded(SEED + 2);
    const values = [MARK, `客户${MARK}`, SERIAL, PHONE, IMPORTED_PHONE, SKU];
    const acmeSet = [...acmeIds.keys()];
    const calls: { op: Operation; user: string; args: Record<string, unknown>; sent: string; at: string }[] = [];
    for (const op of schema.operations.filter((o) => o.kind === 'query')) {
      const positions = op.field.args.flatMap((a) => positionsOf(schema, a.type, [a.name], (scalar) => scalar === 'String'));
      if (!positions.length) continue;
      // Only what is required besides the text, so nothing else narrows the search.
      const base: Record<string, unknown> = Object.fromEntries(
        op.field.args.filter((a) => a.type.kind === 'NON_NULL').map((a) => [a.name, validValue(schema, a.type, a.name, '', 0, false)]),
      );
      if (op.field.args.some((a) => a.name === 'first')) base.first = 20;
      for (const p of positions) {
        const arg = op.field.args.find((a) => a.name === p[0])!;
        for (const value of values) {
          const start = base[arg.name] ?? (p.length > 1 ? validValue(schema, arg.type, arg.name, '', 0, false) : undefined);
          const args = { ...base, [arg.name]: setAt(schema, start, p.slice(1), arg.type, value) };
          for (const user of new Set(['admin@acme.test', 'admin@globex.test', rng.pick(GLOBEX)])) calls.push({ op, user, args, sent: value, at: p.join('.') });
        }
      }
    }
    const problems: string[] = [];
    const foundByAcme = new Set<string>();
    await pool(calls, CONCURRENCY, async (c) => {
      const r = await post(c.user, operation(c.op, c.args, 3));
      const where = `${c.op.field.name}(${c.at}: ${c.sent}) as ${c.user}`;
      const found: string[] = (r.json.errors ?? []).map((e: any) => e.extensions?.code ?? 'NO_CODE');
      if (r.status >= 500 || found.includes('INTERNAL_SERVER_ERROR') || found.includes('UNAVAILABLE')) problems.push(`${where}: ${r.status} ${r.text.slice(0, 200)}`);
      const others = values.filter((v) => !c.sent.includes(v) && !v.includes(c.sent));
      const shown = [...acmeSet, ...others].filter((x) => r.text.includes(x));
      if (c.user.endsWith('@acme.test')) {
        if (shown.length) foundByAcme.add(c.op.field.name);
      } else if (shown.length) problems.push(`${where}: answered acme's ${shown.slice(0, 3).join(', ')} ${r.text.slice(0, 200)}`);
    });
    console.log(
      `[cross-tenant] ${calls.length} searches for acme-only text into ${new Set(calls.map((c) => c.op.field.name)).size} queries; ` +
        `acme's own admin finds its data through ${[...foundByAcme].sort().join(', ')}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    // The searches are only as good as their values: acme itself must find what they look for somewhere.
    expect(foundByAcme.size).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('row-level security on every tenant-owned table', () => {
  it('hides acme’s rows from every service role working for globex, and protects them from its updates', async () => {
    expect(tenantTables.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const secured = await query<{ t: string; rls: boolean; forced: boolean; policies: number }>(
      demo.stack.databaseUrl,
      `select n.nspname || '.' || c.relname as t, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname || '.' || c.relname = any($1)`,
      [tenantTables.map((t) => `${t.schema}.${t.table}`)],
    );
    for (const s of secured) if (!s.rls || !s.forced || s.policies === 0) problems.push(`${s.t}: rls ${s.rls}, forced ${s.forced}, ${s.policies} policies`);
    let withAcmeRows = 0;
    await pool(tenantTables, 4, async ({ schema: s, table: t }) => {
      const name = `"${s}"."${t}"`;
      const [{ n: total }] = await query(demo.stack.databaseUrl, `select count(*)::int as n from ${name} where tenant_id = $1`, [acmeTenant]);
      if (total > 0) withAcmeRows++;
      const own = await asTenant(demo.stack.databaseUrl, s, acmeTenant, `select count(*)::int as n from ${name} where tenant_id = $1`, [acmeTenant]).catch((e: Error) => e);
      if (own instanceof Error) return void problems.push(`${s}.${t}: the ${s} role cannot read its own table: ${own.message}`);
      if (own.rows[0].n !== total) problems.push(`${s}.${t}: acme's own context sees ${own.rows[0].n} of ${total} rows`);
      const seen = await asTenant(demo.stack.databaseUrl, s, globexTenant, `select count(*)::int as n from ${name} where tenant_id = $1`, [acmeTenant]);
      if (seen.rows[0].n !== 0) problems.push(`${s}.${t}: globex's context sees ${seen.rows[0].n} acme rows`);
      // Writes are tried in a transaction that is rolled back: a broken policy must not move or lose rows.
      const updated = await asRole(s, globexTenant, `update ${name} set tenant_id = tenant_id where tenant_id = $1`, [acmeTenant]);
      if (typeof updated === 'number' && updated !== 0) problems.push(`${s}.${t}: globex's context updated ${updated} acme rows`);
      const deleted = await asRole(s, globexTenant, `delete from ${name} where tenant_id = $1`, [acmeTenant]);
      if (typeof deleted === 'number' && deleted !== 0) problems.push(`${s}.${t}: globex's context deleted ${deleted} acme rows`);
      const moved = await asRole(s, acmeTenant, `update ${name} set tenant_id = $2 where tenant_id = $1`, [acmeTenant, globexTenant]);
      if (typeof moved === 'number' && moved !== 0) problems.push(`${s}.${t}: acme's context moved ${moved} rows to globex`);
      const blind = await asRole(s, undefined, `select 1 from ${name}`);
      if (typeof blind === 'number' && blind !== 0) problems.push(`${s}.${t}: ${blind} rows visible with no tenant set`);
    });
    console.log(`[cross-tenant] RLS checked on ${tenantTables.length} tenant-owned tables (${withAcmeRows} hold acme rows) in ${new Set(tenantTables.map((t) => t.schema)).size} schemas`);
    expect(withAcmeRows).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

/**
 * Runs one statement as a service's app role (for a tenant, or with none set) in a transaction that is
 * rolled back; answers the rows it touched, or the error the database raised (no privilege, a policy's
 * check refusing the row), which is as good as 0 here.
 */
async function asRole(service: string, tenantId: string | undefined, sql: string, params: unknown[] = []): Promise<number | Error> {
  const client = new pg.Client({ connectionString: serviceRoleUrl(demo.stack.databaseUrl, service) });
  await client.connect();
  try {
    await client.query('begin');
    if (tenantId) await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    return (await client.query(sql, params)).rowCount ?? 0;
  } catch (error) {
    return error as Error;
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}
