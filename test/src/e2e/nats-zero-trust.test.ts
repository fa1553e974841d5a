import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, headers as natsHeaders, JSONCodec, type NatsConnection } from 'nats';
import {
  asTenantId,
  DeadLetterStream,
  DispatchStream,
  Headers,
  IntakeConsumers,
  IntakeEvents,
  IntakeRpc,
  IntakeStream,
  PartsRpc,
  TenancyRpc,
  type TenantContext,
} from '@shouhou/contracts';
import { connectNats, ContextSigner, generateContextKeys, ServiceClient } from '@shouhou/messaging';
import { demoPlatform } from '../support/demo';
import { query } from '../support/platform';

// The permissions are those of the stack's own nats-server (ADR 20), never of a NATS_URL given outside.
delete process.env.NATS_URL;

const demo = demoPlatform();
const codec = JSONCodec<any>();
const open: NatsConnection[] = [];
/** Server-side client ids of the connections this file opens to provoke refusals. */
const provoking = new Set<number>();
let tooling: NatsConnection;
let client: ServiceClient;
let acme: TenantContext;

async function as(identity: string): Promise<NatsConnection> {
  const nc = await connectNats(demo.stack.natsCredentials(identity), `zero-trust-${identity}`);
  open.push(nc);
  if (nc.info) provoking.add(nc.info.client_id);
  return nc;
}

/** Collects the permission violations the server reports to a connection. */
function violations(nc: NatsConnection): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const s of nc.status()) {
      const p = (s as { permissionContext?: { operation: string; subject: string } }).permissionContext;
      if (s.type === 'error') seen.push(`${s.data} ${p?.operation} ${p?.subject}`);
    }
  })();
  return seen;
}

/** Whatever reaches `subject` (seen by tooling, which may read everything) while `act` runs. */
async function delivered(subject: string, act: () => Promise<void> | void): Promise<string[]> {
  const got: string[] = [];
  const sub = tooling.subscribe(subject, { callback: (_e, m) => got.push(m.subject) });
  await tooling.flush();
  await act();
  await new Promise((r) => setTimeout(r, 300));
  sub.unsubscribe();
  return got;
}

/** A request in Nest's wire format with the headers given: what a hostile client could send. */
async function rawCall(nc: NatsConnection, subject: string, data: unknown, headers: Record<string, string>): Promise<any> {
  const h = natsHeaders();
  for (const [k, v] of Object.entries(headers)) h.set(k, v);
  const reply = await nc.request(subject, codec.encode({ pattern: subject, data, id: randomUUID() }), { headers: h, timeout: 5000 });
  return codec.decode(reply.data).response;
}

const natsLog = () => readFileSync(path.join(demo.stack.dataDir, 'logs', 'nats-server.log'), 'utf8');

/**
 * The violations this file's own nats-server (its stack's data folder, this run of the server) logged,
 * except those of the connections this file opened to provoke them: whatever the order of the tests,
 * what is left is the platform's own (start, seed, services, consumers, the gateway).
 */
function platformViolations(): string[] {
  const lines = natsLog().split('\n');
  const run = lines.findLastIndex((l) => l.includes('Starting nats-server'));
  return lines.slice(Math.max(run, 0)).filter((line) => {
    if (!/Violation/.test(line)) return false;
    const cid = /\bcid:(\d+)\b/.exec(line);
    return !cid || !provoking.has(Number(cid[1]));
  });
}

beforeAll(async () => {
  tooling = await as('tooling');
  client = new ServiceClient(demo.stack.tooling);
  await client.connect();
  const tenants = await client.call(TenancyRpc.listTenants, { kind: 'platform', actorId: 'zt', roles: ['platform-admin'], requestId: 'zt' }, {});
  acme = { kind: 'tenant', tenantId: asTenantId(tenants.find((t) => t.code === 'acme')!.id), actorId: 'zt-agent', roles: ['agent'], requestId: randomUUID() };
});

afterAll(async () => {
  await client?.close();
  for (const nc of open) await nc.close().catch(() => undefined);
});

