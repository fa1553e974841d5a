import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCode, graphql, passwordToken } from '@shouhou/testing';
import { demoPlatform } from '../support/demo';
import { eventually } from '../support/wait';
import { demoRequest, query } from '../support/platform';

// Refusals are logged at info: this file reads them.
const platform = demoPlatform({ env: { LOG_LEVEL: 'info' } });
const tokens: Record<string, string> = {};
const token = async (user: string) => (tokens[user] ??= await passwordToken(platform.stack.idp.issuer, user));

/** One POST to /graphql (or another path) with the headers a client would send. */
async function post(user: string | undefined, body: string, headers: Record<string, string> = {}, route = '/graphql') {
  const res = await fetch(`${platform.stack.gatewayUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${await token(user)}` } : {}), ...headers },
    body,
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as any };
}
const asJson = (q: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query: q, variables });

const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number } }`;
const SUBMIT = `mutation($code: String!, $input: PublicServiceRequestInput!) { submitServiceRequest(tenantCode: $code, input: $input) { number trackingToken } }`;
const SETTINGS = `mutation($input: DispatchSettingsInput!) { saveDispatchSettings(input: $input) { reassignWhenLate } }`;
const MODEL = `mutation($input: ProductModelInput!) { saveProductModel(input: $input) { model } }`;
const requestsNamed = async (name: string) =>
  (await query(platform.stack.databaseUrl, `select number from intake.service_request where customer_name = $1`, [name])).map((r) => r.number as string);
const gatewayPid = () => platform.stack.pid('gateway');

describe('no single request can hurt the gateway', () => {
  it('refuses a 2 MB body with 413 and a clear code, with or without a token, and lives on', async () => {
    const pid = gatewayPid();
    const huge = asJson(CREATE, { input: demoRequest({ problemDescription: 'x'.repeat(2 * 1024 * 1024) }) });
    for (const user of [undefined, 'agent@acme.test']) {
      const res = await post(user, huge);
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(gatewayPid()).toBe(pid);
  });

  it('refuses a 2,000-element list of garbage as BAD_USER_INPUT before any work, with or without a token', async () => {
    const pid = gatewayPid();
    const garbage = Array.from({ length: 2000 }, (_, i) => (i % 2 ? { start: i, end: [i] } : 'x'.repeat(50)));
    const body = asJson(SETTINGS, { input: { reassignWhenLate: true, depotWeek: garbage, priceList: { callOutFee: 1, depotFee: 1, labourPerHour: 1, labourStepMinutes: 30 } } });
    for (const user of [undefined, 'dispatcher@acme.test']) {
      const res = await post(user, body);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.depotWeek', reason: 'TOO_MANY' }] });
    }
    // Many aliases of a list-carrying field cost what they ask for.
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: saveDispatchSettings(input: $input) { reassignWhenLate }`).join(' ');
    const week = Array.from({ length: 7 }, () => Array.from({ length: 100 }, () => ({ start: 540, end: 1020 })));
    const costly = await post('dispatcher@acme.test', asJson(`mutation($input: DispatchSettingsInput!) { ${aliases} }`, { input: { reassignWhenLate: true, depotWeek: week, priceList: { callOutFee: 1, depotFee: 1, labourPerHour: 1, labourStepMinutes: 30 } } }));
    expect(costly.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(gatewayPid()).toBe(pid);
  });

  it('takes at most ten writes in one request, and refuses the whole batch beyond', async () => {
    const name = `批量${Date.now()}`;
    const batch = (n: number) =>
      asJson(`mutation($input: CreateServiceRequestInput!) { ${Array.from({ length: n }, (_, i) => `c${i}: createServiceRequest(input: $input) { id }`).join(' ')} }`, {
        input: demoRequest({ customerName: name }),
      });
    const refused = await post('agent@acme.test', batch(11));
    expect(refused.body.errors[0]).toMatchObject({ message: expect.stringContaining('at most 10 mutations'), extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(await requestsNamed(name)).toEqual([]);
    const taken = await post('agent@acme.test', batch(2));
    expect(taken.body.errors).toBeUndefined();
    expect(await requestsNamed(name)).toHaveLength(2);
  });

  it('lets a signature drawn on a phone through, as large as its contract allows', async () => {
    // 350 k characters of PNG data URL: past the ordinary string bound, within the signature's own.
    const signature = `data:image/png;base64,${'A'.repeat(350_000)}`;
    const STEP = `mutation($id: ID!, $details: FieldActionDetails) { workOrderAction(workOrderId: $id, action: COMPLETE, details: $details) { id } }`;
    const res = await post('tech@acme.test', asJson(STEP, { id: randomUUID(), details: { signature, signerName: '张伟' } }));
    expect(res.status).toBe(200);
    // It reached dispatch, which looked for the work order: the size was no reason to refuse it.
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses NUL and lone surrogates on the field, on the console’s forms and the public one, and writes nothing', async () => {
    const name = `空字符${Date.now()}`;
    const created = await platform.gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: name, problemDescription: 'a\u0000b' }) });
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.problemDescription', reason: 'NUL' }] });
    const publicForm = await graphql(platform.stack.gatewayUrl, SUBMIT, {
      code: 'acme',
      input: { customerName: name, customerPhone: '13700001111', productModel: 'X', problemDescription: 'broken \ud800', category: 'REPAIR' },
    });
    expect(publicForm.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.problemDescription', reason: 'LONE_SURROGATE' }] });
    const model = await platform.gql('admin@acme.test', MODEL, { input: { model: 'NUL\u0000-1', productCategory: 'AIR_CONDITIONER' } });
    expect(errorCode(model)).toBe('BAD_USER_INPUT');
    // Inline in the query text, the string reaches the service's own door, which applies the same rule.
    const inline = await platform.gql('admin@acme.test', `mutation { saveProductModel(input: { model: "NUL\\u0000-2", productCategory: "AIR_CONDITIONER" }) { model } }`);
    expect(errorCode(inline)).toBe('BAD_USER_INPUT');
    expect(await requestsNamed(name)).toEqual([]);
  });

  it('closes a subscription socket that sends a message over the limit, and lives on', async () => {
    const pid = gatewayPid();
    const socket = new WebSocket(platform.stack.gatewayUrl.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { junk: 'x'.repeat(1024 * 1024) } }));
    expect(await closed).toBe(1009);
    expect(gatewayPid()).toBe(pid);
  });

  it('serves only subscriptions over the WebSocket, within the same limits as HTTP', async () => {
    const socket = new WebSocket(platform.stack.gatewayUrl.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    const messages: any[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await token('agent@acme.test')}` } }));
    await eventually(async () => messages, (m) => m.some((x) => x.type === 'connection_ack'));
    const answer = async (id: string, query: string) => {
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
      return (await eventually(async () => messages, (m) => m.some((x) => x.id === id))).find((x) => x.id === id);
    };
    const mutation = await answer('m', `mutation { createServiceRequest(input: { customerName: "套接字", customerPhone: "13700001111", productModel: "X", problemDescription: "x", channel: PHONE, category: REPAIR }) { id } }`);
    expect(mutation).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const bomb = `subscription { ...F40 } fragment F0 on Subscription { serviceRequestCreated { id } } ${Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Subscription { ...F${i} ...F${i} }`).join(' ')}`;
    expect(await answer('b', bomb)).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    socket.close();
    expect(await requestsNamed('套接字')).toEqual([]);
  });

  it('logs a refusal as one info line with its code, operation and tenant, and no stack', async () => {
    const refused = await platform.gql('agent@acme.test', `mutation Refused { suspendTenant(id: "${randomUUID()}", reason: "x") { id } }`);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    // The launcher copies the gateway's output to its log file as it comes.
    const logged = async () => readFileSync(path.join(platform.stack.dataDir, 'logs', 'gateway.log'), 'utf8').split('\n');
    const refusalLine = (lines: string[]) => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.operation === 'Refused');
    const lines = await eventually(logged, (ls) => refusalLine(ls) !== undefined);
    expect(lines.join('\n')).not.toContain('ExceptionsHandler');
    const line = refusalLine(lines);
    expect(line).toMatchObject({ level: 30, code: 'FORBIDDEN', msg: 'operation refused', tenant_id: expect.any(String), request_id: expect.any(String) });
    expect(line.err).toBeUndefined();
  });
});

