import { beforeAll, describe, expect, it } from 'vitest';
import { assessedRequest, demoPlatform } from '../support/demo';
import { errorCode } from '@shouhou/testing';
import { asTenant, demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';

/**
 * 服务绩效 through GraphQL: real work done by two technicians (one visit failed and revisited, one
 * arrival late, one product repaired twice), then the KPIs the dispatcher reads must be what that work
 * adds up to — computed here from the work orders themselves, per technician and in total. Bad periods,
 * roles without access and another company see nothing of it.
 */
const demo = demoPlatform({ env: { DEADLINE_WATCH_MS: '500' } });
const gql = demo.gql;

const WO = `id serviceRequestId status version technicianId serialNumber customerPhone productModel completedAt
  charges { chargeable total acceptedTotal } clocks { commitment state } timeline { action }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $t: ID, $r: String) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: $r) { ${WO} } }`;
const ACT = `mutation($id: ID!, $a: FieldAction!, $n: String) { workOrderAction(workOrderId: $id, action: $a, note: $n) { ${WO} } }`;
const ACCEPT_CHARGES = `mutation($id: ID!, $t: Int!) { acceptCharges(workOrderId: $id, total: $t) { ${WO} } }`;
const GET = `query($id: ID!) { workOrder(id: $id) { ${WO} } }`;
const FIGURES = `completed onTimeArrivalRate firstTimeFixRate meanTimeToRepairHours repeatVisits slaCompliance`;
const KPIS = `query($from: String!, $to: String!, $t: ID) { dispatchKpis(from: $from, to: $to, technicianId: $t) {
  from to totals { ${FIGURES} } byTechnician { technicianId name ${FIGURES} } daily { date completed onTimeArrivalRate firstTimeFixRate } targets { onTimeArrival firstTimeFix } } }`;

type Order = {
  id: string; serviceRequestId: string; status: string; version: number; technicianId: string | null; serialNumber: string; customerPhone: string; productModel: string;
  completedAt: string | null; charges: { chargeable: boolean; total: number; acceptedTotal: number | null } | null; clocks: { commitment: string; state: string }[]; timeline: { action: string }[];
};

let li: { id: string; name: string };
let zhao: { id: string; name: string };
let acmeTenant: string;
let globexTenant: string;
let from: string;
let today: string;
let to: string;
/** Every job this file completed, as the API shows it afterwards. */
const completed: Order[] = [];
/** The job whose arrival was late: its breach is escalated. */
let lateJob: Order;

async function must<T>(label: string, r: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const result = await r;
  if (!result.data) throw new Error(`${label}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A request recorded by the agent (by default 张伟's air conditioner in 浦东), assessed once dispatch has it. */
const assessedJob = (overrides: Record<string, unknown> = {}): Promise<Order> =>
  assessedRequest(demo, demoRequest({ divisionCode: '310115', address: '张江路 88 弄 6 号 1201 室', ...overrides }), { location: { lat: 31.2, lng: 121.6 } }, WO);

const assign = async (order: Order, technicianId: string): Promise<Order> =>
  (await must('assign', gql('dispatcher@acme.test', ASSIGN, { id: order.id, v: order.version, t: technicianId, r: '绩效测试指派' }))).assignWorkOrder;

/** Field steps as `user` (the technician, or the dispatcher acting for one without a sign-in). */
async function steps(user: string, order: Order, actions: string[], note?: string): Promise<Order> {
  let current = order;
  for (const a of actions) current = (await must(a, gql(user, ACT, { id: current.id, a, n: a === 'FAIL' ? note : undefined }))).workOrderAction;
  return current;
}

/** Arrived: out-of-warranty work is agreed to first, then completed; the job is remembered for the expected figures. */
async function complete(user: string, order: Order): Promise<Order> {
  let current = order;
  if (current.charges?.chargeable && current.charges.total > 0) current = (await must('acceptCharges', gql(user, ACCEPT_CHARGES, { id: current.id, t: current.charges.total }))).acceptCharges;
  await steps(user, current, ['COMPLETE']);
  const done = (await must('get', gql('dispatcher@acme.test', GET, { id: order.id }))).workOrder as Order;
  expect(done.status).toBe('COMPLETED');
  completed.push(done);
  return done;
}

/** A date in the tenant's zone, `days` from today. */
function localDate(timeZone: string, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** What the jobs add up to, by the KPI definitions: the expected figures, from the work orders alone. */
async function expectedFigures(jobs: Order[]) {
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
  const closed = jobs.flatMap((j) => j.clocks.filter((c) => c.state === 'MET' || c.state === 'MET_LATE'));
  const arrivals = closed.filter((c) => c.commitment === 'arrival');
  let hours = 0;
  for (const j of jobs) {
    const request = (await must('request', gql('agent@acme.test', `query($id: ID!) { serviceRequest(id: $id) { createdAt } }`, { id: j.serviceRequestId }))).serviceRequest;
    hours += (Date.parse(j.completedAt!) - Date.parse(request.createdAt)) / 3_600_000;
  }
  // A repeat: the same product (serial, else phone and model) completed before within 30 days.
  const product = (j: Order) => (j.serialNumber ? `serial:${j.serialNumber}` : `phone:${j.customerPhone}:${j.productModel}`);
  const repeats = jobs.filter((j) =>
    completed.some((p) => p.id !== j.id && product(p) === product(j) && Date.parse(p.completedAt!) < Date.parse(j.completedAt!) && Date.parse(p.completedAt!) >= Date.parse(j.completedAt!) - 30 * 86_400_000),
  ).length;
  return {
    completed: jobs.length,
    onTimeArrivalRate: ratio(arrivals.filter((c) => c.state === 'MET').length, arrivals.length),
    firstTimeFixRate: ratio(jobs.filter((j) => !j.timeline.some((s) => s.action === 'FAIL' || s.action === 'CUSTOMER_DISPUTE_SERVICE')).length, jobs.length),
    meanTimeToRepairHours: ratio(hours, jobs.length),
    repeatVisits: repeats,
    slaCompliance: ratio(closed.filter((c) => c.state === 'MET').length, closed.length),
  };
}

function expectFigures(actual: Record<string, number | null>, expected: Awaited<ReturnType<typeof expectedFigures>>) {
  expect(actual.completed).toBe(expected.completed);
  expect(actual.repeatVisits).toBe(expected.repeatVisits);
  for (const key of ['onTimeArrivalRate', 'firstTimeFixRate', 'slaCompliance'] as const) {
    if (expected[key] === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(expected[key]!, 6);
  }
  // Request and completion times are the services' own; a minute's difference either way is allowed.
  expect(Math.abs(actual.meanTimeToRepairHours! - expected.meanTimeToRepairHours!)).toBeLessThan(1 / 60);
}

beforeAll(async () => {
  acmeTenant = (await must('me', gql('admin@acme.test', `{ me { tenant { id } } }`))).me.tenant.id;
  globexTenant = (await must('me', gql('admin@globex.test', `{ me { tenant { id } } }`))).me.tenant.id;
  const timeZone = (await must('zone', gql('dispatcher@acme.test', `{ tenantSettings { timeZone } }`))).tenantSettings.timeZone;
  // Yesterday to tomorrow where the tenant works: the work done now falls inside even across midnight.
  from = localDate(timeZone, -1);
  today = localDate(timeZone, 0);
  to = localDate(timeZone, 1);
  const techUser = (await must('me', gql('tech@acme.test', `{ me { id } }`))).me.id;
  const technicians: { id: string; name: string; userId: string }[] = (await must('technicians', gql('dispatcher@acme.test', `{ technicians { id name userId } }`))).technicians;
  li = technicians.find((x) => x.userId === techUser)!;
  zhao = technicians.find((x) => x.userId !== techUser)!;
  expect(li).toBeTruthy();
  expect(zhao).toBeTruthy();

  // Before any work: nothing was completed, and nothing measured is null, not 0.
  const before = (await must('kpis', gql('dispatcher@acme.test', KPIS, { from, to }))).dispatchKpis;
  expect(before.totals).toMatchObject({ completed: 0, onTimeArrivalRate: null, firstTimeFixRate: null, meanTimeToRepairHours: null, slaCompliance: null, repeatVisits: 0 });

  // The seed's assessed repairs go to 李师傅, who does them on his phone.
  const seeded: Order[] = (await must('unassigned', gql('dispatcher@acme.test', `{ workOrders(first: 50, status: UNASSIGNED) { edges { node { ${WO} } } } }`))).workOrders.edges.map((e: { node: Order }) => e.node);
  expect(seeded.length).toBeGreaterThan(0);
  for (const order of seeded) await complete('tech@acme.test', await steps('tech@acme.test', await assign(order, li.id), ['ACCEPT', 'START_TRAVEL', 'ARRIVE']));

  // 李师傅 again: the customer was out; the revisit fixes it (not a first-time fix).
  const revisit = await steps('tech@acme.test', await assign(await assessedJob({ customerName: '二次上门', customerPhone: '13700001111', serialNumber: 'AC-KPI-0001' }), li.id), ['ACCEPT', 'START_TRAVEL']);
  const failed = await steps('tech@acme.test', revisit, ['FAIL'], '客户不在家');
  expect(failed.status).toBe('FAILED');
  await complete('tech@acme.test', await steps('tech@acme.test', await assign(failed, li.id), ['ACCEPT', 'ARRIVE']));

  // 赵师傅 (the dispatcher records his steps): one on time, one that arrives after the arrival was due.
  await complete('dispatcher@acme.test', await steps('dispatcher@acme.test', await assign(await assessedJob({ customerName: '按时到达', customerPhone: '13700002222', serialNumber: 'AC-KPI-0002' }), zhao.id), ['ACCEPT', 'ARRIVE']));
  const late = await steps('dispatcher@acme.test', await assign(await assessedJob({ customerName: '迟到上门', customerPhone: '13700003333', serialNumber: 'AC-KPI-0003' }), zhao.id), ['ACCEPT']);
  await query(demo.stack.databaseUrl, `update dispatch.deadline set due_at = now() - interval '1 minute', at_risk_at = now() - interval '2 minutes' where subject_id = $1 and commitment = 'arrival'`, [late.id]);
  // The watcher sees the breach while the technician is still on the way, and raises it to the lead.
  await eventually(async () => (await gql('dispatcher@acme.test', `{ escalations { workOrderId } }`)).data.escalations, (list: { workOrderId: string }[]) => list.some((e) => e.workOrderId === late.id));
  lateJob = await complete('dispatcher@acme.test', await steps('dispatcher@acme.test', late, ['ARRIVE']));
  expect(lateJob.clocks.find((c) => c.commitment === 'arrival')?.state).toBe('MET_LATE');
});

describe('field KPIs (服务绩效)', () => {
  it('adds up the period’s completed work per technician and in total: on-time arrival, first-time fix, time to repair, repeats, SLA', async () => {
    const kpis = (await must('kpis', gql('dispatcher@acme.test', KPIS, { from, to }))).dispatchKpis;
    expect(kpis).toMatchObject({ from, to });
    const lis = completed.filter((j) => j.technicianId === li.id);
    const zhaos = completed.filter((j) => j.technicianId === zhao.id);
    expect(lis.length).toBeGreaterThanOrEqual(2);
    expect(zhaos).toHaveLength(2);
    expectFigures(kpis.totals, await expectedFigures(completed));
    // The work above is not flawless, so the figures are not either.
    expect(kpis.totals.firstTimeFixRate).toBeLessThan(1);
    expect(kpis.totals.onTimeArrivalRate).toBeLessThan(1);

    expect(kpis.byTechnician.map((x: { technicianId: string }) => x.technicianId).sort()).toEqual([li.id, zhao.id].sort());
    const row = (id: string) => kpis.byTechnician.find((x: { technicianId: string }) => x.technicianId === id);
    expect(row(li.id).name).toBe(li.name);
    expectFigures(row(li.id), await expectedFigures(lis));
    expectFigures(row(zhao.id), await expectedFigures(zhaos));
    expect(row(zhao.id).onTimeArrivalRate).toBeCloseTo(0.5, 6);
    expect(row(zhao.id).firstTimeFixRate).toBe(1);

    // Day by day over the period, every date once; the days add up to the total.
    expect(kpis.daily.map((d: { date: string }) => d.date)).toEqual([from, today, to]);
    expect(kpis.daily.reduce((n: number, d: { completed: number }) => n + d.completed, 0)).toBe(completed.length);
    // Targets from the commitments (percent there, rates here).
    const targets = (await must('commitments', gql('dispatcher@acme.test', `{ commitments { policy { targets { onTimeArrival firstTimeFix } } } }`))).commitments.policy.targets;
    expect(kpis.targets).toEqual({ onTimeArrival: targets.onTimeArrival / 100, firstTimeFix: targets.firstTimeFix / 100 });
  });

  it('narrows to one technician', async () => {
    const kpis = (await must('kpis', gql('dispatcher@acme.test', KPIS, { from, to, t: zhao.id }))).dispatchKpis;
    expect(kpis.byTechnician.map((x: { technicianId: string }) => x.technicianId)).toEqual([zhao.id]);
    expectFigures(kpis.totals, await expectedFigures(completed.filter((j) => j.technicianId === zhao.id)));
  });

  it('lets the quality manager and the tenant admin read them too', async () => {
    for (const user of ['quality@acme.test', 'admin@acme.test']) {
      const kpis = (await must(user, gql(user, KPIS, { from, to }))).dispatchKpis;
      expect(kpis.totals.completed, user).toBe(completed.length);
    }
  });

  it('refuses a period that ends before it starts, runs longer than a year, or names a day that does not exist', async () => {
    for (const period of [{ from: to, to: from }, { from: '2025-01-01', to: '2026-01-03' }, { from: '2026-1-1', to }, { from: to, to: 'tomorrow' }, { from: '2026-02-30', to: '2026-03-01' }]) {
      expect(errorCode(await gql('dispatcher@acme.test', KPIS, period)), JSON.stringify(period)).toBe('BAD_USER_INPUT');
    }
    // A year exactly is allowed.
    expect((await gql('dispatcher@acme.test', KPIS, { from: '2025-01-01', to: '2025-12-31' })).data.dispatchKpis.daily).toHaveLength(365);
  });

  it('is not for technicians or agents', async () => {
    for (const user of ['tech@acme.test', 'agent@acme.test']) expect(errorCode(await gql(user, KPIS, { from, to })), user).toBe('FORBIDDEN');
  });
});

describe('dispatch settings', () => {
  const SETTINGS = `leadUserId leadName reassignWhenLate depotWeek { start end } priceList { callOutFee depotFee labourPerHour labourStepMinutes }`;
  const SAVE = `mutation($input: DispatchSettingsInput!) { saveDispatchSettings(input: $input) { ${SETTINGS} } }`;
  const strip = <T,>(v: T): T => JSON.parse(JSON.stringify(v, (k, x) => (k === '__typename' ? undefined : x)));

  it('are saved by the tenant admin, read by the dispatcher, and refused with the field named when the depot never works', async () => {
    const current = strip((await must('settings', gql('admin@acme.test', `{ dispatchSettings { ${SETTINGS} } }`))).dispatchSettings);
    const dispatcherId = (await must('me', gql('dispatcher@acme.test', `{ me { id } }`))).me.id;
    const input = {
      ...current,
      leadUserId: dispatcherId,
      leadName: '调度 Acme',
      priceList: { ...current.priceList, labourPerHour: 9000 },
    };
    const saved = (await must('save', gql('admin@acme.test', SAVE, { input }))).saveDispatchSettings;
    expect(saved).toEqual(input);
    expect((await must('read', gql('dispatcher@acme.test', `{ dispatchSettings { ${SETTINGS} } }`))).dispatchSettings).toEqual(input);

    const closed = await gql('admin@acme.test', SAVE, { input: { ...input, depotWeek: [[], [], [], [], [], [], []] } });
    expect(errorCode(closed)).toBe('BAD_USER_INPUT');
    expect(closed.errors![0].extensions!.issues).toEqual([expect.objectContaining({ field: 'input.depotWeek' })]);
    expect(errorCode(await gql('dispatcher@acme.test', SAVE, { input }))).toBe('FORBIDDEN');
    expect((await must('read', gql('admin@acme.test', `{ dispatchSettings { ${SETTINGS} } }`))).dispatchSettings).toEqual(input);
  });
});

describe('tenant isolation', () => {
  it('shows another company none of the completed work, the escalations or the settings — through GraphQL and at the database', async () => {
    const globex = (await must('globex kpis', gql('dispatcher@globex.test', KPIS, { from, to }))).dispatchKpis;
    expect(globex.totals).toMatchObject({ completed: 0, onTimeArrivalRate: null, firstTimeFixRate: null, meanTimeToRepairHours: null, slaCompliance: null });
    expect(globex.byTechnician).toEqual([]);
    // Another company's technician as a filter finds nothing either.
    expect((await must('globex kpis', gql('dispatcher@globex.test', KPIS, { from, to, t: li.id }))).dispatchKpis.totals.completed).toBe(0);

    // The late arrival was escalated in acme; globex neither lists it nor can acknowledge it.
    const LIST = `query($open: Boolean) { escalations(open: $open) { id workOrderId commitment } }`;
    const escalation = (await eventually(async () => (await gql('dispatcher@acme.test', LIST, { open: true })).data.escalations, (list: { workOrderId: string }[]) =>
      list.some((e) => e.workOrderId === lateJob.id),
    )).find((e: { workOrderId: string }) => e.workOrderId === lateJob.id);
    expect(escalation.commitment).toBe('arrival');
    for (const open of [true, false]) {
      const seen: { id: string }[] = (await must('globex escalations', gql('dispatcher@globex.test', LIST, { open }))).escalations;
      expect(seen.some((e) => e.id === escalation.id)).toBe(false);
    }
    expect(errorCode(await gql('dispatcher@globex.test', `mutation($id: ID!) { acknowledgeEscalation(id: $id) { id } }`, { id: escalation.id }))).toBe('NOT_FOUND');
    expect((await gql('dispatcher@acme.test', LIST, { open: true })).data.escalations.some((e: { id: string }) => e.id === escalation.id)).toBe(true);

    for (const table of ['escalation', 'settings']) {
      const seen = await asTenant(demo.stack.databaseUrl, 'dispatch', globexTenant, `select count(*)::int as n from dispatch.${table} where tenant_id = $1`, [acmeTenant]);
      expect(seen.rows[0].n, table).toBe(0);
      const own = await asTenant(demo.stack.databaseUrl, 'dispatch', acmeTenant, `select count(*)::int as n from dispatch.${table}`);
      expect(own.rows[0].n, table).toBeGreaterThan(0);
    }
    const done = await asTenant(demo.stack.databaseUrl, 'dispatch', globexTenant, `select count(*)::int as n from dispatch.work_order where completed_at is not null`);
    expect(done.rows[0].n).toBe(0);
  });
});