describe('NATS authentication', () => {
  it('refuses a client without credentials or with a wrong password', async () => {
    await expect(connect({ servers: demo.stack.natsUrl, reconnect: false })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
    await expect(connect({ servers: demo.stack.natsUrl, user: 'tooling', pass: 'guessed', reconnect: false })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
    await expect(connect({ servers: demo.stack.natsUrl, user: 'gateway', pass: demo.stack.natsCredentials('dispatch').password, reconnect: false })).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' });
  });
});

describe('subject permissions', () => {
  it('the platform itself (start, seed, consumers, the gateway) stays within its permissions', () => {
    expect(natsLog()).toContain('Server is ready');
    expect(platformViolations()).toEqual([]);
  });

  it("a service cannot send another service's commands, publish its events or read others' requests and replies", async () => {
    const dispatch = await as('dispatch');
    const errors = violations(dispatch);

    const commands = await delivered('intake.cmd.>', () => dispatch.publish(IntakeRpc.saveProductModel.subject, codec.encode({ data: { model: 'ZT' } })));
    expect(commands).toEqual([]);
    const events = await delivered('intake.evt.>', () => dispatch.publish(IntakeEvents.requestCreated.subject, codec.encode({ id: 'forged' })));
    expect(events).toEqual([]);

    // Subscriptions the server refuses: another service's commands, everyone's replies, its own
    // commands in a queue group not its own.
    const refused: string[] = [];
    const received: string[] = [];
    const listen = (subject: string, queue?: string) =>
      dispatch.subscribe(subject, { queue, callback: (err, m) => (err ? refused.push(`${subject}:${err.code}`) : received.push(m.subject)) });
    listen('intake.cmd.>');
    listen('_INBOX.>');
    listen('dispatch.cmd.>', 'intake');
    await dispatch.flush();
    await new Promise((r) => setTimeout(r, 300));
    expect(refused.sort()).toEqual(['_INBOX.>:PERMISSIONS_VIOLATION', 'dispatch.cmd.>:PERMISSIONS_VIOLATION', 'intake.cmd.>:PERMISSIONS_VIOLATION']);
    expect(received).toEqual([]);

    expect(errors).toContain(`PERMISSIONS_VIOLATION publish ${IntakeRpc.saveProductModel.subject}`);
    expect(errors).toContain(`PERMISSIONS_VIOLATION publish ${IntakeEvents.requestCreated.subject}`);
    expect(natsLog()).toContain(`Publish Violation - User "dispatch", Subject "${IntakeEvents.requestCreated.subject}"`);
  });

  it("a service reaches only its own durable consumers on the streams it reads", async () => {
    const dispatch = await as('dispatch');
    const jsm = await dispatch.jetstreamManager();
    // Its own durable on intake's stream: allowed.
    await expect(jsm.consumers.info(IntakeStream.name, 'dispatch-intake-requests')).resolves.toMatchObject({ name: 'dispatch-intake-requests' });
    // Intake's durable: neither read, nor deleted, nor a new one to steal messages with.
    await expect(jsm.consumers.info(IntakeStream.name, IntakeConsumers.mailOnCreated)).rejects.toThrow();
    await expect(jsm.consumers.delete(IntakeStream.name, IntakeConsumers.mailOnCreated)).rejects.toThrow();
    await expect(jsm.consumers.add(IntakeStream.name, { durable_name: 'thief' })).rejects.toThrow();
    await expect(jsm.streams.delete(IntakeStream.name)).rejects.toThrow();
    // …and intake's consumer is still there.
    const tjsm = await tooling.jetstreamManager();
    await expect(tjsm.consumers.info(IntakeStream.name, IntakeConsumers.mailOnCreated)).resolves.toMatchObject({ name: IntakeConsumers.mailOnCreated });
    await expect(tjsm.consumers.info(IntakeStream.name, 'thief')).rejects.toThrow();
  });

  it('a service cannot change, create, delete or purge a stream; it may only look its own up', async () => {
    const dispatch = await as('dispatch');
    const errors = violations(dispatch);
    // The server drops a refused request: the JetStream API call times out.
    const jsm = await dispatch.jetstreamManager({ timeout: 1500 });
    const tjsm = await tooling.jetstreamManager();
    const before = await tjsm.streams.info(DispatchStream.name);
    await expect(jsm.streams.info(DispatchStream.name)).resolves.toMatchObject({ config: { name: DispatchStream.name } });
    // Its own stream made to capture every tenant's commands to intake and the gateway's replies.
    await expect(jsm.streams.update(DispatchStream.name, { subjects: [...DispatchStream.subjects, 'intake.cmd.>', '_INBOX.gateway.>'] })).rejects.toThrow();
    // …or to republish where it may not publish itself.
    await expect(jsm.streams.update(DispatchStream.name, { republish: { src: '>', dest: 'intake.evt.forged' } } as never)).rejects.toThrow();
    await expect(jsm.streams.update(DeadLetterStream.name, { subjects: ['deadletter.>', 'parts.cmd.>'] })).rejects.toThrow();
    // A stream of its own choosing.
    await expect(jsm.streams.add({ name: 'ZT_THIEF', subjects: ['intake.cmd.>'] })).rejects.toThrow();
    await expect(jsm.streams.add({ name: DispatchStream.name, subjects: ['tenancy.cmd.>'] })).rejects.toThrow();
    await expect(jsm.streams.purge(DispatchStream.name)).rejects.toThrow();
    await expect(jsm.streams.delete(DispatchStream.name)).rejects.toThrow();
    await expect(jsm.streams.delete(DeadLetterStream.name)).rejects.toThrow();
    // Nothing changed: the same subjects, the same messages, no new stream.
    const after = await tjsm.streams.info(DispatchStream.name);
    expect(after.config.subjects).toEqual([...DispatchStream.subjects]);
    expect(after.config.republish).toBeUndefined();
    expect(after.state.messages).toBeGreaterThanOrEqual(before.state.messages);
    expect(after.state.first_seq).toBe(before.state.first_seq);
    expect((await tjsm.streams.info(DeadLetterStream.name)).config.subjects).toEqual([...DeadLetterStream.subjects]);
    await expect(tjsm.streams.info('ZT_THIEF')).rejects.toThrow();
    for (const verb of ['UPDATE', 'CREATE', 'PURGE', 'DELETE']) {
      expect(errors, verb).toContain(`PERMISSIONS_VIOLATION publish $JS.API.STREAM.${verb}.${DispatchStream.name}`);
    }
    expect(errors).toContain('PERMISSIONS_VIOLATION publish $JS.API.STREAM.CREATE.ZT_THIEF');
    expect(natsLog()).toContain(`Publish Violation - User "dispatch", Subject "$JS.API.STREAM.UPDATE.${DispatchStream.name}"`);
  });

  it('the gateway cannot publish events', async () => {
    const gateway = await as('gateway');
    const errors = violations(gateway);
    const events = await delivered('intake.evt.>', () => gateway.publish(IntakeEvents.requestCreated.subject, codec.encode({ id: 'forged' })));
    expect(events).toEqual([]);
    await gateway.flush();
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).toContain(`PERMISSIONS_VIOLATION publish ${IntakeEvents.requestCreated.subject}`);
  });
});

describe('signed caller context', () => {
  const model = (tag: string) => ({ model: `ZT-${tag}-${randomUUID().slice(0, 8)}`, productCategory: '空调' });
  const written = async (m: string) =>
    (await query<{ n: number }>(demo.stack.databaseUrl, `select count(*)::int as n from intake.product_model where model = $1`, [m]))[0]!.n;
  const toolingKey = () => new ContextSigner(demo.stack.tooling.signingKey!);

  it('a signed call works (control)', async () => {
    const input = model('ok');
    await client.call(IntakeRpc.saveProductModel, acme, input);
    expect(await written(input.model)).toBe(1);
  });

  it('plain context headers without a signature are refused, nothing is written', async () => {
    const input = model('plain');
    const reply = await rawCall(tooling, IntakeRpc.saveProductModel.subject, input, {
      [Headers.tenantId]: acme.tenantId,
      [Headers.actorId]: 'intruder',
      [Headers.actorRoles]: 'tenant-admin,platform-admin',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await written(input.model)).toBe(0);

    const tenant = `zt-${randomUUID().slice(0, 6)}`;
    const created = await rawCall(tooling, TenancyRpc.createTenant.subject, { code: tenant, name: 'Intruder' }, { [Headers.actorRoles]: 'platform-admin' });
    expect(created).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await query(demo.stack.databaseUrl, `select 1 from tenancy.tenant where code = $1`, [tenant])).length).toBe(0);
  });

  it('a forged, expired, re-aimed or re-used signature is refused, nothing is written', async () => {
    const subject = IntakeRpc.saveProductModel.subject;
    const kid = toolingKey().kid;
    // Forged: the tooling's key id, someone else's key.
    const forger = new ContextSigner(generateContextKeys(kid).signingKey);
    // An unknown key altogether.
    const stranger = new ContextSigner(generateContextKeys('stranger-1').signingKey);
    const signed = model('signed');
    const cases: [string, unknown, string][] = [
      ['forged', model('forged'), ''],
      ['unknown key', model('unknown'), ''],
      ['expired', model('expired'), ''],
      ['other subject', model('aud'), ''],
      ['other payload', model('payload'), ''],
    ];
    cases[0]![2] = forger.sign(subject, acme, cases[0]![1]);
    cases[1]![2] = stranger.sign(subject, acme, cases[1]![1]);
    cases[2]![2] = toolingKey().sign(subject, acme, cases[2]![1], Date.now() - 120_000);
    cases[3]![2] = toolingKey().sign(IntakeRpc.productModels.subject, acme, cases[3]![1]);
    cases[4]![2] = toolingKey().sign(subject, acme, signed); // signed for another input
    for (const [what, input, token] of cases) {
      const reply = await rawCall(tooling, subject, input, { [Headers.context]: token });
      expect(reply, what).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await written((input as { model: string }).model), what).toBe(0);
    }
    expect(await written(signed.model)).toBe(0);
  });

  it('known limit: the same token with the same payload, re-sent within its 60 s, is accepted again (replay)', async () => {
    // Whoever may publish on a service's subjects (the gateway, tooling) can repeat a request it saw;
    // there is no nonce cache (ADR 20). Writes are protected by Idempotency-Key, not by the signature.
    const subject = IntakeRpc.productModels.subject;
    const input = { search: 'ZT' };
    const token = toolingKey().sign(subject, acme, input);
    const first = await rawCall(tooling, subject, input, { [Headers.context]: token });
    const again = await rawCall(tooling, subject, input, { [Headers.context]: token });
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    // The same token with another payload is not (the digest; also in the case above).
    const other = await rawCall(tooling, subject, { search: 'ZU' }, { [Headers.context]: token });
    expect(other).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a valid signature that does not fit the operation is FORBIDDEN', async () => {
    const tenant = `zt-${randomUUID().slice(0, 6)}`;
    const input = { code: tenant, name: 'Not an operator' };
    // A tenant's admin signed correctly, but creating tenants is the platform operator's.
    const token = toolingKey().sign(TenancyRpc.createTenant.subject, { ...acme, roles: ['tenant-admin'] }, input);
    const reply = await rawCall(tooling, TenancyRpc.createTenant.subject, input, { [Headers.context]: token });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A service-call token (no actor) for a tenant operation.
    const m = model('noactor');
    const noActor = await rawCall(tooling, IntakeRpc.saveProductModel.subject, m, { [Headers.context]: toolingKey().sign(IntakeRpc.saveProductModel.subject, undefined, m) });
    expect(noActor).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await written(m.model)).toBe(0);
    expect((await query(demo.stack.databaseUrl, `select 1 from tenancy.tenant where code = $1`, [tenant])).length).toBe(0);
  });

  it("a service's own NATS identity does not let it act for a tenant: parts refuses dispatch without dispatch's signature", async () => {
    const dispatch = await as('dispatch');
    const input = { first: 5 };
    const reply = await rawCall(dispatch, PartsRpc.parts.subject, input, { [Headers.tenantId]: acme.tenantId, [Headers.actorRoles]: 'warehouse-keeper' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // With dispatch's key (the one service call allowed, ADR 20) it is answered.
    const ok = await rawCall(dispatch, PartsRpc.parts.subject, input, {
      [Headers.context]: new ContextSigner(demo.stack.natsCredentials('dispatch').signingKey!).sign(PartsRpc.parts.subject, acme, input),
    });
    expect(ok).toMatchObject({ ok: true });
    // At parts, dispatch's key signs only that one query: not a parts command, not another parts query.
    const dispatchKey = new ContextSigner(demo.stack.natsCredentials('dispatch').signingKey!);
    const saved = { sku: `ZT-${randomUUID().slice(0, 8)}`, name: 'forged part' };
    for (const [rpc, payload] of [
      [PartsRpc.savePart, saved],
      [PartsRpc.stock, { first: 5 }],
    ] as const) {
      const refused = await rawCall(tooling, rpc.subject, payload, { [Headers.context]: dispatchKey.sign(rpc.subject, { ...acme, roles: ['warehouse-keeper', 'tenant-admin'] }, payload) });
      expect(refused, rpc.subject).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/may not sign for/) } });
    }
    // Intake does not accept dispatch's key.
    const m = model('dispatch-key');
    const intakeReply = await rawCall(tooling, IntakeRpc.saveProductModel.subject, m, {
      [Headers.context]: new ContextSigner(demo.stack.natsCredentials('dispatch').signingKey!).sign(IntakeRpc.saveProductModel.subject, acme, m),
    });
    expect(intakeReply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await written(m.model)).toBe(0);
  });
});

describe('after every provocation above', () => {
  it('the platform itself still stays within its permissions', () => {
    expect(platformViolations()).toEqual([]);
  });
});
