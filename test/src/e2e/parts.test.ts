import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlatform, jobOnSite } from '../support/demo';
import { headers as natsHeaders, type NatsConnection } from 'nats';
import { calendarDay, DispatchStream, type WorkOrder } from '@shouhou/contracts';
import { connectNats } from '@shouhou/messaging';
import { serviceRoles, urlForRole } from '@shouhou/persistence';
import { errorCode } from '@shouhou/testing';
import { asTenant, demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';
// The SQL of tenancy's upgrade migration, run here as the migration runs it.
import { REANNOUNCE_SETTINGS_SQL } from '../../../services/tenancy/src/tenant/reannounce-settings';

/**
 * Parts inventory through GraphQL, with dispatch's events driving reservations: the van stock a
 * technician uses on a job, back-orders that pause the repair clock, defective returns and their
 * analysis, transfers, stocktakes, the import, and the last unit under concurrent requests.
 */
let nc: NatsConnection;
const demo = demoPlatform();
const gql = demo.gql;

const LEVEL = `partId sku locationId locationCode onHand reserved available inTransit reorderPoint low value`;
const STOCK = `query($loc: ID, $s: String, $low: Boolean) { stockLevels(first: 100, locationId: $loc, search: $s, lowOnly: $low) { totalCount edges { node { ${LEVEL} } } } }`;
const LOCATIONS = `{ stockLocations { id code kind technicianUserId } }`;
const WO = `id version status technicianId waitingForPartsSince parts { id sku reservation } clocks { commitment dueAt state }`;

let central: string;
let van: string;
let techUser: string;

const level = async (locationId: string, sku: string) =>
  (await gql('warehouse@acme.test', STOCK, { loc: locationId, s: sku })).data.stockLevels.edges.map((e: { node: { sku: string } }) => e.node).find((n: { sku: string }) => n.sku === sku);

async function onSiteJob(customerName: string): Promise<WorkOrder & { version: number }> {
  const id = await jobOnSite(demo, demoRequest({ customerName, productModel: 'BCD-450', serialNumber: 'RF2023060042', divisionCode: '310115', address: '张江路 88 弄' }));
  return workOrder(id);
}

const workOrderCharges = async (id: string) => (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { charges { total } } }`, { id })).data.workOrder.charges;
const workOrder = async (id: string) => (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { ${WO} timeline { action } } }`, { id })).data.workOrder;
const addPart = (id: string, sku: string, source = 'VAN') =>
  gql('tech@acme.test', `mutation($id: ID!, $sku: String!, $src: PartSource) { addPartLine(workOrderId: $id, sku: $sku, quantity: 1, source: $src) { id } }`, { id, sku, src: source });
const movementsOf = async (sku: string) => {
  const part = (await gql('warehouse@acme.test', `query($s: String) { parts(first: 5, search: $s) { edges { node { id sku } } } }`, { s: sku })).data.parts.edges.find((e: { node: { sku: string } }) => e.node.sku === sku).node;
  return (await gql('warehouse@acme.test', `query($id: ID!) { part(id: $id) { averageCost movements(first: 100) { totalCount edges { node { kind quantity reservedChange locationCode sourceType sourceId } } } } }`, { id: part.id })).data.part;
};

beforeAll(async () => {
  nc = await connectNats(demo.stack.tooling, 'parts-test');
  techUser = (await gql('tech@acme.test', `{ me { id } }`)).data.me.id;
  const locations = (await gql('warehouse@acme.test', LOCATIONS)).data.stockLocations;
  central = locations.find((l: { code: string }) => l.code === 'WH-SH').id;
  van = locations.find((l: { kind: string; technicianUserId: string }) => l.kind === 'VAN' && l.technicianUserId === techUser).id;
});
afterAll(async () => {
  await nc?.drain();
});

