import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { passwordToken, startTestPostgres, startTestStack, type TestStack } from '@shouhou/testing';
import { seedDemoData } from '@shouhou/deploy';
import { serviceRoles, urlForRole } from '@shouhou/persistence';

/**
 * `npm run bench:list`: the request list at a million requests in one tenant. Bulk-loads acme with
 * BENCH_ROWS requests from BENCH_CUSTOMERS customers over three years (and globex with a few thousand,
 * so that tenant scoping has rows to skip), then asks the gateway for the pages the console asks for,
 * as agent@acme.test, one request at a time, and prints p50/p95/p99 for each; then EXPLAIN (ANALYZE,
 * BUFFERS) of the SQL the intake service runs for each, as its own role under RLS; then all of them
 * at once from a few connections. Prints figures; asserts nothing.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? Math.max(1, Math.round(ROWS / 10)));
const OTHER_ROWS = 5_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
/** A query slower than this is sampled fewer times (its figures say how many). */
const BUDGET_MS = Number(process.env.BENCH_QUERY_BUDGET_MS ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const LIST = /* GraphQL */ `query($first: Int, $after: String, $filter: ServiceRequestFilter, $order: ServiceRequestOrder) {
  serviceRequests(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number customerName customerPhone productModel serialNumber problemDescription channel category status createdAt createdBy firstResponseDueAt } }
  }
}`;

interface Filter {
  channel?: string;
  category?: string;
  status?: string;
  customerId?: string;
  search?: string;
  createdTo?: string;
}
interface ListCase {
  name: string;
  /** Left out of the concurrent mix: a search whose total needs a full scan or tens of thousands of rows. */
  unindexed?: boolean;
  filter?: Filter;
  order?: 'NEWEST' | 'DUE_SOONEST';
  after?: { cursor: string; createdAt: Date; id: string };
}

async function main() {
  const pg = await startTestPostgres();
  const stack = await startTestStack(pg.adminUrl, { LOG_LEVEL: 'warn' });
  const admin = new Client({ connectionString: stack.databaseUrl });
  try {
    await seedDemoData(stack.tooling, () => undefined);
    await admin.connect();
    const tenants = await admin.query<{ id: string; code: string }>(`select id, code from tenancy.tenant where code in ('acme', 'globex')`);
    const acme = tenants.rows.find((t) => t.code === 'acme')!.id;
    const globex = tenants.rows.find((t) => t.code === 'globex')!.id;

    console.log(`loading ${ROWS.toLocaleString('en')} requests from ${CUSTOMERS.toLocaleString('en')} customers into acme, ${OTHER_ROWS.toLocaleString('en')} into globex…`);
    const load = await bulkLoad(admin, [
      { tenantId: acme, rows: ROWS, customers: CUSTOMERS },
      { tenantId: globex, rows: OTHER_ROWS, customers: Math.ceil(OTHER_ROWS / 5) },
    ]);
    console.log(
      `  loaded in ${seconds(load.total)} (rows ${seconds(load.rows)}, ${load.indexes} indexes rebuilt ${seconds(load.indexBuild)}, vacuum analyze ${seconds(load.vacuum)})`,
    );

    const cases = await listCases(admin, stack, acme);
    const token = agentToken(stack);
    console.log(`\nthe console's request list through the gateway as agent@acme.test, one request at a time (${SAMPLES} each after warm-up):`);
    console.log(`  ${'query'.padEnd(44)} ${'rows'.padStart(5)} ${'totalCount'.padStart(10)}   ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`);
    const bodies = cases.map((c) => JSON.stringify({ query: LIST, variables: variables(c) }));
    for (const [i, c] of cases.entries()) {
      for (let w = 0; w < 5; w++) await list(stack, await token(), bodies[i]);
      const times: number[] = [];
      let last: Page | undefined;
      const started = performance.now();
      while (times.length < SAMPLES && (times.length < 10 || performance.now() - started < BUDGET_MS)) {
        const t = performance.now();
        last = await list(stack, await token(), bodies[i]);
        times.push(performance.now() - t);
      }
      const p = percentiles(times);
      const n = times.length < SAMPLES ? ` (${times.length} samples)` : '';
      console.log(
        `  ${c.name.padEnd(44)} ${String(last!.edges.length).padStart(5)} ${String(last!.totalCount).padStart(10)}   ${ms(p.p50)} ${ms(p.p95)} ${ms(p.p99)} ${ms(p.max)}${n}`,
      );
    }

    console.log(`\nthe SQL intake runs for each (as ${serviceRoles('intake').app} under RLS): EXPLAIN (ANALYZE, BUFFERS) execution time, warm`);
    const app = new Client({ connectionString: urlForRole(stack.databaseUrl, serviceRoles('intake').app, serviceRoles('intake').password) });
    await app.connect();
    try {
      for (const c of cases) {
        const gateway = await list(stack, await token(), JSON.stringify({ query: LIST, variables: variables(c) }));
        const sql = listSql(acme, c, gateway.totalCount);
        const [page, count] = [await explain(app, acme, sql.page), await explain(app, acme, sql.count)];
        const rows = await inTenant(app, acme, sql.page);
        const same = rows.slice(0, gateway.edges.length).every((r, i) => r.id === gateway.edges[i].node.id) && rows.length >= gateway.edges.length;
        const steered = sql.page.settings ? ' [enable_indexscan off]' : '';
        console.log(`  ${c.name.padEnd(44)} page  ${sqlMs(page.ms)}  ${page.plan}${steered}${same ? '' : '   (!) not the rows the gateway returned'}`);
        console.log(`  ${''.padEnd(44)} count ${sqlMs(count.ms)}  ${count.plan}`);
      }
    } finally {
      await app.end();
    }

    console.log(`\nall of them at once through the gateway (but the two slow searches): 8 connections, ${DURATION} s`);
    const t = await token();
    const result = await autocannon({
      url: `${stack.gatewayUrl}/graphql`,
      connections: 8,
      duration: DURATION,
      requests: bodies.filter((_, i) => !cases[i].unindexed).map((body) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body })),
    });
    console.log(`  throughput  ${result.requests.average.toFixed(0)} requests/s (${result.requests.total} in all, ${result.non2xx} non-2xx, ${result.errors} errors)`);
    console.log(`  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  } finally {
    await admin.end().catch(() => undefined);
    await stack.stop();
    await pg.stop();
  }
}

/**
 * The pages the console asks for. Search terms, the customer and the deep page's position are taken
 * from the loaded rows: the busiest customer, a request's phone and serial number, a day's numbers.
 */
async function listCases(admin: Client, stack: TestStack, acme: string): Promise<ListCase[]> {
  const [busiest] = (
    await admin.query<{ customer_id: string; n: number }>(
      `select customer_id, count(*)::int as n from intake.service_request where tenant_id = $1 and customer_id is not null group by 1 order by 2 desc limit 1`,
      [acme],
    )
  ).rows;
  const [sample] = (
    await admin.query<{ number: string; customer_phone: string; serial_number: string }>(
      // (not a phone ending in 6002, which the model EC6002 also contains)
      `select number, customer_phone, serial_number from intake.service_request
       where tenant_id = $1 and serial_number <> '' and customer_phone not like '%6002' order by created_at desc offset $2 limit 1`,
      [acme, Math.floor(ROWS / 3)],
    )
  ).rows;
  const [deep] = (
    await admin.query<{ id: string; created_at: Date }>(
      `select id, created_at from intake.service_request where tenant_id = $1 order by created_at desc, id desc offset $2 limit 1`,
      [acme, Math.floor(ROWS / 2)],
    )
  ).rows;
  // A cursor is the row's place in the order: the first row of a list ending just after it gives it.
  const to = new Date(deep.created_at.getTime() + 1).toISOString();
  const [located] = (await list(stack, await passwordToken(stack.idp.issuer, 'agent@acme.test'), JSON.stringify({ query: LIST, variables: { first: 1, filter: { createdTo: to } } }))).edges;
  const day = sample.number.split('-').slice(0, 2).join('-');
  return [
    { name: '(0) floor: an empty list (no such customer)', filter: { customerId: '00000000-0000-4000-8000-000000000000' } },
    { name: '(a) first page, newest' },
    { name: '(b) status IN_PROGRESS', filter: { status: 'IN_PROGRESS' } },
    { name: '(b) status CLOSED', filter: { status: 'CLOSED' } },
    { name: '(c) channel EMAIL + category REFUND', filter: { channel: 'EMAIL', category: 'REFUND' } },
    { name: '(c) channel PHONE + category REPAIR', filter: { channel: 'PHONE', category: 'REPAIR' } },
    { name: `(d) customer (${busiest.n} requests)`, filter: { customerId: busiest.customer_id } },
    { name: `(e) search phone ${sample.customer_phone}`, filter: { search: sample.customer_phone } },
    { name: `(e) search number prefix ${day}`, filter: { search: day } },
    { name: `(e) search number ${sample.number}`, filter: { search: sample.number } },
    { name: `(e) search serial ${sample.serial_number}`, filter: { search: sample.serial_number } },
    { name: `(e) search phone's last 4 digits ${sample.customer_phone.slice(-4)}`, filter: { search: sample.customer_phone.slice(-4) } },
    { name: '(e) search name 周敏 (2 characters)', filter: { search: '周敏' }, unindexed: true },
    { name: '(e) search model KFR-35GW (1 in 16 rows)', filter: { search: 'KFR-35GW' }, unindexed: true },
    { name: '(f) incoming queue, DUE_SOONEST', order: 'DUE_SOONEST' },
    { name: `(g) page after row ${Math.floor(ROWS / 2).toLocaleString('en')}`, after: { cursor: located.cursor, createdAt: new Date(located.node.createdAt), id: located.node.id } },
  ];
}

