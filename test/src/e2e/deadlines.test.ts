import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { JSONCodec, type NatsConnection } from 'nats';
import { IntakeStream, slaEvents } from '@shouhou/contracts';
import { connectNats, DeadlineWatcher } from '@shouhou/messaging';
import { createLogger } from '@shouhou/observability';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { demoRequest, query } from '../support/platform';
import { eventually } from '../support/wait';

let stack: TestStack;
let nc: NatsConnection;
const codec = JSONCodec();
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));
const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id createdAt firstResponseDueAt } }`;
const breached = slaEvents('intake').breached.subject;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'), { DEADLINE_WATCH_MS: '300' });
  await seedDemoData(stack.tooling, () => undefined);
  nc = await connectNats(stack.tooling, 'deadline-test');
});
afterAll(async () => {
  await nc?.drain();
  await stack?.stop();
});

async function breachMessages(subjectId: string): Promise<number> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(IntakeStream.name, { subjects_filter: breached });
  let n = 0;
  const total = info.state.subjects?.[breached] ?? 0;
  if (!total) return 0;
  // Walk the stream's messages on that subject.
  let seq = info.state.first_seq;
  while (seq <= info.state.last_seq) {
    try {
      const m = await jsm.streams.getMessage(IntakeStream.name, { seq });
      if (m.subject === breached && (codec.decode(m.data) as { subjectId: string }).subjectId === subjectId) n += 1;
    } catch {
      // a gap
    }
    seq += 1;
  }
  return n;
}

describe('first-response deadlines', () => {
  it('are set from the tenant’s commitments when a request is recorded', async () => {
    await eventually(() => query(stack.databaseUrl, 'select count(*)::int as n from intake.tenant_commitments'), (r) => r[0].n >= 2);
    const r = await gql('agent@acme.test', CREATE, { input: demoRequest() });
    const created = r.data.createServiceRequest;
    expect(created.firstResponseDueAt).not.toBeNull();
    expect(Date.parse(created.firstResponseDueAt)).toBeGreaterThan(Date.parse(created.createdAt));
    const [d] = await query(stack.databaseUrl, `select commitment, commitment_version, calendar_version from intake.deadline where subject_id = $1`, [created.id]);
    expect(d).toMatchObject({ commitment: 'firstResponse', commitment_version: 0 });
    expect(d.calendar_version).toContain('CN2026');
  });

  it('announce a breach exactly once, even with a second watcher competing', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '超时客户' }) })).data.createServiceRequest;
    const appUrl = new URL(stack.databaseUrl);
    appUrl.username = 'shouhou_intake';
    appUrl.password = 'shouhou-dev';
    const pool = new pg.Pool({ connectionString: appUrl.toString(), max: 2 });
    const rival = new DeadlineWatcher(pool, 'intake', createLogger('rival'), () => undefined);
    try {
      await query(stack.databaseUrl, `update intake.deadline set at_risk_at = now() - interval '2 minutes', due_at = now() - interval '1 minute' where subject_id = $1`, [created.id]);
      await Promise.all([rival.tick(), rival.tick()]);
      await eventually(() => breachMessages(created.id), (n) => n >= 1, 15_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await breachMessages(created.id)).toBe(1);
      const [d] = await query(stack.databaseUrl, `select breached_sent_at, at_risk_sent_at from intake.deadline where subject_id = $1`, [created.id]);
      expect(d.breached_sent_at).not.toBeNull();
      expect(d.at_risk_sent_at).not.toBeNull();
    } finally {
      await pool.end();
    }
  });

  it('move when the tenant publishes new commitments, with the old and new due times audited', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '改期客户' }) })).data.createServiceRequest;
    const current = (await gql('admin@acme.test', `{ commitments { policy { dispatch { amount unit basis } } calendar { timeZone week { start end } nationalCalendar closures extraWorkdays } } }`)).data.commitments;
    const full = await query(stack.databaseUrl, `select policy from intake.tenant_commitments where version = 0 limit 1`);
    const policy = { ...full[0].policy, firstResponse: { amount: 3, unit: 'DAYS', basis: 'CALENDAR' } };
    const saved = await gql('admin@acme.test', `mutation($policy: CommitmentPolicyInput!, $calendar: CalendarSettingsInput!) { updateCommitments(policy: $policy, calendar: $calendar) { version } }`, {
      policy,
      calendar: { ...current.calendar, week: current.calendar.week.map((d: { start: number; end: number }[]) => d.map(({ start, end }) => ({ start, end }))) },
    });
    expect(saved.errors).toBeUndefined();
    const moved = await eventually(
      () => query(stack.databaseUrl, `select old_due_at, new_due_at, reason from intake.deadline_change c join intake.deadline d on d.id = c.deadline_id where d.subject_id = $1`, [created.id]),
      (rows) => rows.length === 1,
    );
    expect(moved[0].reason).toBe('commitments v1');
    expect(new Date(moved[0].new_due_at).getTime()).toBe(Date.parse(created.createdAt) + 3 * 24 * 3_600_000);
    const r = await gql('agent@acme.test', `query($id: ID!) { serviceRequest(id: $id) { firstResponseDueAt } }`, { id: created.id });
    expect(Date.parse(r.data.serviceRequest.firstResponseDueAt)).toBe(Date.parse(created.createdAt) + 3 * 24 * 3_600_000);
  });
});

describe('the request lifecycle', () => {
  const MOVE = `mutation($id: ID!, $action: RequestAction!, $note: String) { transitionServiceRequest(id: $id, action: $action, note: $note) { status acknowledgedAt actions } }`;
  const DETAIL = `query($id: ID!) { serviceRequest(id: $id) { status actions timeline { action fromStatus toStatus note actorId } } }`;

  it('walks a request from new to closed, stopping the first-response clock at the first response', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '生命周期' }) })).data.createServiceRequest;
    const ack = await gql('agent@acme.test', MOVE, { id: created.id, action: 'ACKNOWLEDGE' });
    expect(ack.data.transitionServiceRequest).toMatchObject({ status: 'ACKNOWLEDGED', actions: ['START', 'RESOLVE', 'CANCEL'] });
    expect(ack.data.transitionServiceRequest.acknowledgedAt).not.toBeNull();
    const [d] = await query(stack.databaseUrl, `select state from intake.deadline where subject_id = $1`, [created.id]);
    expect(d.state).toBe('MET');

    for (const action of ['START', 'RESOLVE', 'CLOSE']) {
      const r = await gql('dispatcher@acme.test', MOVE, { id: created.id, action });
      expect(r.errors, action).toBeUndefined();
    }
    const reopened = await gql('agent@acme.test', MOVE, { id: created.id, action: 'REOPEN', note: '故障复发' });
    expect(reopened.data.transitionServiceRequest.status).toBe('IN_PROGRESS');
    const detail = (await gql('agent@acme.test', DETAIL, { id: created.id })).data.serviceRequest;
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'ACKNOWLEDGE', 'START', 'RESOLVE', 'CLOSE', 'REOPEN']);
    expect(detail.timeline[5]).toMatchObject({ fromStatus: 'CLOSED', toStatus: 'IN_PROGRESS', note: '故障复发' });

    // A met deadline is never announced as breached.
    await query(stack.databaseUrl, `update intake.deadline set due_at = now() - interval '1 minute', at_risk_at = now() - interval '2 minutes' where subject_id = $1`, [created.id]);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await breachMessages(created.id)).toBe(0);
  });

  it('refuses impossible moves, asks why for cancel and reopen, and lets a consultation be resolved at intake', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest() })).data.createServiceRequest;
    const close = await gql('agent@acme.test', MOVE, { id: created.id, action: 'CLOSE' });
    expect(close.errors![0].extensions!.code).toBe('CONFLICT');
    const cancel = await gql('agent@acme.test', MOVE, { id: created.id, action: 'CANCEL' });
    expect(cancel.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(cancel.errors![0].extensions!.issues![0].field).toBe('input.note');
    expect((await gql('agent@acme.test', DETAIL, { id: created.id })).data.serviceRequest.status).toBe('NEW');
    const cancelled = await gql('agent@acme.test', MOVE, { id: created.id, action: 'CANCEL', note: '客户撤销' });
    expect(cancelled.data.transitionServiceRequest.status).toBe('CANCELLED');
    const [d] = await query(stack.databaseUrl, `select state from intake.deadline where subject_id = $1`, [created.id]);
    expect(d.state).toBe('CANCELLED');

    const consultation = (await gql('agent@acme.test', CREATE, { input: demoRequest({ category: 'CONSULTATION' }) })).data.createServiceRequest;
    expect((await gql('agent@acme.test', MOVE, { id: consultation.id, action: 'RESOLVE' })).data.transitionServiceRequest.status).toBe('RESOLVED');

    // Settled at intake, the requests leave the dispatch queue.
    const queued = async () =>
      (await gql('dispatcher@acme.test', '{ dispatchQueue(first: 100) { edges { node { serviceRequestId } } } }')).data.dispatchQueue.edges.map((e: { node: { serviceRequestId: string } }) => e.node.serviceRequestId);
    await eventually(queued, (ids) => !ids.includes(consultation.id) && !ids.includes(created.id));
    const [entry] = await query(stack.databaseUrl, `select state from dispatch.queue_entry where service_request_id = $1`, [consultation.id]);
    expect(entry.state).toBe('WITHDRAWN');
  });

  it('keeps one company’s requests out of another’s hands', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest() })).data.createServiceRequest;
    const r = await gql('agent@globex.test', MOVE, { id: created.id, action: 'ACKNOWLEDGE' });
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql('agent@acme.test', DETAIL, { id: created.id })).data.serviceRequest.status).toBe('NEW');
    expect(errorCode(await gql('quality@acme.test', MOVE, { id: created.id, action: 'ACKNOWLEDGE' }))).toBe('FORBIDDEN');
  });
});

describe('the agent’s incoming queue', () => {
  it('lists requests still waiting for a first response, the soonest due first', async () => {
    const a = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '排队甲' }) })).data.createServiceRequest;
    const b = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '排队乙' }) })).data.createServiceRequest;
    // Long overdue: the most urgent of all.
    await query(stack.databaseUrl, `update intake.service_request set first_response_due_at = now() - interval '1 day' where id = $1`, [b.id]);
    await gql('agent@acme.test', `mutation($id: ID!) { transitionServiceRequest(id: $id, action: ACKNOWLEDGE) { status } }`, { id: a.id });
    const page = await gql('agent@acme.test', `{ serviceRequests(first: 100, order: DUE_SOONEST) { edges { node { id status firstResponseDueAt } } } }`);
    const nodes = page.data.serviceRequests.edges.map((e: { node: { id: string; status: string; firstResponseDueAt: string } }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id)).not.toContain(a.id);
    expect(nodes[0].id).toBe(b.id);
    expect(nodes.every((n: { status: string }) => n.status === 'NEW')).toBe(true);
    const dues = nodes.map((n: { firstResponseDueAt: string }) => Date.parse(n.firstResponseDueAt));
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
  });
});