describe('locations', () => {
  const SAVE = `mutation($input: LocationInput!) { saveStockLocation(input: $input) { id code name kind stocktakeEveryDays stocktakeDueAt } }`;

  it('adds a warehouse, refuses a code already taken, and changes a schedule without ever changing a code', async () => {
    const added = await gql('warehouse@acme.test', SAVE, { input: { code: 'WH-SZ', name: '苏州仓', kind: 'REGIONAL', stocktakeEveryDays: 60 } });
    expect(added.data.saveStockLocation).toMatchObject({ code: 'WH-SZ', name: '苏州仓', kind: 'REGIONAL', stocktakeEveryDays: 60 });
    const id = added.data.saveStockLocation.id;
    // "New" with the central warehouse's code: refused on the field, and WH-SH is untouched.
    const taken = await gql('warehouse@acme.test', SAVE, { input: { code: 'WH-SH', name: '抢了编码', kind: 'REGIONAL' } });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors![0].extensions!.issues!.map((i) => i.field)).toEqual(['input.code']);
    expect((await gql('warehouse@acme.test', LOCATIONS)).data.stockLocations.find((l: { code: string }) => l.code === 'WH-SH').id).toBe(central);
    expect(errorCode(await gql('warehouse@acme.test', SAVE, { input: { code: 'WH-X', name: '没有类型' } }))).toBe('BAD_USER_INPUT');

    const changed = await gql('warehouse@acme.test', SAVE, { input: { id, code: 'WH-SZ', name: '苏州园区仓', kind: 'CENTRAL', stocktakeEveryDays: null } });
    expect(changed.data.saveStockLocation).toMatchObject({ id, code: 'WH-SZ', name: '苏州园区仓', kind: 'CENTRAL', stocktakeEveryDays: null, stocktakeDueAt: null });
    const renamed = await gql('warehouse@acme.test', SAVE, { input: { id, code: 'WH-SZ2', name: '苏州园区仓', kind: 'CENTRAL' } });
    expect(renamed.errors![0].extensions!.issues!.map((i) => i.field)).toEqual(['input.code']);
    expect(errorCode(await gql('tech@acme.test', SAVE, { input: { id, code: 'WH-SZ', name: 'x', kind: 'CENTRAL' } }))).toBe('FORBIDDEN');
  });

  it("changes a van's stocktake schedule, while its name stays its technician's and it stays a van", async () => {
    const theVan = (await gql('warehouse@acme.test', `{ stockLocations { id code name kind } }`)).data.stockLocations.find((l: { id: string }) => l.id === van);
    const weekly = await gql('warehouse@acme.test', SAVE, { input: { id: van, code: theVan.code, name: '别的名字', stocktakeEveryDays: 7 } });
    expect(weekly.data.saveStockLocation).toMatchObject({ id: van, name: theVan.name, kind: 'VAN', stocktakeEveryDays: 7 });
    expect(errorCode(await gql('warehouse@acme.test', SAVE, { input: { id: van, code: theVan.code, name: theVan.name, kind: 'REGIONAL' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('warehouse@globex.test', SAVE, { input: { id: van, code: theVan.code, name: theVan.name, stocktakeEveryDays: 1 } }))).toBe('BAD_USER_INPUT');
    const [{ every }] = await query(demo.stack.databaseUrl, `select stocktake_every_days as every from parts.location where id = $1`, [van]);
    expect(every).toBe(7);
    // Back to monthly, as the stocktake below expects.
    expect((await gql('warehouse@acme.test', SAVE, { input: { id: van, code: theVan.code, name: theVan.name, stocktakeEveryDays: 30 } })).data.saveStockLocation.stocktakeEveryDays).toBe(30);
  });
});

describe('the catalog and the ledger', () => {
  it('keeps a moving-average cost from receipts, and refuses bad input without moving anything', async () => {
    const saved = await gql('warehouse@acme.test', `mutation($input: PartInput!) { savePart(input: $input) { id sku averageCost onHand } }`, { input: { sku: 'VLV-01', name: '进水阀', cost: 4000, price: 6000, compatibleModels: ['XQG100'] } });
    expect(saved.data.savePart).toMatchObject({ sku: 'VLV-01', onHand: 0 });
    const RECEIVE = `mutation($loc: ID!, $q: Int!, $c: Int!, $sku: String!) { receiveStock(locationId: $loc, sku: $sku, quantity: $q, unitCost: $c) { onHand available value } }`;
    await gql('warehouse@acme.test', RECEIVE, { loc: central, sku: 'VLV-01', q: 10, c: 4000 });
    const after = (await gql('warehouse@acme.test', RECEIVE, { loc: central, sku: 'VLV-01', q: 30, c: 4800 })).data.receiveStock;
    expect(after).toMatchObject({ onHand: 40, available: 40, value: 40 * 4600 });
    expect((await movementsOf('VLV-01')).averageCost).toBe(4600);

    for (const [vars, code] of [
      [{ loc: central, sku: 'VLV-01', q: -5, c: 4000 }, 'BAD_USER_INPUT'],
      [{ loc: central, sku: 'VLV-01', q: 5, c: -1 }, 'BAD_USER_INPUT'],
      [{ loc: central, sku: 'NO-SUCH', q: 5, c: 100 }, 'BAD_USER_INPUT'],
      [{ loc: '00000000-0000-4000-8000-000000000000', sku: 'VLV-01', q: 5, c: 100 }, 'BAD_USER_INPUT'],
    ] as const) {
      expect(errorCode(await gql('warehouse@acme.test', RECEIVE, vars))).toBe(code);
    }
    expect(errorCode(await gql('warehouse@acme.test', `mutation { adjustStock(locationId: "${central}", sku: "VLV-01", quantity: -41, reason: "盘亏") { onHand } }`))).toBe('CONFLICT');
    expect((await level(central, 'VLV-01')).onHand).toBe(40);
    expect((await movementsOf('VLV-01')).movements.totalCount).toBe(2);
    expect(errorCode(await gql('tech@acme.test', RECEIVE, { loc: central, sku: 'VLV-01', q: 1, c: 1 }))).toBe('FORBIDDEN');
    expect(errorCode(await gql('agent@acme.test', STOCK, {}))).toBe('FORBIDDEN');
  });

  it('gives the last unit to exactly one of many concurrent requests; the others get a clear error and move nothing', async () => {
    await gql('warehouse@acme.test', `mutation { savePart(input: { sku: "LAST-1", name: "最后一个", cost: 100, price: 200 }) { id } }`);
    await gql('warehouse@acme.test', `mutation { receiveStock(locationId: "${central}", sku: "LAST-1", quantity: 1, unitCost: 100) { onHand } }`);
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () => gql('warehouse@acme.test', `mutation { scrapStock(locationId: "${central}", sku: "LAST-1", quantity: 1, reason: "跌落损坏") { onHand } }`)),
    );
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    const refused = attempts.filter((a) => a.errors);
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect(errorCode(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/not enough LAST-1 at WH-SH: 0 available/);
    }
    expect((await level(central, 'LAST-1')).onHand).toBe(0);
    const kinds = (await movementsOf('LAST-1')).movements.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(kinds.sort()).toEqual(['RECEIPT', 'SCRAP']);
  });

  it('keeps the ledger append-only, even for the service’s own role', async () => {
    const acme = (await gql('admin@acme.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    await expect(asTenant(demo.stack.databaseUrl, 'parts', acme, `update parts.movement set quantity = 99`)).rejects.toThrow(/append-only/);
    await expect(asTenant(demo.stack.databaseUrl, 'parts', acme, `delete from parts.movement`)).rejects.toThrow(/append-only/);
  });
});

describe('parts on a work order', () => {
  let jobId: string;

  it('gives each technician a van numbered in the company’s order and named after them, renamed with them under the same code', async () => {
    const vans = (await gql('warehouse@acme.test', `{ stockLocations { code name kind technicianId } }`)).data.stockLocations.filter((l: { kind: string }) => l.kind === 'VAN');
    expect(vans.map((v: { code: string }) => v.code).sort()).toEqual(vans.map((_: unknown, i: number) => `VAN-${String(i + 1).padStart(3, '0')}`));
    const technicians = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians;
    for (const t of technicians) expect(vans.find((v: { technicianId: string }) => v.technicianId === t.id)?.name).toBe(`${t.name} 车载库存`);

    // 李师傅's profile now gives his full name: his van follows under the same code.
    const TECH = `id userId name phone skills regions home { lat lng } dailyCapacity status`;
    const li = (await gql('dispatcher@acme.test', `{ technicians { ${TECH} } }`)).data.technicians.find((t: { userId: string }) => t.userId === techUser);
    const save = (name: string) => gql('dispatcher@acme.test', `mutation($input: TechnicianInput!) { saveTechnician(input: $input) { id } }`, { input: { ...li, id: undefined, name } });
    const hisVan = async () => (await gql('warehouse@acme.test', `{ stockLocations { id code name } }`)).data.stockLocations.find((l: { id: string }) => l.id === van);
    const code = (await hisVan()).code;
    expect((await save('李国强')).errors).toBeUndefined();
    await eventually(hisVan, (v) => v.name === '李国强 车载库存');
    expect((await hisVan()).code).toBe(code);
    expect((await save(li.name)).errors).toBeUndefined();
    await eventually(hisVan, (v) => v.name === `${li.name} 车载库存`);
  });

  it('reserves a part from the technician’s van, issues it when the work is done, and flags the van low', async () => {
    const before = await level(van, 'CAP-35');
    const job = await onSiteJob('用配件的客户');
    jobId = job.id;
    await addPart(job.id, 'CAP-35');
    const reserved = await eventually(() => workOrder(job.id), (w) => w.parts[0]?.reservation === 'RESERVED');
    expect(reserved.waitingForPartsSince).toBeNull();
    expect(await level(van, 'CAP-35')).toMatchObject({ onHand: before.onHand, reserved: before.reserved + 1 });
    const shown = (await workOrderCharges(job.id)).total;
    await gql('tech@acme.test', `mutation($id: ID!, $t: Int!) { acceptCharges(workOrderId: $id, total: $t) { id } }`, { id: job.id, t: shown });
    await gql('tech@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: COMPLETE) { id } }`, { id: job.id });
    await eventually(() => workOrder(job.id), (w) => w.parts[0]?.reservation === 'ISSUED');
    const now = await level(van, 'CAP-35');
    expect(now).toMatchObject({ onHand: before.onHand - 1, reserved: before.reserved });
    // The demo van holds 3 with a reorder point of 2: one used, and it is on the low-stock list.
    expect(now).toMatchObject({ available: 2, reorderPoint: 2, low: true });
    const low = (await gql('warehouse@acme.test', STOCK, { loc: van, low: true })).data.stockLevels.edges.map((e: { node: { sku: string } }) => e.node.sku);
    expect(low).toContain('CAP-35');
    const lines = (await movementsOf('CAP-35')).movements.edges.map((e: { node: { kind: string; sourceId: string } }) => e.node).filter((m: { sourceId: string }) => m.sourceId === job.id);
    expect(lines.map((m: { kind: string }) => m.kind).sort()).toEqual(['ISSUE', 'RESERVE']);
  });

  it('moves stock once however often dispatch’s event is delivered', async () => {
    const js = nc.jetstream();
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(DispatchStream.name);
    let completed: { data: Uint8Array; headers: Record<string, string> } | undefined;
    for (let seq = info.state.last_seq; seq >= info.state.first_seq && !completed; seq--) {
      const m = await jsm.streams.getMessage(DispatchStream.name, { seq }).catch(() => null);
      if (!m || m.subject !== 'dispatch.evt.work-order.changed') continue;
      const body = JSON.parse(new TextDecoder().decode(m.data));
      if (body.workOrder.id === jobId && body.event.action === 'COMPLETE') {
        completed = { data: m.data, headers: Object.fromEntries([...(m.header?.keys() ?? [])].map((k) => [k, m.header!.get(k)])) };
      }
    }
    expect(completed).toBeDefined();
    const h = natsHeaders();
    for (const [k, v] of Object.entries(completed!.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
    // A new message id: JetStream's own de-duplication does not catch it; the service must.
    for (let i = 0; i < 3; i++) await js.publish('dispatch.evt.work-order.changed', completed!.data, { headers: h, msgID: `replay-${jobId}-${i}` });
    // All three were processed (the inbox records each), and moved nothing more.
    await eventually(
      async () => (await query(demo.stack.databaseUrl, `select count(*)::int as n from parts.inbox where consumer = 'parts-dispatch-work-orders' and message_id like $1`, [`replay-${jobId}-%`]))[0].n,
      (n) => n === 3,
    );
    const lines = (await movementsOf('CAP-35')).movements.edges.map((e: { node: { kind: string; sourceId: string } }) => e.node).filter((m: { sourceId: string }) => m.sourceId === jobId);
    expect(lines).toHaveLength(2);
  });

  it('back-orders a part the van lacks, pauses the repair clock, and serves it when a transfer arrives', async () => {
    const job = await onSiteJob('等配件的客户');
    const repairBefore = job.clocks.find((c: { commitment: string }) => c.commitment === 'repair').dueAt;
    expect((await level(van, 'THM-450'))?.available ?? 0).toBe(0);
    await addPart(job.id, 'THM-450');
    const waiting = await eventually(() => workOrder(job.id), (w) => w.waitingForPartsSince !== null);
    expect(waiting.parts[0].reservation).toBe('BACKORDERED');
    expect(waiting.timeline.map((s: { action: string }) => s.action)).toContain('WAITING_FOR_PARTS');
    // As if the part had been awaited for ten days: the repair clock must give that working time back.
    await query(demo.stack.databaseUrl, `update dispatch.work_order set waiting_parts_since = now() - interval '10 days' where id = $1`, [job.id]);

    const transfer = (await gql('warehouse@acme.test', `mutation($f: ID!, $t: ID!) { requestTransfer(fromLocationId: $f, toLocationId: $t, lines: [{ sku: "THM-450", quantity: 2 }], reason: "补货") { id number state } }`, { f: central, t: van })).data.requestTransfer;
    expect(transfer).toMatchObject({ state: 'REQUESTED', number: expect.stringMatching(/^TR-\d{8}-\d{3}$/) });
    const centralBefore = await level(central, 'THM-450');
    expect((await gql('warehouse@acme.test', `mutation($id: ID!) { shipTransfer(id: $id) { state } }`, { id: transfer.id })).data.shipTransfer.state).toBe('IN_TRANSIT');
    expect(await level(central, 'THM-450')).toMatchObject({ onHand: centralBefore.onHand - 2 });
    expect(await level(van, 'THM-450')).toMatchObject({ onHand: 0, inTransit: 2 });
    expect(errorCode(await gql('warehouse@acme.test', `mutation($id: ID!) { shipTransfer(id: $id) { state } }`, { id: transfer.id }))).toBe('CONFLICT');
    const twice = await gql('warehouse@acme.test', `mutation($f: ID!, $t: ID!) { requestTransfer(fromLocationId: $f, toLocationId: $t, lines: [{ sku: "THM-450", quantity: 2 }, { sku: "THM-450", quantity: 3 }]) { id } }`, { f: central, t: van });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(twice.errors![0].extensions)).toContain('input.lines.1.sku');
    await gql('warehouse@acme.test', `mutation($id: ID!) { receiveTransfer(id: $id) { state } }`, { id: transfer.id });
    expect(await level(van, 'THM-450')).toMatchObject({ onHand: 2, inTransit: 0, reserved: 1 });

    const served = await eventually(() => workOrder(job.id), (w) => w.waitingForPartsSince === null && w.parts[0].reservation === 'RESERVED');
    expect(served.timeline.map((s: { action: string }) => s.action)).toContain('PARTS_AVAILABLE');
    const repairAfter = served.clocks.find((c: { commitment: string }) => c.commitment === 'repair').dueAt;
    expect(Date.parse(repairAfter)).toBeGreaterThan(Date.parse(repairBefore) + 24 * 3_600_000);
    const [audit] = await query(demo.stack.databaseUrl, `select c.reason from dispatch.deadline_change c join dispatch.deadline d on d.id = c.deadline_id where d.subject_id = $1 and d.commitment = 'repair'`, [job.id]);
    expect(audit.reason).toBe('waited for parts');
  });

  it('releases what a cancelled request had reserved, and does not wait for a part outside the catalog', async () => {
    const before = await level(van, 'RLY-PTC');
    const job = await onSiteJob('取消的客户');
    await addPart(job.id, 'RLY-PTC');
    await gql('tech@acme.test', `mutation($id: ID!) { addPartLine(workOrderId: $id, sku: "LOCAL-01", name: "本地采购保险丝", unitPrice: 500, quantity: 1) { id } }`, { id: job.id });
    const reserved = await eventually(() => workOrder(job.id), (w) => w.parts.length === 2 && w.parts.every((p: { reservation: string }) => p.reservation !== 'PENDING'));
    expect(Object.fromEntries(reserved.parts.map((p: { sku: string; reservation: string }) => [p.sku, p.reservation]))).toEqual({ 'RLY-PTC': 'RESERVED', 'LOCAL-01': 'NOT_STOCKED' });
    expect(reserved.waitingForPartsSince).toBeNull();
    expect(await level(van, 'RLY-PTC')).toMatchObject({ reserved: before.reserved + 1 });

    const requestId = (await query(demo.stack.databaseUrl, `select service_request_id from dispatch.work_order where id = $1`, [job.id]))[0].service_request_id;
    const cancelled = await gql('agent@acme.test', `mutation($id: ID!) { transitionServiceRequest(id: $id, action: CANCEL, note: "客户自行修好了") { status } }`, { id: requestId });
    expect(cancelled.data.transitionServiceRequest.status).toBe('CANCELLED');
    const gone = await eventually(() => workOrder(job.id), (w) => w.status === 'CANCELLED' && w.parts.find((p: { sku: string }) => p.sku === 'RLY-PTC').reservation === 'RELEASED');
    expect(gone.clocks.every((c: { state: string }) => c.state === 'CANCELLED' || c.state.startsWith('MET'))).toBe(true);
    expect(await level(van, 'RLY-PTC')).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
  });

  it('moves what a job holds in a van to the next technician’s van when the job changes hands', async () => {
    const before = await level(van, 'RMT-AC');
    const job = await onSiteJob('改派的客户');
    await addPart(job.id, 'RMT-AC');
    await eventually(() => workOrder(job.id), (w) => w.parts[0]?.reservation === 'RESERVED');
    expect(await level(van, 'RMT-AC')).toMatchObject({ reserved: before.reserved + 1 });
    // The visit fails; 赵师傅 takes the revisit. His van has no remote control: the line waits there.
    await gql('tech@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: FAIL, note: "客户临时外出") { id } }`, { id: job.id });
    const failed = await workOrder(job.id);
    const zhao = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians.find((t: { name: string }) => t.name === '赵师傅').id;
    await gql('dispatcher@acme.test', `mutation($id: ID!, $v: Int!, $t: ID) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: "改派") { id } }`, { id: job.id, v: failed.version, t: zhao });
    const moved = await eventually(async () => (await gql('warehouse@acme.test', `query($id: ID) { partReservations(workOrderId: $id) { state locationCode } }`, { id: job.id })).data.partReservations, (r: { locationCode: string }[]) => r[0]?.locationCode !== before.locationCode);
    const zhaoVan = (await gql('warehouse@acme.test', LOCATIONS)).data.stockLocations.find((l: { kind: string; technicianUserId: string }) => l.kind === 'VAN' && l.technicianUserId === 'demo-tech-2');
    expect(moved).toEqual([{ state: 'BACKORDERED', locationCode: zhaoVan.code }]);
    expect(await level(van, 'RMT-AC')).toMatchObject({ onHand: before.onHand, reserved: before.reserved });

    // 赵师傅 cannot get in either; the job comes back to 李师傅, and his van holds the remote again.
    for (const a of ['ACCEPT', 'ARRIVE']) await gql('dispatcher@acme.test', `mutation($id: ID!, $a: FieldAction!) { workOrderAction(workOrderId: $id, action: $a) { id } }`, { id: job.id, a });
    await gql('dispatcher@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: FAIL, note: "小区封闭") { id } }`, { id: job.id });
    const li = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians.find((t: { name: string }) => t.name === '李师傅').id;
    await gql('dispatcher@acme.test', `mutation($id: ID!, $v: Int!, $t: ID) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: "改回") { id } }`, { id: job.id, v: (await workOrder(job.id)).version, t: li });
    const back = await eventually(async () => (await gql('warehouse@acme.test', `query($id: ID) { partReservations(workOrderId: $id) { state locationCode } }`, { id: job.id })).data.partReservations, (r: { state: string }[]) => r[0]?.state === 'RESERVED');
    expect(back).toEqual([{ state: 'RESERVED', locationCode: before.locationCode }]);
    expect(await level(van, 'RMT-AC')).toMatchObject({ onHand: before.onHand, reserved: before.reserved + 1 });
  });

  it('takes the defective part back with its cause, for the quality manager’s Pareto', async () => {
    const RETURN = `mutation($id: ID!, $sku: String!, $cause: FailureCause!) { returnDefectivePart(workOrderId: $id, sku: $sku, quantity: 1, cause: $cause, note: "电容鼓包") { id productModel productSerial cause requestNumber } }`;
    const defect = (await gql('tech@acme.test', RETURN, { id: jobId, sku: 'CAP-35', cause: 'ELECTRICAL' })).data.returnDefectivePart;
    expect(defect).toMatchObject({ productModel: 'BCD-450', productSerial: 'RF2023060042', cause: 'ELECTRICAL' });
    expect(errorCode(await gql('tech@acme.test', RETURN, { id: jobId, sku: 'CAP-35', cause: 'NOT_A_CAUSE' }))).toBe('BAD_USER_INPUT');
    // One was used, one came back: a second would inflate the analysis; a part the job never used too.
    const again = await gql('tech@acme.test', RETURN, { id: jobId, sku: 'CAP-35', cause: 'ELECTRICAL' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toContain('only 0 more CAP-35');
    expect(errorCode(await gql('tech@acme.test', RETURN, { id: jobId, sku: 'THM-450', cause: 'LEAK' }))).toBe('BAD_USER_INPUT');
    // A job handed to 赵师傅 is not 李师傅's to return parts for any more.
    const handed = await onSiteJob('转给赵师傅的客户');
    await gql('tech@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: FAIL, note: "客户临时外出") { id } }`, { id: handed.id });
    const zhao = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians.find((t: { name: string }) => t.name === '赵师傅').id;
    await gql('dispatcher@acme.test', `mutation($id: ID!, $v: Int!, $t: ID) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: "改派") { id } }`, { id: handed.id, v: (await workOrder(handed.id)).version, t: zhao });
    await eventually(() => query(demo.stack.databaseUrl, `select technician_id from parts.work_order where id = $1`, [handed.id]), (rows) => rows[0]?.technician_id === zhao);
    expect(errorCode(await gql('tech@acme.test', RETURN, { id: handed.id, sku: 'CAP-35', cause: 'LEAK' }))).toBe('NOT_FOUND');
    const today = calendarDay(Date.now(), 'Asia/Shanghai'); // acme's zone
    const ANALYSIS = `query($g: DefectGrouping!, $d: String!) { defectAnalysis(from: $d, to: $d, groupBy: $g) { total rows { key count share cumulativeShare } } }`;
    const byCause = (await gql('quality@acme.test', ANALYSIS, { g: 'CAUSE', d: today })).data.defectAnalysis;
    expect(byCause.rows.find((r: { key: string }) => r.key === 'ELECTRICAL').count).toBeGreaterThanOrEqual(1);
    expect(byCause.rows.at(-1).cumulativeShare).toBeCloseTo(1);
    const byModel = (await gql('quality@acme.test', ANALYSIS, { g: 'MODEL', d: today })).data.defectAnalysis;
    expect(byModel.rows.map((r: { key: string }) => r.key)).toContain('BCD-450');
    expect(errorCode(await gql('agent@acme.test', ANALYSIS, { g: 'MODEL', d: today }))).toBe('FORBIDDEN');
  });
});

describe('stocktake (盘点)', () => {
  it('counts blind, shows valued variances after submitting, posts them on approval, and refuses counts on a closed session', async () => {
    const ST = `id number state blind countedLines totalVarianceValue onSchedule lines { sku expected counted variance varianceValue }`;
    const started = (await gql('warehouse@acme.test', `mutation($loc: ID!) { startStocktake(locationId: $loc, blind: true) { ${ST} } }`, { loc: van })).data.startStocktake;
    // The van is counted monthly and has never been: its first count is due a month after it was set up.
    expect(started).toMatchObject({ state: 'COUNTING', blind: true, countedLines: 0, onSchedule: true });
    expect(started.lines.length).toBeGreaterThan(0);
    for (const l of started.lines) expect(l.expected).toBeNull();
    expect(errorCode(await gql('warehouse@acme.test', `mutation($loc: ID!) { startStocktake(locationId: $loc) { id } }`, { loc: van }))).toBe('CONFLICT');

    const COUNT = `mutation($id: ID!, $sku: String!, $n: Int!) { recordCount(id: $id, sku: $sku, counted: $n) { ${ST} } }`;
    const books = new Map<string, number>();
    for (const l of started.lines) books.set(l.sku, (await level(van, l.sku)).onHand);
    const short = started.lines.find((l: { sku: string }) => books.get(l.sku)! > 0).sku;
    expect(errorCode(await gql('warehouse@acme.test', COUNT, { id: started.id, sku: short, n: -1 }))).toBe('BAD_USER_INPUT');
    const partial = (await gql('warehouse@acme.test', COUNT, { id: started.id, sku: short, n: books.get(short)! - 1 })).data.recordCount;
    expect(partial.countedLines).toBe(1);
    expect(errorCode(await gql('warehouse@acme.test', `mutation($id: ID!) { submitStocktake(id: $id) { id } }`, { id: started.id }))).toBe('CONFLICT');
    for (const l of started.lines) if (l.sku !== short) await gql('warehouse@acme.test', COUNT, { id: started.id, sku: l.sku, n: books.get(l.sku) });

    const submitted = (await gql('warehouse@acme.test', `mutation($id: ID!) { submitStocktake(id: $id) { ${ST} } }`, { id: started.id })).data.submitStocktake;
    const line = submitted.lines.find((l: { sku: string }) => l.sku === short);
    expect(line).toMatchObject({ expected: books.get(short), counted: books.get(short)! - 1, variance: -1 });
    expect(line.varianceValue).toBeLessThan(0);
    expect(submitted.totalVarianceValue).toBe(line.varianceValue);

    const approved = (await gql('warehouse@acme.test', `mutation($id: ID!) { approveStocktake(id: $id, note: "车上少一个") { ${ST} } }`, { id: started.id })).data.approveStocktake;
    expect(approved.state).toBe('APPROVED');
    expect((await level(van, short)).onHand).toBe(books.get(short)! - 1);
    const adjustment = (await movementsOf(short)).movements.edges.map((e: { node: { kind: string; sourceId: string; quantity: number } }) => e.node).filter((m: { sourceId: string }) => m.sourceId === started.id);
    expect(adjustment).toEqual([expect.objectContaining({ kind: 'ADJUSTMENT', quantity: -1, sourceType: 'STOCKTAKE' })]);
    expect(errorCode(await gql('warehouse@acme.test', COUNT, { id: started.id, sku: short, n: 5 }))).toBe('CONFLICT');
    const history = (await gql('warehouse@acme.test', `query($loc: ID!) { stocktakes(locationId: $loc) { number state } stockLocations { id lastStocktakeAt stocktakeDueAt } }`, { loc: van })).data;
    expect(history.stocktakes[0]).toMatchObject({ number: started.number, state: 'APPROVED' });
    const vanLocation = history.stockLocations.find((l: { id: string }) => l.id === van);
    expect(Date.parse(vanLocation.stocktakeDueAt) - Date.parse(vanLocation.lastStocktakeAt)).toBe(30 * 86_400_000);
  });
});

describe('a count short of what jobs hold', () => {
  it('sends the newest job’s part back to waiting (its repair clock paused), keeps the older job’s, and posts the count', async () => {
    await gql('warehouse@acme.test', `mutation { savePart(input: { sku: "STK-01", name: "门封条", cost: 3000, price: 5000, compatibleModels: ["BCD-450"] }) { id } }`);
    await gql('warehouse@acme.test', `mutation($loc: ID!) { receiveStock(locationId: $loc, sku: "STK-01", quantity: 2, unitCost: 3000) { onHand } }`, { loc: van });
    const older = await onSiteJob('盘点前的客户甲');
    // Named and priced on the job (the catalog's copy in dispatch may not have the new part yet).
    const ADD = `mutation($id: ID!) { addPartLine(workOrderId: $id, sku: "STK-01", name: "门封条", unitPrice: 5000, quantity: 1, source: VAN) { id } }`;
    expect((await gql('tech@acme.test', ADD, { id: older.id })).errors).toBeUndefined();
    await eventually(() => workOrder(older.id), (w) => w.parts[0]?.reservation === 'RESERVED');
    const newer = await onSiteJob('盘点前的客户乙');
    expect((await gql('tech@acme.test', ADD, { id: newer.id })).errors).toBeUndefined();
    await eventually(() => workOrder(newer.id), (w) => w.parts[0]?.reservation === 'RESERVED');
    expect(await level(van, 'STK-01')).toMatchObject({ onHand: 2, reserved: 2, available: 0 });

    // One 门封条 is not in the van: counted 1 against 2 on the books, both promised to jobs.
    const ST = `id state lines { sku expected }`;
    const started = (await gql('warehouse@acme.test', `mutation($loc: ID!) { startStocktake(locationId: $loc) { ${ST} } }`, { loc: van })).data.startStocktake;
    for (const l of started.lines) {
      await gql('warehouse@acme.test', `mutation($id: ID!, $sku: String!, $n: Int!) { recordCount(id: $id, sku: $sku, counted: $n) { id } }`, { id: started.id, sku: l.sku, n: l.sku === 'STK-01' ? 1 : l.expected });
    }
    await gql('warehouse@acme.test', `mutation($id: ID!) { submitStocktake(id: $id) { id } }`, { id: started.id });
    const approved = await gql('warehouse@acme.test', `mutation($id: ID!) { approveStocktake(id: $id) { state } }`, { id: started.id });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveStocktake.state).toBe('APPROVED');
    expect(await level(van, 'STK-01')).toMatchObject({ onHand: 1, reserved: 1, available: 0 });

    const waiting = await eventually(() => workOrder(newer.id), (w) => w.parts[0]?.reservation === 'BACKORDERED' && w.waitingForPartsSince !== null);
    expect(waiting.waitingForPartsSince).not.toBeNull();
    expect((await workOrder(older.id)).parts[0].reservation).toBe('RESERVED');

    // The next delivery to the van serves the waiting job.
    await gql('warehouse@acme.test', `mutation($loc: ID!) { receiveStock(locationId: $loc, sku: "STK-01", quantity: 1, unitCost: 3000) { onHand } }`, { loc: van });
    await eventually(() => workOrder(newer.id), (w) => w.parts[0]?.reservation === 'RESERVED' && w.waitingForPartsSince === null);
    expect(await level(van, 'STK-01')).toMatchObject({ onHand: 2, reserved: 2 });
  });
});

describe("the company's days", () => {
  // Pago Pago (UTC−11) or Kiritimati (UTC+14): at any hour one of them is on another day than Shanghai.
  const farZone = () => ['Pacific/Pago_Pago', 'Pacific/Kiritimati'].find((z) => calendarDay(Date.now(), z) !== calendarDay(Date.now(), 'Asia/Shanghai'))!;
  const globexId = async () => (await gql('admin@globex.test', `{ me { tenant { id } } }`)).data.me.tenant.id as string;
  const moveGlobex = async (timeZone: string) => {
    const settings = { displayName: 'Globex 售后', timeZone, defaultLocale: 'zh-CN', hotline: null, logoUrl: null };
    expect((await gql('admin@globex.test', `mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }`, { input: settings })).errors).toBeUndefined();
  };

  it("dates a stocktake's number by the company's time zone, not China's", async () => {
    const zone = farZone();
    const globex = await globexId();
    await moveGlobex(zone);
    await eventually(() => query(demo.stack.databaseUrl, `select time_zone from parts.company where tenant_id = $1`, [globex]), (rows) => rows[0]?.time_zone === zone);
    const location = (await gql('admin@globex.test', `mutation { saveStockLocation(input: { code: "WH-PAC", name: "太平洋仓", kind: REGIONAL }) { id } }`)).data.saveStockLocation;
    const day = () => calendarDay(Date.now(), zone).replaceAll('-', '');
    const before = day();
    const started = (await gql('warehouse@globex.test', `mutation($loc: ID!) { startStocktake(locationId: $loc) { number } }`, { loc: location.id })).data.startStocktake;
    // Either side of the zone's midnight, should the call straddle it.
    expect([`ST-${before}`, `ST-${day()}`]).toContain(started.number.slice(0, -4));
    expect(started.number).toMatch(/-\d{3}$/);

    // Globex never published commitments: its default office hours moved with it, and dispatch counts its clocks there.
    const clocks = `select calendar->>'timeZone' as zone from dispatch.tenant_commitments where tenant_id = $1`;
    await eventually(() => query(demo.stack.databaseUrl, clocks, [globex]), (rows) => rows[0]?.zone === zone);
  });

  it('learns the zone of a company older than the event stream when tenancy announces all settings again (the upgrade migration)', async () => {
    const globex = await globexId();
    const zone = 'Asia/Urumqi';
    await moveGlobex(zone);
    await eventually(() => query(demo.stack.databaseUrl, `select time_zone from parts.company where tenant_id = $1`, [globex]), (rows) => rows[0]?.time_zone === zone);
    // As if globex had been created, and last changed, before parts kept zones and beyond the stream's 30 days.
    await query(demo.stack.databaseUrl, `delete from parts.company where tenant_id = $1`, [globex]);
    // Run by tenancy's own migration role, under its row-level security, as the migration is.
    const owner = serviceRoles('tenancy');
    await query(urlForRole(demo.stack.databaseUrl, owner.owner, owner.password), REANNOUNCE_SETTINGS_SQL);
    await eventually(() => query(demo.stack.databaseUrl, `select time_zone from parts.company where tenant_id = $1`, [globex]), (rows) => rows[0]?.time_zone === zone);
  });
});

describe('import of the catalog and opening balances', () => {
  it('imports good rows, reports bad ones by line and column, and shows progress to the end', async () => {
    const csv = ['配件编码,配件名称,成本价,销售价,库位编码,期初数量,再订货点,再订货量', 'IMP-1,导入配件一,10.00,18.00,WH-SH,12,3,10', 'IMP-2,导入配件二,20,30,,,,', 'IMP-3,坏行,-5,30,WH-SH,1,,', 'IMP-4,未知库位,5,9,NOPE,2,,'].join('\n');
    const job = (await gql('warehouse@acme.test', `mutation($csv: String!) { startPartsImport(fileName: "parts.csv", csv: $csv) { id totalRows } }`, { csv })).data.startPartsImport;
    expect(job.totalRows).toBe(4);
    const done = await eventually(async () => (await gql('warehouse@acme.test', `query($id: ID!) { partsImport(id: $id) { status processedRows importedRows failedRows errors { line column reason } } }`, { id: job.id })).data.partsImport, (j) => j.status !== 'RUNNING');
    expect(done).toMatchObject({ status: 'DONE', importedRows: 2, failedRows: 2 });
    expect(done.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [4, '成本价'],
      [5, '库位编码'],
    ]);
    expect(await level(central, 'IMP-1')).toMatchObject({ onHand: 12, reorderPoint: 3 });
    // The same file again (after fixing the bad rows, say): the catalog is updated, the opening balance not doubled.
    const again = (await gql('warehouse@acme.test', `mutation($csv: String!) { startPartsImport(fileName: "parts.csv", csv: $csv) { id } }`, { csv: csv.split('\n').slice(0, 2).join('\n') })).data.startPartsImport;
    const second = await eventually(async () => (await gql('warehouse@acme.test', `query($id: ID!) { partsImport(id: $id) { status importedRows errors { line reason } } }`, { id: again.id })).data.partsImport, (j) => j.status !== 'RUNNING');
    expect(second).toMatchObject({ status: 'DONE', importedRows: 0, errors: [{ line: 2, reason: 'already_opened' }] });
    expect(await level(central, 'IMP-1')).toMatchObject({ onHand: 12 });
    expect(errorCode(await gql('warehouse@acme.test', `mutation { startPartsImport(csv: "name\\nA") { id } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('tenant isolation', () => {
  it('shows another company none of the parts, stock, ledger or stocktakes, through GraphQL or at the database', async () => {
    const acme = (await gql('admin@acme.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    const globex = (await gql('admin@globex.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    const theirs = (await gql('warehouse@globex.test', `{ parts(first: 100) { edges { node { sku } } } stockLocations { id } }`)).data;
    expect(theirs.parts.edges.map((e: { node: { sku: string } }) => e.node.sku)).not.toContain('VLV-01');
    expect(theirs.stockLocations.map((l: { id: string }) => l.id)).not.toContain(van);
    expect((await gql('warehouse@globex.test', STOCK, { loc: van })).data.stockLevels.totalCount).toBe(0);
    expect(errorCode(await gql('warehouse@globex.test', `mutation { receiveStock(locationId: "${central}", sku: "CAP-35", quantity: 1, unitCost: 1) { onHand } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('tech@globex.test', `mutation { returnDefectivePart(workOrderId: "${(await query(demo.stack.databaseUrl, `select id from parts.work_order where tenant_id = $1 limit 1`, [acme]))[0].id}", sku: "CAP-35", quantity: 1, cause: LEAK) { id } }`))).toBe('NOT_FOUND');
    for (const table of ['part', 'location', 'stock_balance', 'movement', 'reservation', 'defect', 'transfer', 'stocktake', 'stocktake_line', 'import_job', 'company']) {
      const seen = await asTenant(demo.stack.databaseUrl, 'parts', globex, `select count(*)::int as n from parts.${table} where tenant_id = $1`, [acme]);
      expect(seen.rows[0].n, table).toBe(0);
      expect((await asTenant(demo.stack.databaseUrl, 'parts', acme, `select count(*)::int as n from parts.${table}`)).rows[0].n, table).toBeGreaterThan(0);
    }
    const changed = await asTenant(demo.stack.databaseUrl, 'parts', globex, `update parts.stock_balance set on_hand = 999 where location_id = $1`, [van]);
    expect(changed.rowCount).toBe(0);
  });
});
