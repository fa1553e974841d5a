import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headers as natsHeaders, JSONCodec, type JetStreamManager, type NatsConnection } from 'nats';
import pg from 'pg';
import { DispatchConsumers, DispatchRpc, IntakeConsumers, IntakeEvents, IntakeRpc, IntakeStream, DeadLetterStream } from '@shouhou/contracts';
import { connectNats, ServiceClient } from '@shouhou/messaging';
import { startTestStack, type TestStack } from '@shouhou/testing';
import { demoRequest, query, tenantContext } from '../support/platform';
import { eventually } from '../support/wait';

const codec = JSONCodec();
let stack: TestStack;
let client: ServiceClient;
let nc: NatsConnection;
let jsm: JetStreamManager;

beforeAll(async () => {
  // A short ack wait so that a message held by a killed consumer comes back within the test.
  stack = await startTestStack(inject('adminDatabaseUrl'), { CONSUMER_ACK_WAIT_MS: '2000' });
  client = new ServiceClient(stack.tooling);
  await client.connect();
  nc = await connectNats(stack.tooling, 'integration-test');
  jsm = await nc.jetstreamManager();
});

afterAll(async () => {
  await client?.close();
  await nc?.drain();
  await stack?.stop();
});

const queueRows = (requestId: string) =>
  query(stack.databaseUrl, 'select * from dispatch.queue_entry where service_request_id = $1', [requestId]);

const consumerIdle = async () => {
  const info = await jsm.consumers.info(IntakeStream.name, DispatchConsumers.intakeRequests);
  return info.num_pending === 0 && info.num_ack_pending === 0;
};

/** The outbox row intake wrote for a request: its id is the event's Nats-Msg-Id. */
async function outboxRowFor(requestId: string) {
  const [row] = await query(stack.databaseUrl, `select id, payload, headers from intake.outbox where payload->>'id' = $1`, [requestId]);
  return row as { id: string; payload: unknown; headers: Record<string, string> };
}

function republish(row: { payload: unknown; headers: Record<string, string> }, msgID: string) {
  const h = natsHeaders();
  for (const [k, v] of Object.entries(row.headers)) h.set(k, v);
  return nc.jetstream().publish(IntakeEvents.requestCreated.subject, codec.encode(row.payload), { msgID, headers: h });
}

