import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { headers as natsHeaders, JSONCodec } from 'nats';
import { Headers, type WorkOrder } from '@shouhou/contracts';
import { seedDemoData } from '@shouhou/deploy';
import { connectNats } from '@shouhou/messaging';
import { graphql, passwordToken, startTestPostgres, startTestStack, type TestStack } from '@shouhou/testing';

/**
 * `npm run bench:parts`: the stock ledger under load.
 *  1. Concurrent issues of hot SKUs through the gateway (scrapStock of one unit, the same
 *     conditional balance update an issue makes), on 1 SKU and on 20, from 32 connections.
 *  2. Reservations driven by dispatch's events: work-order events published to JetStream, each
 *     with a part line of a hot SKU, until every line is reserved.
 *  3. Stock reports with a large ledger: 1,000,000 movements, then BENCH_LEDGER_ROWS (10,000,000),
 *     the stock overview, low-stock list and a part's ledger page through the gateway, and the
 *     as-of-date valuation that only the ledger can answer.
 * Prints figures; asserts nothing.
 */
const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 10_000_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PARTS = 1_000;
const LOCATIONS = 50;

async function main() {
  const pg = await startTestPostgres();
  const stack = await startTestStack(pg.adminUrl, { LOG_LEVEL: 'warn' });
  const db = new Client({ connectionString: stack.databaseUrl });
  try {
    await seedDemoData(stack.tooling, () => undefined);
    await db.connect();
    // Tokens expire within minutes and loading ten million rows takes longer: a fresh one each minute.
    let token = '';
    let fetched = 0;
    const fresh = async () => {
      if (Date.now() - fetched > 60_000) [token, fetched] = [await passwordToken(stack.idp.issuer, 'warehouse@acme.test'), Date.now()];
      return token;
    };
    const gql = async (q: string, v?: Record<string, unknown>) => {
      const r = await graphql(stack.gatewayUrl, q, v, await fresh());
      if (r.errors) throw new Error(`${q.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
      return r;
    };
    const central = ((await gql(`{ stockLocations { id code } }`)).data as { stockLocations: { id: string; code: string }[] }).stockLocations.find((l) => l.code === 'WH-SH')!.id;
    const skus = Array.from({ length: 20 }, (_, i) => `HOT-${i + 1}`);
    for (const sku of skus) {
      await gql(`mutation($sku: String!) { savePart(input: { sku: $sku, name: "热门配件", cost: 1000, price: 2000 }) { id } }`, { sku });
      await gql(`mutation($sku: String!, $loc: ID!) { receiveStock(locationId: $loc, sku: $sku, quantity: 1000000, unitCost: 1000) { onHand } }`, { sku, loc: central });
    }

    console.log(`\n1. concurrent issues through the gateway (32 connections, ${SECONDS} s each)`);
    for (const hot of [1, 20]) {
      const bodies = skus.slice(0, hot).map((sku) => JSON.stringify({ query: `mutation { scrapStock(locationId: "${central}", sku: "${sku}", quantity: 1, reason: "bench") { onHand } }` }));
      let i = 0;
      const scrapped = `select count(*)::int as n from parts.movement where kind = 'SCRAP' and reason = 'bench'`;
      const before = (await db.query(scrapped)).rows[0].n;
      const result = await autocannon({
        url: `${stack.gatewayUrl}/graphql`,
        connections: 32,
        duration: SECONDS,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await fresh()}` }, setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
      });
      // GraphQL errors come back as 200: the ledger says how many issues were really made.
      const made = (await db.query(scrapped)).rows[0].n - before;
      console.log(`  ${String(hot).padStart(2)} SKU(s): ${Math.round(made / SECONDS)} issues/s (${made} of ${result.requests.total} requests moved stock), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    }

    console.log(`\n2. reservations from ${EVENTS.toLocaleString('en')} work-order events (one consumer, in order)`);
    console.log(`  ${await reserveFromEvents(stack, db)}`);

    for (const rows of [1_000_000, LEDGER_ROWS]) {
      const have = Number((await db.query(`select count(*)::bigint as n from parts.movement`)).rows[0].n);
      if (rows > have) {
        const started = performance.now();
        await loadLedger(db, rows - have);
        console.log(`\n3. ledger now ${rows.toLocaleString('en')} movements (loaded ${(rows - have).toLocaleString('en')} in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
      await reports(gql, db, central, stack.databaseUrl);
    }
  } finally {
    await db.end();
    await stack.stop();
    await pg.stop();
  }
}

