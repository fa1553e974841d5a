import { beforeAll, describe, expect, it } from 'vitest';
import { demoPlatform, queuedRequest } from '../support/demo';
import { trackingToken } from '@shouhou/auth';
import { errorCode, graphql } from '@shouhou/testing';
import { asTenant, demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';

/**
 * The visit itself, through GraphQL: appointments and the arrival clock, the technician's report,
 * parts and the charges the customer agrees to, the signature, the customer's link, the depot,
 * escalation of breached clocks and late reassignment.
 */
const LINK_SECRET = 'field-work-secret';
const demo = demoPlatform({ env: { DEADLINE_WATCH_MS: '300', TRACKING_LINK_SECRET: LINK_SECRET } });
const gql = demo.gql;

const WO = `id status version visits warrantyStatus technicianId availableActions excludedTechnicianIds expectedParts { sku quantity }
  appointment { status proposed { start end } confirmed { start end } confirmedBy withinCommitment changes { cause reason pausedMinutes } }
  report { diagnosis labourMinutes } parts { id sku name quantity unitPrice reservation source }
  charges { chargeable total acceptedTotal acceptedBy lines { kind quantity unitPrice amount } }
  confirmation { status method signerName comment } depot { condition accessories carrier trackingNumber }
  clocks { commitment state startedAt dueAt closedAt }`;
const ACT = `mutation($id: ID!, $a: FieldAction!, $n: String, $d: FieldActionDetails) { workOrderAction(workOrderId: $id, action: $a, note: $n, details: $d) { ${WO} } }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $t: ID, $r: String) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: $r) { ${WO} } }`;
const GET = `query($id: ID!) { workOrder(id: $id) { ${WO} timeline { action note } } }`;
const PART = `mutation($id: ID!, $sku: String!, $q: Int!, $name: String, $price: Int) { addPartLine(workOrderId: $id, sku: $sku, quantity: $q, name: $name, unitPrice: $price) { ${WO} } }`;
const REPORT = `mutation($id: ID!, $m: Int!) { saveServiceReport(workOrderId: $id, diagnosis: "启动电容失效", actions: "更换启动电容，试机正常", labourMinutes: $m) { ${WO} } }`;
const ACCEPT_CHARGES = `mutation($id: ID!, $t: Int!) { acceptCharges(workOrderId: $id, total: $t) { ${WO} } }`;
const SET_APPOINTMENT = `mutation($id: ID!, $mode: String!, $slots: [SlotInput!]!) { setAppointment(workOrderId: $id, mode: $mode, slots: $slots) { ${WO} } }`;
const RESCHEDULE = `mutation($id: ID!, $slot: SlotInput!, $cause: DelayCause!, $reason: String!) { rescheduleAppointment(workOrderId: $id, slot: $slot, cause: $cause, reason: $reason) { ${WO} } }`;
const TRACK_VISIT = `query($t: String!) { trackVisit(token: $t) { status technicianName appointment { status proposed { start } confirmed { start } confirmedBy } charges { chargeable total acceptedBy } confirmation { status method } shipment { carrier trackingNumber } } }`;
const CUSTOMER = `mutation($t: String!, $s: CustomerVisitStep!, $start: DateTime, $c: String, $total: Int) { customerVisitAction(token: $t, step: $s, start: $start, comment: $c, total: $total) { status appointment { status confirmedBy } charges { acceptedBy } confirmation { status method } } }`;
/** A 1×1 PNG, as a signature pad would send it. */
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let techId: string;
let otherTechId: string;
let acmeTenant: string;

const queued = (input: Record<string, unknown>) => queuedRequest(demo, input);

async function waitQueued(requestId: string) {
  await eventually(async () => (await gql('dispatcher@acme.test', `{ dispatchQueue(first: 100) { edges { node { serviceRequestId } } } }`)).data.dispatchQueue.edges, (edges: { node: { serviceRequestId: string } }[]) =>
    edges.some((e) => e.node.serviceRequestId === requestId),
  );
}

async function assessed(requestId: string, extra: Record<string, unknown> = {}) {
  const r = await gql('dispatcher@acme.test', `mutation($input: AssessInput!) { assessWorkOrder(input: $input) { ${WO} } }`, {
    input: { serviceRequestId: requestId, visitType: 'ON_SITE', complexity: 'SIMPLE', location: { lat: 31.2, lng: 121.6 }, ...extra },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.assessWorkOrder;
}

/** A job of tech@acme.test, taken as far as `until` (accepted, on site …). */
async function techJob(request: Record<string, unknown>, steps: string[] = ['ACCEPT', 'ARRIVE'], extra: Record<string, unknown> = {}) {
  const order = await assessed(await queued(request), extra);
  let current = (await gql('dispatcher@acme.test', ASSIGN, { id: order.id, v: order.version, t: techId, r: '测试指派' })).data.assignWorkOrder;
  for (const a of steps) {
    const r = await gql('tech@acme.test', ACT, { id: current.id, a });
    if (!r.data) throw new Error(`${a}: ${JSON.stringify(r.errors)}`);
    current = r.data.workOrderAction;
  }
  return current;
}

const fridge = (overrides: Record<string, unknown> = {}) =>
  demoRequest({ productModel: 'BCD-450', serialNumber: 'RF2023060042', problemDescription: '冷藏室不制冷', divisionCode: '310115', address: '张江路 88 弄 6 号 1201 室', ...overrides });

/** Two-hour windows tomorrow and the day after, local 10:00 Shanghai. */
const slot = (daysAhead: number, hour = 10) => {
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  start.setUTCHours(hour - 8, 0, 0, 0);
  return { start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString() };
};

beforeAll(async () => {
  const technicians = (await gql('dispatcher@acme.test', `{ technicians { id name } }`)).data.technicians;
  techId = technicians.find((t: { name: string }) => t.name === '李师傅').id;
  acmeTenant = (await gql('admin@acme.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
  otherTechId = technicians.find((t: { name: string }) => t.name === '赵师傅').id;
  // Enough capacity for every job this file gives 李师傅.
  const me = (await gql('tech@acme.test', `{ me { id } }`)).data.me.id;
  await gql('dispatcher@acme.test', `mutation($input: TechnicianInput!) { saveTechnician(input: $input) { id } }`, {
    input: { userId: me, name: '李师傅', skills: ['家用电器'], regions: ['3101'], home: { lat: 31.2215, lng: 121.5447 }, dailyCapacity: 30 },
  });
  await eventually(() => query(demo.stack.databaseUrl, 'select count(*)::int as n from dispatch.tenant_commitments'), (r) => r[0].n >= 2);
});

describe('charges, parts and the customer’s signature', () => {
  it('charges an out-of-warranty visit by the price list, and completes only once the customer agreed to the amount as it stands', async () => {
    const job = await techJob(fridge());
    expect(job.warrantyStatus).toBe('OUT_OF_WARRANTY');
    expect(job.availableActions).toEqual(['COMPLETE', 'FAIL']);
    await gql('tech@acme.test', REPORT, { id: job.id, m: 40 });
    const withPart = (await gql('tech@acme.test', PART, { id: job.id, sku: 'CAP-35', q: 1 })).data.addPartLine;
    expect(withPart.parts).toEqual([expect.objectContaining({ sku: 'CAP-35', name: '压缩机启动电容 35μF', quantity: 1, unitPrice: 4500, reservation: 'PENDING', source: 'VAN' })]);
    // 上门费 50 + 40 minutes of labour billed as one hour (80) + the capacitor (45).
    expect(withPart.charges).toMatchObject({ chargeable: true, total: 17500, acceptedTotal: null });
    expect(withPart.charges.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount])).toEqual([['CALL_OUT', 5000], ['LABOUR', 8000], ['PART', 4500]]);

    const early = await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE', d: { signature: SIGNATURE, signerName: '张伟' } });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0].message).toContain('not agreed');
    // The customer was shown ¥150 before the report's labour was priced in: agreeing to it agrees to nothing.
    const stale = await gql('tech@acme.test', ACCEPT_CHARGES, { id: job.id, t: 15000 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toContain('¥175.00');
    expect((await gql('tech@acme.test', ACCEPT_CHARGES, { id: job.id, t: 17500 })).data.acceptCharges.charges).toMatchObject({ acceptedTotal: 17500, acceptedBy: 'ON_SITE' });
    // A part added after the customer agreed changes the amount: they must see it again.
    await gql('tech@acme.test', PART, { id: job.id, sku: 'GSK-450', q: 1 });
    expect(errorCode(await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE', d: { signature: SIGNATURE, signerName: '张伟' } }))).toBe('CONFLICT');
    await gql('tech@acme.test', ACCEPT_CHARGES, { id: job.id, t: 27400 });

    const done = (await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE', d: { signature: SIGNATURE, signerName: '张伟' } })).data.workOrderAction;
    expect(done).toMatchObject({ status: 'COMPLETED', visits: 1, confirmation: { status: 'CONFIRMED', method: 'SIGNATURE', signerName: '张伟' }, charges: { total: 27400, acceptedTotal: 27400 } });
    const image = (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { signatureImage } }`, { id: job.id })).data.workOrder.signatureImage;
    expect(image).toBe(SIGNATURE);
    const timeline = (await gql('dispatcher@acme.test', GET, { id: job.id })).data.workOrder.timeline.map((s: { action: string }) => s.action);
    expect(timeline).toEqual(['ASSESSED', 'ASSIGNED', 'ACCEPT', 'ARRIVE', 'REPORT_SAVED', 'PART_ADDED', 'CHARGES_ACCEPTED', 'PART_ADDED', 'CHARGES_ACCEPTED', 'COMPLETE']);
  });

  it('charges nothing in warranty, but shows what each line would have cost', async () => {
    const job = await techJob(demoRequest({ divisionCode: '310115', address: '张江路 88 弄' }));
    expect(job.warrantyStatus).toBe('IN_WARRANTY');
    const c = (await gql('tech@acme.test', PART, { id: job.id, sku: 'FAN-OUT', q: 1 })).data.addPartLine.charges;
    expect(c).toMatchObject({ chargeable: false, total: 0 });
    expect(c.lines.find((l: { kind: string }) => l.kind === 'PART')).toMatchObject({ unitPrice: 18800, amount: 0 });
    expect((await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE' })).data.workOrderAction.confirmation).toMatchObject({ status: 'PENDING', method: null });

    // The customer was not there to sign; on their link they say it is not fixed, and the request opens again.
    const requestId = (await gql('dispatcher@acme.test', `query($id: ID!) { workOrder(id: $id) { serviceRequestId } }`, { id: job.id })).data.workOrder.serviceRequestId;
    const REQUEST = `query($id: ID!) { serviceRequest(id: $id) { status timeline { action note } } }`;
    await eventually(async () => (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest.status, (s) => s === 'RESOLVED');
    process.env.TRACKING_LINK_SECRET = LINK_SECRET;
    const disputed = await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: trackingToken(acmeTenant, requestId), s: 'DISPUTE_SERVICE', c: '外机还是很吵' });
    expect(disputed.data.customerVisitAction.confirmation).toEqual({ status: 'DISPUTED', method: 'LINK' });
    // Not fixed after all: the work order waits for a revisit, which a dispatcher assigns like any failed visit.
    expect(disputed.data.customerVisitAction.status).toBe('FAILED');
    const revisit = (await gql('dispatcher@acme.test', GET, { id: job.id })).data.workOrder;
    expect(revisit).toMatchObject({ status: 'FAILED' });
    expect((await gql('dispatcher@acme.test', ASSIGN, { id: job.id, v: revisit.version, t: techId, r: '返修上门' })).data.assignWorkOrder.status).toBe('ASSIGNED');
    const reopened = await eventually(async () => (await gql('agent@acme.test', REQUEST, { id: requestId })).data.serviceRequest, (r) => r.status === 'IN_PROGRESS');
    expect(reopened.timeline.at(-1)).toEqual({ action: 'REOPEN', note: '客户对服务有异议：外机还是很吵' });
  });

  it('refuses bad parts and signatures with clear errors, and changes nothing', async () => {
    const job = await techJob(fridge({ customerName: '坏输入' }));
    for (const [vars, field] of [
      [{ sku: 'CAP-35', q: 0 }, 'quantity'],
      [{ sku: 'CAP-35', q: -2 }, 'quantity'],
      [{ sku: 'NOT-LISTED', q: 1 }, 'sku'],
      [{ sku: 'X-1', q: 1, name: '自带配件', price: -100 }, 'unitPrice'],
    ] as const) {
      const r = await gql('tech@acme.test', PART, { id: job.id, ...vars });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors![0].extensions)).toContain(field);
    }
    const notPng = await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE', d: { signature: 'data:image/jpeg;base64,AAAA', signerName: '张伟' } });
    expect(errorCode(notPng)).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('tech@acme.test', REPORT, { id: job.id, m: -5 }))).toBe('BAD_USER_INPUT');
    const after = (await gql('tech@acme.test', GET, { id: job.id })).data.workOrder;
    expect(after).toMatchObject({ status: 'ON_SITE', parts: [], report: null });
  });

  it('prices a part by the parts catalog as it stands when the part is added, and not once the warehouse retires it', async () => {
    const SAVE_PART = `mutation($input: PartInput!) { savePart(input: $input) { sku price active } }`;
    const part = { sku: 'PRC-01', name: '冷藏风门', cost: 1200, price: 2000, compatibleModels: ['BCD-450'] };
    await gql('warehouse@acme.test', SAVE_PART, { input: part });
    const job = await techJob(fridge({ customerName: '配件价格' }));
    // Dispatch hears of catalog changes from the parts service, a moment later.
    const dispatchKnows = (price: number, active: boolean) =>
      eventually(() => query(demo.stack.databaseUrl, `select price, active from dispatch.catalog_part where sku = 'PRC-01'`), (rows: { price: number; active: boolean }[]) => rows[0]?.price === price && rows[0]?.active === active);
    await dispatchKnows(2000, true);
    const first = (await gql('tech@acme.test', PART, { id: job.id, sku: 'PRC-01', q: 1 })).data.addPartLine;
    expect(first.parts).toEqual([expect.objectContaining({ sku: 'PRC-01', name: '冷藏风门', unitPrice: 2000, quantity: 1 })]);

    // A new price applies to parts added from now on; the line already on the job keeps the price the customer saw.
    await gql('warehouse@acme.test', SAVE_PART, { input: { ...part, price: 2500 } });
    await dispatchKnows(2500, true);
    const second = (await gql('tech@acme.test', PART, { id: job.id, sku: 'PRC-01', q: 1 })).data.addPartLine;
    expect(second.parts.map((p: { unitPrice: number }) => p.unitPrice).sort()).toEqual([2000, 2500]);

    // A part dispatch has no copy of (saved before dispatch kept one) is asked of the parts service, and kept.
    await query(demo.stack.databaseUrl, `delete from dispatch.catalog_part where sku = 'CAP-35' and tenant_id = $1`, [acmeTenant]);
    const asked = (await gql('tech@acme.test', PART, { id: job.id, sku: 'CAP-35', q: 1 })).data.addPartLine;
    expect(asked.parts.find((p: { sku: string }) => p.sku === 'CAP-35')).toMatchObject({ name: '压缩机启动电容 35μF', unitPrice: 4500 });
    expect(await query(demo.stack.databaseUrl, `select price from dispatch.catalog_part where sku = 'CAP-35' and tenant_id = $1`, [acmeTenant])).toEqual([{ price: 4500 }]);

    // Retired from the catalog: a technician who still has one names and prices it.
    await gql('warehouse@acme.test', SAVE_PART, { input: { ...part, price: 2500, active: false } });
    await dispatchKnows(2500, false);
    const refused = await gql('tech@acme.test', PART, { id: job.id, sku: 'PRC-01', q: 1 });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain('not in the parts catalog');
    expect((await gql('tech@acme.test', GET, { id: job.id })).data.workOrder.parts).toHaveLength(3);
  });

  it('keeps another technician’s job closed to a technician, and report and parts to the time on site', async () => {
    const order = await assessed(await queued(fridge({ customerName: '别人的活' })));
    const other = (await gql('dispatcher@acme.test', ASSIGN, { id: order.id, v: order.version, t: otherTechId, r: '测试' })).data.assignWorkOrder;
    expect(errorCode(await gql('tech@acme.test', PART, { id: other.id, sku: 'CAP-35', q: 1 }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('tech@acme.test', ACCEPT_CHARGES, { id: other.id, t: 0 }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('agent@acme.test', PART, { id: other.id, sku: 'CAP-35', q: 1 }))).toBe('FORBIDDEN');
    // Not on site yet: nothing to record.
    expect(errorCode(await gql('dispatcher@acme.test', PART, { id: other.id, sku: 'CAP-35', q: 1 }))).toBe('CONFLICT');
  });
});

describe('appointments and the arrival clock', () => {
  it('pauses the arrival clock for a delay the customer asked for, and not for one the company caused', async () => {
    const order = await assessed(await queued(demoRequest({ customerName: '改约客户', divisionCode: '310115', address: '张江路 1 号' })), { expectedParts: [{ sku: 'FAN-OUT', quantity: 1 }] });
    // What the dispatcher expects the repair to need travels with the work order to the technician.
    expect(order.expectedParts).toEqual([{ sku: 'FAN-OUT', quantity: 1 }]);
    const options = (await gql('dispatcher@acme.test', `query($id: ID!) { appointmentOptions(workOrderId: $id) { start end withinCommitment } }`, { id: order.id })).data.appointmentOptions;
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Date.parse(o.end) - Date.parse(o.start)).toBe(2 * 3_600_000);
    const arrivalDue = order.clocks.find((c: { commitment: string }) => c.commitment === 'arrival').dueAt;
    expect(options.map((o: { withinCommitment: boolean }) => o.withinCommitment)).toEqual(options.map((o: { start: string }) => Date.parse(o.start) <= Date.parse(arrivalDue)));

    const agreed = (await gql('dispatcher@acme.test', SET_APPOINTMENT, { id: order.id, mode: 'CONFIRM', slots: [slot(1)] })).data.setAppointment;
    expect(agreed.appointment).toMatchObject({ status: 'CONFIRMED', confirmedBy: 'STAFF', confirmed: { start: slot(1).start } });

    const byCompany = (await gql('dispatcher@acme.test', RESCHEDULE, { id: order.id, slot: slot(2), cause: 'COMPANY', reason: '技术员临时病假' })).data.rescheduleAppointment;
    expect(byCompany.clocks.find((c: { commitment: string }) => c.commitment === 'arrival').dueAt).toBe(arrivalDue);
    const byCustomer = (await gql('dispatcher@acme.test', RESCHEDULE, { id: order.id, slot: slot(6), cause: 'CUSTOMER', reason: '客户出差，改到周末' })).data.rescheduleAppointment;
    const moved = byCustomer.clocks.find((c: { commitment: string }) => c.commitment === 'arrival').dueAt;
    const paused = byCustomer.appointment.changes.map((c: { cause: string; pausedMinutes: number }) => [c.cause, c.pausedMinutes]);
    expect(paused[0]).toEqual(['COMPANY', 0]);
    expect(paused[1][1]).toBeGreaterThan(0);
    expect(Date.parse(moved)).toBeGreaterThan(Date.parse(arrivalDue));
    const [audit] = await query(demo.stack.databaseUrl, `select c.old_due_at, c.new_due_at, c.reason from dispatch.deadline_change c join dispatch.deadline d on d.id = c.deadline_id where d.subject_id = $1`, [order.id]);
    expect(new Date(audit.old_due_at).toISOString()).toBe(arrivalDue);
    expect(new Date(audit.new_due_at).toISOString()).toBe(moved);
    expect(audit.reason).toContain('客户出差');

    // Back and forth: the company moves it back, the customer asks for the later time again — nothing more is credited.
    await gql('dispatcher@acme.test', RESCHEDULE, { id: order.id, slot: slot(2), cause: 'COMPANY', reason: '师傅提前有空' });
    const again = (await gql('dispatcher@acme.test', RESCHEDULE, { id: order.id, slot: slot(6), cause: 'CUSTOMER', reason: '客户还是要周末' })).data.rescheduleAppointment;
    expect(again.appointment.changes.at(-1)).toMatchObject({ cause: 'CUSTOMER', pausedMinutes: 0 });
    expect(again.clocks.find((c: { commitment: string }) => c.commitment === 'arrival').dueAt).toBe(moved);
    // An agreed time is not replaced by new slots: that is what a reschedule (with its cause) is for.
    expect(errorCode(await gql('dispatcher@acme.test', SET_APPOINTMENT, { id: order.id, mode: 'PROPOSE', slots: [slot(3)] }))).toBe('CONFLICT');

    // New commitments recompute every open clock: the pause the customer asked for stays credited.
    const [{ version, policy, tenant_id: tenant }] = await query(demo.stack.databaseUrl, `select version, policy, tenant_id from dispatch.tenant_commitments where tenant_id = (select tenant_id from dispatch.work_order where id = $1)`, [order.id]);
    const calendar = (await gql('admin@acme.test', `{ commitments { calendar { timeZone week { start end } nationalCalendar closures extraWorkdays } } }`)).data.commitments.calendar;
    const published = await gql('admin@acme.test', `mutation($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!) { updateCommitments(policy: $policy, calendar: $calendar) { version } }`, {
      policy: { ...policy, firstResponse: { amount: 2, unit: 'HOURS', basis: 'WORKING' } },
      calendar,
    });
    expect(published.errors).toBeUndefined();
    await eventually(async () => (await query(demo.stack.databaseUrl, `select version from dispatch.tenant_commitments where tenant_id = $1 and version > $2`, [tenant, version])).length, (n) => n > 0);
    const after = (await gql('dispatcher@acme.test', GET, { id: order.id })).data.workOrder;
    expect(after.clocks.find((c: { commitment: string }) => c.commitment === 'arrival').dueAt).toBe(moved);

    expect(errorCode(await gql('dispatcher@acme.test', RESCHEDULE, { id: order.id, slot: slot(4), cause: 'CUSTOMER', reason: ' ' }))).toBe('BAD_USER_INPUT');
    const past = { start: new Date(Date.now() - 5 * 3_600_000).toISOString(), end: new Date(Date.now() - 3 * 3_600_000).toISOString() };
    expect(errorCode(await gql('dispatcher@acme.test', SET_APPOINTMENT, { id: order.id, mode: 'CONFIRM', slots: [past] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('dispatcher@acme.test', SET_APPOINTMENT, { id: order.id, mode: 'CONFIRM', slots: [{ start: slot(2).end, end: slot(2).start }] }))).toBe('BAD_USER_INPUT');
  });
});

describe('the customer’s link', () => {
  it('lets the customer choose an offered time, agree to the charges and confirm the service without an account', async () => {
    const submitted = await graphql(demo.stack.gatewayUrl, `mutation($input: PublicServiceRequestInput!) { submitServiceRequest(tenantCode: "acme", input: $input) { number trackingToken } }`, {
      input: { customerName: '链接客户', customerPhone: '13700002222', productModel: 'XQG100 洗衣机', problemDescription: '脱水异响', category: 'REPAIR' },
    });
    const token = submitted.data.submitServiceRequest.trackingToken;
    expect((await graphql(demo.stack.gatewayUrl, TRACK_VISIT, { t: token })).data.trackVisit).toBeNull();
    const requestId = (await gql('agent@acme.test', `query($s: String) { serviceRequests(first: 1, filter: { search: $s }) { edges { node { id } } } }`, { s: submitted.data.submitServiceRequest.number })).data.serviceRequests.edges[0].node.id;
    await waitQueued(requestId);
    const order = await assessed(requestId, { skill: '家用电器' });
    await gql('dispatcher@acme.test', SET_APPOINTMENT, { id: order.id, mode: 'PROPOSE', slots: [slot(2), slot(1)] });

    const offered = (await graphql(demo.stack.gatewayUrl, TRACK_VISIT, { t: token })).data.trackVisit;
    expect(offered.appointment).toMatchObject({ status: 'PROPOSED', proposed: [{ start: slot(1).start }, { start: slot(2).start }], confirmed: null });
    const notOffered = await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'CHOOSE_SLOT', start: slot(5).start });
    expect(errorCode(notOffered)).toBe('CONFLICT');
    const chosen = (await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'CHOOSE_SLOT', start: slot(2).start })).data.customerVisitAction;
    expect(chosen.appointment).toMatchObject({ status: 'CONFIRMED', confirmedBy: 'CUSTOMER' });
    expect(errorCode(await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'CONFIRM_SERVICE' }))).toBe('CONFLICT');

    let current = (await gql('dispatcher@acme.test', ASSIGN, { id: order.id, v: (await gql('dispatcher@acme.test', GET, { id: order.id })).data.workOrder.version, t: techId, r: '客户约定时间' })).data.assignWorkOrder;
    for (const a of ['ACCEPT', 'ARRIVE']) current = (await gql('tech@acme.test', ACT, { id: current.id, a })).data.workOrderAction;
    // The technician is there: the other offered time is no longer the customer's to take.
    expect(errorCode(await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'CHOOSE_SLOT', start: slot(1).start }))).toBe('CONFLICT');
    // Warranty unknown (a model not in the catalog): charged; the customer agrees on their own phone.
    const shown = (await graphql(demo.stack.gatewayUrl, TRACK_VISIT, { t: token })).data.trackVisit.charges.total;
    expect((await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'ACCEPT_CHARGES', total: shown })).data.customerVisitAction.charges.acceptedBy).toBe('CUSTOMER');
    expect((await gql('tech@acme.test', ACT, { id: current.id, a: 'COMPLETE' })).data.workOrderAction.confirmation.status).toBe('PENDING');
    const confirmed = (await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'CONFIRM_SERVICE', c: '师傅很专业' })).data.customerVisitAction;
    expect(confirmed.confirmation).toEqual({ status: 'CONFIRMED', method: 'LINK' });
    expect(errorCode(await graphql(demo.stack.gatewayUrl, CUSTOMER, { t: token, s: 'DISPUTE_SERVICE', c: '又坏了' }))).toBe('CONFLICT');
    expect(errorCode(await graphql(demo.stack.gatewayUrl, TRACK_VISIT, { t: `${token.slice(0, -3)}abc` }))).toBe('BAD_USER_INPUT');
  });
});

describe('depot repair (返厂)', () => {
  it('receives, repairs, checks and ships the product back, with the repair clock on the depot’s week', async () => {
    // The depot works Saturdays 09:00–10:00 only: three working days are three Saturday hours.
    const settings = (await gql('admin@acme.test', `{ dispatchSettings { leadUserId leadName reassignWhenLate priceList { callOutFee depotFee labourPerHour labourStepMinutes } } }`)).data.dispatchSettings;
    const saturdays = [[], [], [], [], [], [{ start: 540, end: 600 }], []];
    expect((await gql('admin@acme.test', `mutation($input: DispatchSettingsInput!) { saveDispatchSettings(input: $input) { depotWeek { start } } }`, { input: { ...settings, depotWeek: saturdays } })).errors).toBeUndefined();

    const job = await techJob(demoRequest({ customerName: '返厂客户', divisionCode: '310115' }), ['ACCEPT'], { visitType: 'DEPOT' });
    expect(job.clocks.map((c: { commitment: string }) => c.commitment)).toEqual(['dispatch']);
    expect(job.availableActions).toEqual(['DECLINE', 'RECEIVE']);
    expect(errorCode(await gql('tech@acme.test', ACT, { id: job.id, a: 'RECEIVE' }))).toBe('BAD_USER_INPUT');
    const received = (await gql('tech@acme.test', ACT, { id: job.id, a: 'RECEIVE', d: { condition: '外壳有划痕，无进水', accessories: ['遥控器', '电源线'] } })).data.workOrderAction;
    expect(received.depot).toMatchObject({ condition: '外壳有划痕，无进水', accessories: ['遥控器', '电源线'] });
    const repair = received.clocks.find((c: { commitment: string }) => c.commitment === 'repair');
    const due = new Date(Date.parse(repair.dueAt) + 8 * 3_600_000); // Shanghai wall clock
    expect(due.getUTCDay()).toBe(6);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeGreaterThan(540);
    expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBeLessThanOrEqual(600);
    expect(Date.parse(repair.dueAt) - Date.parse(repair.startedAt)).toBeGreaterThan(13 * 86_400_000);

    for (const [a, n] of [['START_REPAIR', null], ['QC_FAIL', '仍有异响'], ['QC_PASS', '试机 2 小时正常']] as const) await gql('tech@acme.test', ACT, { id: job.id, a, n });
    expect(errorCode(await gql('tech@acme.test', ACT, { id: job.id, a: 'SHIP', d: { carrier: '顺丰' } }))).toBe('BAD_USER_INPUT');
    const shipped = (await gql('tech@acme.test', ACT, { id: job.id, a: 'SHIP', d: { carrier: '顺丰', trackingNumber: 'SF1234567890' } })).data.workOrderAction;
    expect(shipped).toMatchObject({ status: 'SHIPPED', depot: { carrier: '顺丰', trackingNumber: 'SF1234567890' }, availableActions: ['COMPLETE'] });
    await gql('admin@acme.test', `mutation($input: DispatchSettingsInput!) { saveDispatchSettings(input: $input) { leadName } }`, { input: { ...settings, depotWeek: [[{ start: 540, end: 1080 }], [{ start: 540, end: 1080 }], [{ start: 540, end: 1080 }], [{ start: 540, end: 1080 }], [{ start: 540, end: 1080 }], [], []] } });
  });
});

describe('a charged depot repair', () => {
  it('ships the product back only once the customer agreed to what they pay', async () => {
    const job = await techJob(fridge({ customerName: '返厂收费' }), ['ACCEPT'], { visitType: 'DEPOT' });
    for (const [a, d] of [['RECEIVE', { condition: '外观完好' }], ['START_REPAIR', null], ['QC_PASS', null]] as const) await gql('tech@acme.test', ACT, { id: job.id, a, d });
    await gql('tech@acme.test', REPORT, { id: job.id, m: 90 });
    const refused = await gql('tech@acme.test', ACT, { id: job.id, a: 'SHIP', d: { carrier: '顺丰', trackingNumber: 'SF0000000001' } });
    expect(errorCode(refused)).toBe('CONFLICT');
    const agreed = (await gql('tech@acme.test', ACCEPT_CHARGES, { id: job.id, t: 15000 })).data.acceptCharges.charges;
    // 返厂检测费 30 + an hour and a half of labour (120).
    expect(agreed).toMatchObject({ chargeable: true, total: 15000, acceptedTotal: 15000 });
    expect((await gql('tech@acme.test', ACT, { id: job.id, a: 'SHIP', d: { carrier: '顺丰', trackingNumber: 'SF0000000001' } })).data.workOrderAction.status).toBe('SHIPPED');
    expect((await gql('tech@acme.test', ACT, { id: job.id, a: 'COMPLETE' })).data.workOrderAction.status).toBe('COMPLETED');
  });
});

describe('clocks that slip', () => {
  it('raises a breached clock to the dispatcher’s lead once, and lets them acknowledge it', async () => {
    const job = await techJob(fridge({ customerName: '超时升级' }), ['ACCEPT']);
    await query(demo.stack.databaseUrl, `update dispatch.deadline set due_at = now() - interval '1 minute', at_risk_at = now() - interval '2 minutes' where subject_id = $1 and commitment = 'arrival'`, [job.id]);
    const LIST = `{ escalations { id workOrderId commitment leadName acknowledgedAt } }`;
    const raised = (await eventually(async () => (await gql('dispatcher@acme.test', LIST)).data.escalations, (list: { workOrderId: string }[]) => list.some((e) => e.workOrderId === job.id))).find(
      (e: { workOrderId: string }) => e.workOrderId === job.id,
    );
    expect(raised).toMatchObject({ commitment: 'arrival', leadName: '调度主管', acknowledgedAt: null });
    const timeline = (await gql('dispatcher@acme.test', GET, { id: job.id })).data.workOrder.timeline.map((s: { action: string }) => s.action);
    expect(timeline.filter((a: string) => a === 'ESCALATED')).toHaveLength(1);
    const ack = await gql('dispatcher@acme.test', `mutation($id: ID!) { acknowledgeEscalation(id: $id, note: "已电话安抚客户") { acknowledgedAt note } }`, { id: raised.id });
    expect(ack.data.acknowledgeEscalation.note).toBe('已电话安抚客户');
    expect(errorCode(await gql('dispatcher@acme.test', `mutation($id: ID!) { acknowledgeEscalation(id: $id) { id } }`, { id: raised.id }))).toBe('CONFLICT');
    expect((await gql('dispatcher@acme.test', LIST)).data.escalations.some((e: { id: string }) => e.id === raised.id)).toBe(false);
    expect(errorCode(await gql('tech@acme.test', LIST))).toBe('FORBIDDEN');
    expect((await gql('dispatcher@globex.test', LIST)).data.escalations.some((e: { id: string }) => e.id === raised.id)).toBe(false);
  });

  it('gives a job nobody accepted to another technician when its arrival turns at risk', async () => {
    const order = await assessed(await queued(fridge({ customerName: '没人接单' })));
    const assigned = (await gql('dispatcher@acme.test', ASSIGN, { id: order.id, v: order.version, t: techId, r: '就近' })).data.assignWorkOrder;
    await query(demo.stack.databaseUrl, `update dispatch.deadline set at_risk_at = now() - interval '1 minute' where subject_id = $1 and commitment = 'arrival'`, [assigned.id]);
    const moved = await eventually(async () => (await gql('dispatcher@acme.test', GET, { id: assigned.id })).data.workOrder, (w: { technicianId: string | null }) => w.technicianId !== techId);
    expect(moved.excludedTechnicianIds).toContain(techId);
    expect(moved.timeline.map((s: { action: string }) => s.action)).toContain('REASSIGNED_LATE');
    expect(moved.status).toBe(moved.technicianId ? 'ASSIGNED' : 'UNASSIGNED');
  });
});

describe('tenant isolation', () => {
  it('keeps appointments, parts lines, signatures and settings of one company from another, through GraphQL and at the database', async () => {
    const acme = (await gql('admin@acme.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    const globex = (await gql('admin@globex.test', `{ me { tenant { id } } }`)).data.me.tenant.id;
    const [line] = await query(demo.stack.databaseUrl, `select work_order_id from dispatch.part_line where tenant_id = $1 limit 1`, [acme]);
    expect((await gql('dispatcher@globex.test', GET, { id: line.work_order_id })).data.workOrder).toBeNull();
    expect(errorCode(await gql('dispatcher@globex.test', PART, { id: line.work_order_id, sku: 'CAP-35', q: 1 }))).toBe('NOT_FOUND');
    expect((await gql('dispatcher@globex.test', `{ dispatchSettings { leadName priceList { labourPerHour } } }`)).data.dispatchSettings.priceList.labourPerHour).toBeGreaterThan(0);
    for (const table of ['part_line', 'appointment', 'appointment_change', 'signature', 'settings', 'escalation', 'catalog_part']) {
      const seen = await asTenant(demo.stack.databaseUrl, 'dispatch', globex, `select count(*)::int as n from dispatch.${table} where tenant_id = $1`, [acme]);
      expect(seen.rows[0].n, table).toBe(0);
      const own = await asTenant(demo.stack.databaseUrl, 'dispatch', acme, `select count(*)::int as n from dispatch.${table}`);
      expect(own.rows[0].n, table).toBeGreaterThan(0);
    }
    const changed = await asTenant(demo.stack.databaseUrl, 'dispatch', globex, `update dispatch.part_line set quantity = 99 where work_order_id = $1`, [line.work_order_id]);
    expect(changed.rowCount).toBe(0);
  });
});