describe('a service request flows from intake to the dispatch queue', () => {
  it('numbers the request, publishes the event once, and queues it for assessment', async () => {
    const ctx = tenantContext();
    const created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
    expect(created.number).toMatch(/^SR-\d{8}-0001$/);

    const queue = await eventually(
      () => client.call(DispatchRpc.listQueue, { ...ctx, roles: ['dispatcher'] }, { first: 10 }),
      (page) => page.totalCount === 1,
    );
    expect(queue.edges[0].node).toMatchObject({ serviceRequestId: created.id, requestNumber: created.number, state: 'TO_BE_ASSESSED' });
    const outbox = await query(stack.databaseUrl, `select published_at from intake.outbox where payload->>'id' = $1`, [created.id]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0].published_at).not.toBeNull();
  });

  it('gives concurrent requests of one tenant distinct, gap-free numbers', async () => {
    const ctx = tenantContext();
    const created = await Promise.all(
      Array.from({ length: 25 }, (_, i) => client.call(IntakeRpc.createServiceRequest, ctx, demoRequest({ customerName: `客户${i}` }))),
    );
    const sequences = created.map((r) => Number(r.number.split('-')[2])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('drops a duplicate publish of the same outbox row at the stream', async () => {
    const ctx = tenantContext();
    const created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
    await eventually(() => queueRows(created.id), (rows) => rows.length === 1);
    const row = await outboxRowFor(created.id);
    const ack = await republish(row, row.id);
    expect(ack.duplicate).toBe(true);
  });

  it('applies a redelivered event once, even past the stream’s duplicate window', async () => {
    const ctx = tenantContext();
    const created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
    await eventually(() => queueRows(created.id), (rows) => rows.length === 1);
    const row = await outboxRowFor(created.id);

    const stream = await jsm.streams.info(IntakeStream.name);
    await jsm.streams.update(IntakeStream.name, { ...stream.config, duplicate_window: 200 * 1e6 });
    try {
      await new Promise((r) => setTimeout(r, 600));
      const ack = await republish(row, row.id);
      expect(ack.duplicate).toBe(false);
      await eventually(() => jsm.consumers.info(IntakeStream.name, DispatchConsumers.intakeRequests), (info) => info.delivered.stream_seq >= ack.seq);
      await eventually(consumerIdle, Boolean);
    } finally {
      await jsm.streams.update(IntakeStream.name, stream.config);
    }
    expect(await queueRows(created.id)).toHaveLength(1);
    const inbox = await query(stack.databaseUrl, 'select * from dispatch.inbox where message_id = $1', [row.id]);
    expect(inbox).toHaveLength(1);
  });

  it('queues a request once when the same event is replayed under another message id', async () => {
    const ctx = tenantContext();
    const created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
    await eventually(() => queueRows(created.id), (rows) => rows.length === 1);
    const row = await outboxRowFor(created.id);
    const ack = await republish(row, `replay-${row.id}`);
    await eventually(() => jsm.consumers.info(IntakeStream.name, DispatchConsumers.intakeRequests), (info) => info.delivered.stream_seq >= ack.seq);
    await eventually(consumerIdle, Boolean);
    expect(await queueRows(created.id)).toHaveLength(1);
  });

  it('loses nothing when the consumer is killed in the middle of applying an event', async () => {
    const ctx = tenantContext();
    const admin = new pg.Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    let created;
    try {
      // Hold the queue table so that dispatch's transaction stops half-way, after its inbox insert.
      await admin.query('begin');
      await admin.query('lock table dispatch.queue_entry in access exclusive mode');
      created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
      await eventually(
        () => query(stack.adminDatabaseUrl, `select count(*)::int as n from pg_stat_activity where usename = 'shouhou_dispatch' and wait_event_type = 'Lock'`),
        (rows) => rows[0].n > 0,
      );
      await stack.kill('dispatch', 'SIGKILL');
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    expect(await queueRows(created.id)).toHaveLength(0);

    await stack.start('dispatch');
    const rows = await eventually(() => queueRows(created.id), (r) => r.length > 0, 30_000);
    expect(rows).toHaveLength(1);
    await eventually(consumerIdle, Boolean);
    expect(await queueRows(created.id)).toHaveLength(1);
  });

  it('sends a malformed event to the dead letters and goes on with the next one', async () => {
    const ctx = tenantContext();
    // Each consumer of the event puts it aside under its own name: dispatch's queue and intake's mail.
    const deadLetterOf = (consumer: string) => `deadletter.${consumer}.${IntakeEvents.requestCreated.subject}`;
    const lastSeq = async (consumer: string) =>
      (await jsm.streams.getMessage(DeadLetterStream.name, { last_by_subj: deadLetterOf(consumer) }).catch(() => null))?.seq ?? 0;
    const before = { dispatch: await lastSeq(DispatchConsumers.intakeRequests), mail: await lastSeq(IntakeConsumers.mailOnCreated) };
    const h = natsHeaders();
    h.set('x-tenant-id', ctx.tenantId);
    await nc.jetstream().publish(IntakeEvents.requestCreated.subject, codec.encode({ id: 'not-a-request' }), { headers: h });
    await eventually(() => lastSeq(DispatchConsumers.intakeRequests), (seq) => seq > before.dispatch);
    await eventually(() => lastSeq(IntakeConsumers.mailOnCreated), (seq) => seq > before.mail);
    const dead = await jsm.streams.getMessage(DeadLetterStream.name, { last_by_subj: deadLetterOf(DispatchConsumers.intakeRequests) });
    expect(dead.header.get('x-dead-letter-reason')).toMatch(/malformed event/);

    const created = await client.call(IntakeRpc.createServiceRequest, ctx, demoRequest());
    await eventually(() => queueRows(created.id), (rows) => rows.length === 1);
  });
});

describe('tenant isolation in the services and the database', () => {
  it('keeps one tenant’s requests and queue out of another tenant’s reads', async () => {
    const acme = tenantContext();
    const globex = tenantContext();
    const created = await client.call(IntakeRpc.createServiceRequest, acme, demoRequest({ customerName: '只属于甲' }));
    await eventually(() => queueRows(created.id), (rows) => rows.length === 1);

    expect(await client.call(IntakeRpc.getServiceRequest, globex, { id: created.id })).toBeNull();
    const list = await client.call(IntakeRpc.listServiceRequests, globex, { first: 100, filter: { search: '只属于甲' } });
    expect(list.totalCount).toBe(0);
    const queue = await client.call(DispatchRpc.listQueue, { ...globex, roles: ['dispatcher'] }, { first: 100 });
    expect(queue.edges.map((e) => e.node.serviceRequestId)).not.toContain(created.id);
  });

  it('shows a service role nothing without a tenant, and only that tenant’s rows with one', async () => {
    const acme = tenantContext();
    const globex = tenantContext();
    const a = await client.call(IntakeRpc.createServiceRequest, acme, demoRequest());
    await client.call(IntakeRpc.createServiceRequest, globex, demoRequest());
    await eventually(() => queueRows(a.id), (rows) => rows.length === 1);
    const appUrl = (role: string) => {
      const u = new URL(stack.databaseUrl);
      u.username = role;
      u.password = 'shouhou-dev';
      return u.toString();
    };

    for (const [role, table] of [
      ['shouhou_intake', 'intake.service_request'],
      ['shouhou_intake', 'intake.outbox'],
      ['shouhou_dispatch', 'dispatch.queue_entry'],
      ['shouhou_dispatch', 'dispatch.inbox'],
    ]) {
      const [{ n }] = await query(appUrl(role), `select count(*)::int as n from ${table}`);
      expect(n, `${role} reads ${table} without a tenant`).toBe(0);
    }

    const client2 = new pg.Client({ connectionString: appUrl('shouhou_intake') });
    await client2.connect();
    try {
      await client2.query('begin');
      await client2.query(`select set_config('app.tenant_id', $1, true)`, [globex.tenantId]);
      const seen = await client2.query('select distinct tenant_id from intake.service_request');
      expect(seen.rows.map((r) => r.tenant_id)).toEqual([globex.tenantId]);
      const changed = await client2.query(`update intake.service_request set customer_name = 'hijacked' where id = $1`, [a.id]);
      expect(changed.rowCount).toBe(0);
      await expect(
        client2.query(
          `insert into intake.service_request (id, tenant_id, number, customer_name, customer_phone, product_model, problem_description, channel, category, status, created_at, created_by)
           values (gen_random_uuid(), $1, 'SR-X', 'x', '1', 'x', 'x', 'PHONE', 'REPAIR', 'NEW', now(), 'x')`,
          [acme.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client2.query('rollback');
    } finally {
      await client2.end();
    }
    const [{ name }] = await query(stack.databaseUrl, 'select customer_name as name from intake.service_request where id = $1', [a.id]);
    expect(name).toBe('张伟');
  });

  it('keeps a service role out of another service’s schema', async () => {
    const u = new URL(stack.databaseUrl);
    u.username = 'shouhou_dispatch';
    u.password = 'shouhou-dev';
    await expect(query(u.toString(), 'select count(*) from intake.service_request')).rejects.toThrow(/permission denied/);
  });
});