/** Publishes work-order events with a part line each, as dispatch would, and times until all are reserved. */
async function reserveFromEvents(stack: TestStack, db: Client): Promise<string> {
  const acme = (await db.query(`select id from tenancy.tenant where code = 'acme'`)).rows[0].id;
  const nc = await connectNats(stack.tooling, 'bench-parts');
  const js = nc.jetstream();
  const codec = JSONCodec();
  const before = Number((await db.query(`select count(*)::int as n from parts.reservation`)).rows[0].n);
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const id = crypto.randomUUID();
    const workOrder = benchWorkOrder(id, `HOT-${1 + (i % 3)}`);
    const h = natsHeaders();
    h.set(Headers.tenantId, acme);
    h.set(Headers.actorId, 'bench');
    await js.publish('dispatch.evt.work-order.changed', codec.encode({ workOrder, event: { id: crypto.randomUUID(), action: 'PART_ADDED', fromStatus: 'ON_SITE', toStatus: 'ON_SITE', actorId: 'bench', technicianId: null, note: null, at: new Date().toISOString() } }), { headers: h, msgID: `bench-${id}` });
  }
  const published = performance.now() - started;
  while (Number((await db.query(`select count(*)::int as n from parts.reservation where state = 'RESERVED'`)).rows[0].n) < before + EVENTS) await new Promise((r) => setTimeout(r, 200));
  const total = performance.now() - started;
  await nc.drain();
  return `published in ${(published / 1000).toFixed(1)} s; all reserved after ${(total / 1000).toFixed(1)} s: ${Math.round(EVENTS / (total / 1000))} reservations/s`;
}

function benchWorkOrder(id: string, sku: string): WorkOrder {
  const now = new Date().toISOString();
  return {
    id, serviceRequestId: crypto.randomUUID(), requestNumber: 'SR-BENCH', customerName: 'bench', productModel: 'BCD-450', category: 'REPAIR', skill: '家用电器',
    divisionCode: null, regionTier: null, location: null, visitType: 'ON_SITE', complexity: 'SIMPLE', emergency: false, status: 'ON_SITE', technicianId: null, technicianName: null,
    assignment: null, excludedTechnicianIds: [], version: 2, assessedAt: now, assessedBy: 'bench', updatedAt: now, clocks: [], customerPhone: '', address: null, serialNumber: '',
    problemDescription: '', warrantyStatus: 'IN_WARRANTY', visits: 1, appointment: null, report: null, charges: null, confirmation: null, depot: null, completedAt: null,
    waitingForPartsSince: null, expectedParts: [], availableActions: [],
    parts: [{ id: crypto.randomUUID(), sku, name: sku, quantity: 1, unitPrice: 0, source: 'WAREHOUSE', reservation: 'PENDING', addedAt: now }],
  };
}

/** Bulk movements over PARTS parts × LOCATIONS locations of acme, two years back, with their balances. */
async function loadLedger(db: Client, rows: number) {
  const acme = (await db.query(`select id from tenancy.tenant where code = 'acme'`)).rows[0].id;
  await db.query(
    `insert into parts.part (id, tenant_id, sku, name, unit, cost, price, serialised, warranty_months, active, average_cost, created_at, updated_at)
     select md5($1 || ':p:' || p)::uuid, $1::uuid, 'BP-' || lpad(p::text, 5, '0'), '基准配件 ' || p, '个', 1000, 2000, false, 6, true, 1000, now(), now()
     from generate_series(1, ${PARTS}) p on conflict do nothing`,
    [acme],
  );
  await db.query(
    `insert into parts.location (id, tenant_id, code, name, kind, created_at)
     select md5($1 || ':l:' || l)::uuid, $1::uuid, 'BL-' || lpad(l::text, 3, '0'), '基准库位 ' || l, 'REGIONAL', now() from generate_series(1, ${LOCATIONS}) l on conflict do nothing`,
    [acme],
  );
  // In batches of a million, so progress shows and no statement holds everything in memory.
  for (let done = 0; done < rows; done += 1_000_000) {
    const n = Math.min(1_000_000, rows - done);
    await db.query(
      `insert into parts.movement (id, tenant_id, part_id, location_id, kind, quantity, reserved_change, unit_cost, actor_id, source_type, at)
       select gen_random_uuid(), $1::uuid, md5($1 || ':p:' || (1 + i % ${PARTS}))::uuid, md5($1 || ':l:' || (1 + (i / ${PARTS}) % ${LOCATIONS}))::uuid,
         case when i % 3 = 0 then 'RECEIPT' else 'ISSUE' end, case when i % 3 = 0 then 5 else -1 end, 0, 1000, 'bench-ledger', 'MANUAL',
         now() - interval '730 days' + (i::float / $2) * interval '730 days'
       from generate_series($3::bigint, $3::bigint + $4 - 1) i`,
      [acme, rows, done, n],
    );
    process.stdout.write(`  … ${(done + n).toLocaleString('en')} movements\n`);
  }
  // One balance in twenty sits below its reorder point, as a warehouse's low-stock list would.
  await db.query(
    `insert into parts.stock_balance (tenant_id, part_id, location_id, sku, location_code, on_hand, reorder_point, reorder_quantity)
     select $1::uuid, m.part_id, m.location_id, p.sku, l.code, m.on_hand, case when abs(hashtext(m.part_id::text || m.location_id::text)) % 20 = 0 then m.on_hand + 5 else 5 end, 50
     from (select part_id, location_id, greatest(sum(quantity), 0) as on_hand from parts.movement where tenant_id = $1::uuid and actor_id = 'bench-ledger' group by part_id, location_id) m
     join parts.part p on p.id = m.part_id join parts.location l on l.id = m.location_id
     on conflict (tenant_id, part_id, location_id) do update set on_hand = excluded.on_hand, reorder_point = excluded.reorder_point`,
    [acme],
  );
  await db.query(`vacuum analyze parts.movement`);
  await db.query(`vacuum analyze parts.stock_balance`);
}