describe('Idempotency-Key', () => {
  it('a create sent twice with one key returns the same request, and there is one', async () => {
    const name = `重试${Date.now()}`;
    const key = randomUUID();
    const body = asJson(CREATE, { input: demoRequest({ customerName: name }) });
    const first = await post('agent@acme.test', body, { 'Idempotency-Key': key });
    const second = await post('agent@acme.test', body, { 'Idempotency-Key': key });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.data.createServiceRequest).toEqual(first.body.data.createServiceRequest);
    expect(await requestsNamed(name)).toEqual([first.body.data.createServiceRequest.number]);

    // Another key is another request; the same key with other input is a conflict and writes nothing.
    const third = await post('agent@acme.test', body, { 'Idempotency-Key': randomUUID() });
    expect(third.body.data.createServiceRequest.number).not.toBe(first.body.data.createServiceRequest.number);
    const other = await post('agent@acme.test', asJson(CREATE, { input: demoRequest({ customerName: `${name}乙` }) }), { 'Idempotency-Key': key });
    expect(other.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(await requestsNamed(`${name}乙`)).toEqual([]);
    expect(await requestsNamed(name)).toHaveLength(2);
  });

  it('concurrent duplicates (a double click) create one thing and all get its answer', async () => {
    const name = `并发${Date.now()}`;
    const key = randomUUID();
    const body = asJson(CREATE, { input: demoRequest({ customerName: name }) });
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('agent@acme.test', body, { 'Idempotency-Key': key })));
    const numbers = new Set(answers.map((a) => a.body.data?.createServiceRequest.number));
    expect(numbers.size).toBe(1);
    expect(await requestsNamed(name)).toEqual([...numbers]);
  });

  it('is per user and per company: the same key from someone else is their own request', async () => {
    const name = `各自${Date.now()}`;
    const key = randomUUID();
    const body = asJson(CREATE, { input: demoRequest({ customerName: name }) });
    const agent = await post('agent@acme.test', body, { 'Idempotency-Key': key });
    const colleague = await post('admin@acme.test', body, { 'Idempotency-Key': key });
    const globex = await post('agent@globex.test', body, { 'Idempotency-Key': key });
    const ids = [agent, colleague, globex].map((r) => r.body.data.createServiceRequest.id);
    expect(new Set(ids).size).toBe(3);
    expect(await requestsNamed(name)).toHaveLength(3);
  });

  it('a refusal before anything was written does not use the key up: the corrected retry runs', async () => {
    const name = `改正${Date.now()}`;
    const key = randomUUID();
    const refused = await post('agent@acme.test', asJson(CREATE, { input: demoRequest({ customerName: name, customerPhone: '12' }) }), { 'Idempotency-Key': key });
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // The same key with the same input is refused the same way; the key was not taken by the refusal.
    const again = await post('agent@acme.test', asJson(CREATE, { input: demoRequest({ customerName: name, customerPhone: '12' }) }), { 'Idempotency-Key': key });
    expect(again.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fixed = await post('agent@acme.test', asJson(CREATE, { input: demoRequest({ customerName: name }) }), { 'Idempotency-Key': key });
    expect(fixed.body.errors).toBeUndefined();
    expect(await requestsNamed(name)).toEqual([fixed.body.data.createServiceRequest.number]);
  });

  it('holds on the public form and refuses a malformed key', async () => {
    const name = `网页${Date.now()}`;
    const key = randomUUID();
    const body = asJson(SUBMIT, { code: 'acme', input: { customerName: name, customerPhone: '13700002222', productModel: 'X', problemDescription: '不制冷', category: 'REPAIR' } });
    const first = await post(undefined, body, { 'Idempotency-Key': key });
    const again = await post(undefined, body, { 'Idempotency-Key': key });
    expect(again.body.data.submitServiceRequest.number).toBe(first.body.data.submitServiceRequest.number);
    expect(await requestsNamed(name)).toHaveLength(1);
    const malformed = await post('agent@acme.test', asJson(CREATE, { input: demoRequest({ customerName: `${name}丙` }) }), { 'Idempotency-Key': 'has spaces in it' });
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await requestsNamed(`${name}丙`)).toEqual([]);
  });
});

describe('imports have their own route and limit', () => {
  it('takes a file larger than an ordinary body there, and only imports', async () => {
    // A 660 kB file without the customer columns: the service reads it and says what is missing.
    const csv = `产品型号,序列号\n${'KFR-35GW,SN-EDGE-0001\n'.repeat(30_000)}`;
    const START = `mutation($csv: String!) { startCustomerImport(csv: $csv) { id status } }`;
    const ordinary = await post('admin@acme.test', asJson(START, { csv }));
    expect(ordinary.status).toBe(413);
    const imported = await post('admin@acme.test', asJson(START, { csv }), {}, '/graphql/import');
    expect(imported.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(imported.body.errors[0].message).toContain('客户名称');
    const notAnImport = await post('agent@acme.test', asJson(CREATE, { input: demoRequest() }), {}, '/graphql/import');
    expect(notAnImport.body.errors[0].message).toContain('only an import');
  });
});