function variables(c: ListCase) {
  return { first: 20, filter: c.filter ?? null, order: c.order ?? 'NEWEST', after: c.after?.cursor ?? null };
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; createdAt: string } }[];
}

async function list(stack: TestStack, token: string, body: string): Promise<Page> {
  const res = await fetch(`${stack.gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = (await res.json()) as { data?: { serviceRequests: Page }; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`serviceRequests failed: ${JSON.stringify(json.errors)}`);
  return json.data.serviceRequests;
}

/** Tokens live five minutes; the bench runs longer. */
function agentToken(stack: TestStack) {
  let token: { value: string; at: number } | undefined;
  return async () => {
    if (!token || Date.now() - token.at > 120_000) token = { value: await passwordToken(stack.idp.issuer, 'agent@acme.test'), at: Date.now() };
    return token.value;
  };
}

interface Sql {
  text: string;
  values: unknown[];
  /** `set local` before the statement. */
  settings?: string;
}

/**
 * The SQL ServiceRequestService.list() has MikroORM run for a list case: the page (findByCursor) and
 * the total (request-counts.ts: summed from intake.request_count, or counted without the cursor),
 * conditions in the same order; the bench checks it returns the gateway's rows.
 */
function listSql(tenantId: string, c: ListCase, totalCount: number): { page: Sql; count: Sql } {
  const values: unknown[] = [tenantId];
  const where = [`"s0"."tenant_id" = $1`];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const f = c.filter ?? {};
  if (f.channel) where.push(`"s0"."channel" = ${param(f.channel)}`);
  if (f.category) where.push(`"s0"."category" = ${param(f.category)}`);
  if (f.status) where.push(`"s0"."status" = ${param(f.status)}`);
  if (f.customerId) where.push(`"s0"."customer_id" = ${param(f.customerId)}`);
  if (f.createdTo) where.push(`"s0"."created_at" < ${param(new Date(f.createdTo))}`);
  if (f.search) {
    const like = param(`%${f.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    // A request number or its beginning is matched by prefix.
    const prefix = /^SR-[0-9-]*$/i.test(f.search) ? param(`${f.search.toUpperCase()}%`) : undefined;
    const columns = ['number', 'customer_name', 'customer_phone', 'product_model', 'serial_number'];
    where.push(`(${columns.map((col) => (col === 'number' && prefix ? `"s0"."number" like ${prefix}` : `"s0"."${col}" ilike ${like}`)).join(' or ')})`);
  }
  const dueSoonest = c.order === 'DUE_SOONEST';
  if (dueSoonest) where.push(`"s0"."status" = 'NEW'`, `"s0"."first_response_due_at" is not null`);
  // A list filtered on nothing but status, channel and category is totalled from intake.request_count.
  const totalled = (['channel', 'category', 'status'] as const).filter((key) => f[key]);
  const count = !dueSoonest && !f.customerId && !f.createdTo && !f.search
    ? {
        text: `select coalesce(sum(n), 0)::int as n from intake.request_count${totalled.length ? ` where ${totalled.map((key, i) => `${key} = $${i + 1}`).join(' and ')}` : ''}`,
        values: totalled.map((key) => f[key]),
      }
    : { text: `select count(*) as "count" from "intake"."service_request" as "s0" where ${where.join(' and ')}`, values: [...values] };
  if (c.after) {
    const at = param(c.after.createdAt);
    const id = param(c.after.id);
    where.push(`"s0"."created_at" <= ${at} and ("s0"."created_at" < ${at} or "s0"."id" < ${id})`);
  }
  const order = dueSoonest ? `"s0"."first_response_due_at" asc, "s0"."id" asc` : `"s0"."created_at" desc, "s0"."id" desc`;
  // A search with few matches is read through its indexes (listTotal in request-counts.ts).
  const settings = f.search && totalCount <= 10_000 && /[\p{L}\p{N}]{3}/u.test(f.search) ? 'set local enable_indexscan = off' : undefined;
  return { page: { text: `select "s0".* from "intake"."service_request" as "s0" where ${where.join(' and ')} order by ${order} limit 21`, values, settings }, count };
}

/** Runs one statement in a tenant's transaction, as `inTenantTransaction` does. */
async function inTenant(client: Client, tenantId: string, sql: Sql): Promise<any[]> {
  await client.query('begin');
  try {
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    if (sql.settings) await client.query(sql.settings);
    return (await client.query(sql.text, sql.values)).rows;
  } finally {
    await client.query('rollback');
  }
}

/** The median execution time of five runs, and the scans of the plan. */
async function explain(client: Client, tenantId: string, sql: Sql): Promise<{ ms: number; plan: string }> {
  const runs: { ms: number; plan: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const [row] = await inTenant(client, tenantId, { ...sql, text: `explain (analyze, buffers, format json) ${sql.text}` });
    const [result] = row['QUERY PLAN'];
    runs.push({ ms: result['Execution Time'], plan: scans(result.Plan).join(', ') });
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2];
}

function scans(node: any): string[] {
  const own = /Scan/.test(node['Node Type'])
    ? [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''} (${Math.round(node['Actual Rows'] * (node['Actual Loops'] ?? 1))} rows, ${node['Shared Hit Blocks'] + node['Shared Read Blocks']} buffers)`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

interface Load {
  total: number;
  rows: number;
  indexes: number;
  indexBuild: number;
  vacuum: number;
}

/**
 * Generated rows, as the superuser (no RLS, no service in the way): customers with their phone
 * numbers, then their requests — numbered per day, spread over three years up to yesterday, recent
 * ones still open, the rest mostly closed. The request table's own indexes are dropped for the load
 * and built again afterwards, as one would for a bulk import. Only the columns listed are filled;
 * every other column takes its default.
 */
async function bulkLoad(db: Client, tenants: { tenantId: string; rows: number; customers: number }[]): Promise<Load> {
  const started = performance.now();
  const indexes = (
    await db.query<{ name: string; definition: string }>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i
       where i.indrelid = 'intake.service_request'::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    )
  ).rows;
  await db.query('begin');
  try {
    await db.query(`set local work_mem = '256MB'`);
    await db.query(`set local synchronous_commit = off`);
    for (const index of indexes) await db.query(`drop index ${index.name}`);
    for (const t of tenants) await generate(db, t.tenantId, t.rows, t.customers);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
  const loaded = performance.now();
  await db.query(`set maintenance_work_mem = '512MB'`);
  for (const index of indexes) await db.query(index.definition);
  await db.query(`reset maintenance_work_mem`);
  const built = performance.now();
  for (const table of ['service_request', 'customer', 'customer_phone']) await db.query(`vacuum (analyze) intake.${table}`);
  const done = performance.now();
  return { total: done - started, rows: loaded - started, indexes: indexes.length, indexBuild: built - loaded, vacuum: done - built };
}

const SURNAMES = `array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗']`;
const GIVEN_NAMES = `array['伟','芳','娜','秀英','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰','霞','平','刚','桂英']`;
const MODELS = `array['KFR-35GW 空调','KFR-26GW 空调','KFR-72LW 柜机','XQG100 滚筒洗衣机','XQB80 波轮洗衣机','BCD-450 冰箱','BCD-218 冰箱','JSQ30 燃气热水器','EC6002 电热水器','CXW-220 油烟机','JZT-Q 燃气灶','WQP12 洗碗机','MG38 蒸烤箱','LED55 电视','RO-600 净水器','KJ500 空气净化器']`;
const SERIAL_PREFIXES = `array['AC','AC','AC','WM','WM','RF','RF','WH','WH','RH','GS','DW','OV','TV','WP','AP']`;
const PROBLEMS = `array['不制冷','噪音大','漏水','无法开机','显示故障代码 E4','新机上门安装','年度保养','要求退货','更换配件','遥控器失灵','异味','加热慢','咨询保修期','门封条老化','排水不畅']`;

async function generate(db: Client, tenantId: string, rows: number, customers: number) {
  // Customer c's id, name and phone are functions of c, so that requests can refer to them.
  const customerId = `md5($1::text || ':c:' || c)::uuid`;
  const tenant = `$1::text::uuid`;
  const name = `(${SURNAMES})[1 + c % 20] || (${GIVEN_NAMES})[1 + (c / 20) % 23]`;
  const phone = `'1' || (3 + c % 7)::text || lpad(((c::bigint * 7919) % 1000000000)::text, 9, '0')`;
  // Requests end at the start of today (Asia/Shanghai), so that their numbers never meet today's.
  const end = `(date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`;
  await db.query(
    `insert into intake.customer (id, tenant_id, name, created_at)
     select ${customerId}, ${tenant}, ${name}, ${end} - interval '3 years' - ($2::int - c) * interval '1 minute' from generate_series(1, $2::int) c`,
    [tenantId, customers],
  );
  await db.query(
    `insert into intake.customer_phone (tenant_id, phone, customer_id, display)
     select ${tenant}, ${phone}, ${customerId}, ${phone} from generate_series(1, $2::int) c`,
    [tenantId, customers],
  );
  await db.query(
    `insert into intake.service_request (id, tenant_id, number, customer_id, customer_name, customer_phone, product_model, serial_number,
       problem_description, channel, category, status, created_at, created_by, first_response_due_at, acknowledged_at)
     select
       -- UUIDv7-like: the creation time first, as newId() makes them
       (lpad(to_hex(floor(extract(epoch from created_at) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid,
       ${tenant},
       'SR-' || day || '-' || lpad(row_number() over (partition by day order by i)::text, 4, '0'),
       ${customerId}, ${name}, ${phone},
       (${MODELS})[1 + p],
       case when r4 < 0.8 then (${SERIAL_PREFIXES})[1 + p] || to_char(created_at - interval '200 days', 'YYMM') || lpad(((i::bigint * 7727) % 1000000)::text, 6, '0') else '' end,
       (${PROBLEMS})[1 + (i * 13) % 15],
       case when r1 < 0.45 then 'PHONE' when r1 < 0.70 then 'WECHAT' when r1 < 0.85 then 'WEB' when r1 < 0.90 then 'EMAIL' else 'WALK_IN' end,
       case when r2 < 0.45 then 'REPAIR' when r2 < 0.65 then 'INSTALLATION' when r2 < 0.80 then 'MAINTENANCE' when r2 < 0.90 then 'CONSULTATION'
            when r2 < 0.94 then 'RETURN' when r2 < 0.97 then 'EXCHANGE' else 'REFUND' end,
       status,
       created_at,
       case when r1 >= 0.70 and r1 < 0.85 then 'customer' else 'agent-' || lpad((1 + i % 12)::text, 2, '0') end,
       case when r5 < 0.97 then created_at + interval '4 hours' end,
       case when status not in ('NEW', 'CANCELLED') then created_at + r5 * interval '6 hours' end
     from (
       select *, to_char(created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') as day,
         case
           when age < interval '2 days' then case when r3 < 0.3 then 'NEW' when r3 < 0.6 then 'ACKNOWLEDGED' when r3 < 0.9 then 'IN_PROGRESS' else 'RESOLVED' end
           when age < interval '30 days' then case when r3 < 0.1 then 'ACKNOWLEDGED' when r3 < 0.4 then 'IN_PROGRESS' when r3 < 0.75 then 'RESOLVED'
                                                   when r3 < 0.95 then 'CLOSED' else 'CANCELLED' end
           else case when r3 < 0.0005 then 'NEW' when r3 < 0.015 then 'IN_PROGRESS' when r3 < 0.065 then 'RESOLVED' when r3 < 0.145 then 'CANCELLED' else 'CLOSED' end
         end as status
       from (
         select i, c, r1, r2, r3, r4, r5, p, h, created_at, t_end - created_at as age
         from (
           select i,
             -- a few customers call often, most a few times
             1 + floor($2::int * power(random(), 1.3))::int as c,
             random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
             floor(random() * 16)::int as p,
             md5($1::text || ':r:' || i) as h,
             t_end - interval '3 years' + ((i - 1) + random() * 0.9) / $3::int * (t_end - (t_end - interval '3 years')) as created_at,
             t_end
           from generate_series(1, $3::int) i, (select ${end} as t_end) w
         ) a
       ) b
     ) g`,
    [tenantId, customers, rows],
  );
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(8);
const sqlMs = (value: number) => `${value.toFixed(2)} ms`.padStart(9);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