async function reports(gql: (q: string, v?: Record<string, unknown>) => Promise<unknown>, db: Client, central: string, databaseUrl: string) {
  const location = (await db.query(`select id from parts.location where code = 'BL-007'`)).rows[0].id;
  const part = (await db.query(`select id from parts.part where sku = 'BP-00042'`)).rows[0].id;
  const cases: [string, string, Record<string, unknown>][] = [
    ['stock overview, first page (50 rows)', `query($l: ID) { stockLevels(first: 50, locationId: $l) { totalCount edges { node { sku onHand value } } } }`, { l: location }],
    ['stock overview, whole company, first page', `{ stockLevels(first: 50) { totalCount edges { node { sku onHand } } } }`, {}],
    ['low-stock list, whole company', `{ stockLevels(first: 50, lowOnly: true) { totalCount edges { node { sku available } } } }`, {}],
    ['a part’s ledger, newest 20', `query($p: ID!) { part(id: $p) { movements(first: 20) { totalCount edges { node { kind quantity at } } } } }`, { p: part }],
    ['central warehouse', `query($l: ID) { stockLevels(first: 50, locationId: $l) { totalCount edges { node { sku } } } }`, { l: central }],
  ];
  for (const [name, q, v] of cases) {
    for (let w = 0; w < 3; w++) await gql(q, v);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await gql(q, v);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(46)} p50 ${times[14].toFixed(1).padStart(7)} ms   p95 ${times[28].toFixed(1).padStart(7)} ms`);
  }
  // The SQL of the whole-company pages as the service runs them (stock.ts): its role, under RLS.
  const app = new URL(databaseUrl);
  app.username = 'shouhou_parts';
  app.password = 'shouhou-dev';
  const role = new Client({ connectionString: app.toString() });
  await role.connect();
  try {
    const acme = (await db.query(`select id from tenancy.tenant where code = 'acme'`)).rows[0].id;
    await role.query('begin');
    await role.query(`select set_config('app.tenant_id', $1, true)`, [acme]);
    for (const [name, sql] of [
      ['page', `select * from (select * from parts.stock_balance b order by b.sku, b.location_code limit 51) b join parts.part p on p.id = b.part_id join parts.location l on l.id = b.location_id order by b.sku, b.location_code`],
      ['count', `select count(*) from parts.stock_balance b`],
      ['low', `select * from (select * from parts.stock_balance b where b.reorder_point is not null and b.on_hand - b.reserved <= b.reorder_point order by b.sku, b.location_code limit 51) b join parts.part p on p.id = b.part_id join parts.location l on l.id = b.location_id order by b.sku, b.location_code`],
    ]) {
      const plan = (await role.query(`explain (analyze, format json) ${sql}`)).rows[0]['QUERY PLAN'][0];
      console.log(`    ${name.padEnd(6)} SQL ${plan['Execution Time'].toFixed(1)} ms: ${nodes(plan.Plan).join(' → ')}`);
    }
    await role.query('rollback');
  } finally {
    await role.end();
  }
  const t = performance.now();
  await db.query(`select part_id, sum(quantity * unit_cost) from parts.movement where at <= now() - interval '365 days' group by part_id`);
  console.log(`  ${'valuation as of a year ago (ledger scan, SQL)'.padEnd(46)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`);
}

function nodes(node: { 'Node Type': string; 'Index Name'?: string; Plans?: unknown[] }): string[] {
  const own = `${node['Node Type']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`;
  return [own, ...((node.Plans ?? []) as (typeof node)[]).flatMap(nodes)];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
