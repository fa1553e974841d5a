import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { query } from '../support/platform';

const SECRET = 'test-tracking-secret';
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'), { TRACKING_LINK_SECRET: SECRET, PUBLIC_FORM_LIMIT_PER_IP: '4' });
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(() => stack?.stop());

const SUBMIT = `mutation($code: String!, $input: PublicServiceRequestInput!) { submitServiceRequest(tenantCode: $code, input: $input) { number trackingToken trackingPath } }`;
const TRACK = `query($token: String!) { trackServiceRequest(token: $token) { number status steps { status } firstResponseDueAt } }`;
const form = (overrides: Record<string, unknown> = {}) => ({
  customerName: '线上客户',
  customerPhone: '13700001111',
  productModel: 'XQG100 洗衣机',
  problemDescription: '脱水时剧烈晃动',
  category: 'REPAIR',
  ...overrides,
});
const count = async (name: string) => (await query(stack.databaseUrl, `select count(*)::int as n from intake.service_request where customer_name = $1`, [name]))[0].n;

describe('the public request form and tracking link', () => {
  it('records a customer’s request without an account and lets them follow it by the link', async () => {
    const submitted = await graphql(stack.gatewayUrl, SUBMIT, { code: 'acme', input: form() });
    expect(submitted.errors).toBeUndefined();
    const { number, trackingToken, trackingPath } = submitted.data.submitServiceRequest;
    expect(trackingPath).toBe(`/t/${trackingToken}`);
    const tracked = await graphql(stack.gatewayUrl, TRACK, { token: trackingToken });
    expect(tracked.data.trackServiceRequest).toMatchObject({ number, status: 'NEW', steps: [{ status: 'NEW' }] });

    // The agent sees it as a web request, answers, and the customer's page moves on.
    const agent = await passwordToken(stack.idp.issuer, 'agent@acme.test');
    const list = await graphql(stack.gatewayUrl, `query($s: String) { serviceRequests(first: 1, filter: { search: $s }) { edges { node { id channel } } } }`, { s: number }, agent);
    const request = list.data.serviceRequests.edges[0].node;
    expect(request.channel).toBe('WEB');
    await graphql(stack.gatewayUrl, `mutation($id: ID!) { transitionServiceRequest(id: $id, action: ACKNOWLEDGE) { status } }`, { id: request.id }, agent);
    const after = await graphql(stack.gatewayUrl, TRACK, { token: trackingToken });
    expect(after.data.trackServiceRequest.steps.map((s: { status: string }) => s.status)).toEqual(['NEW', 'ACKNOWLEDGED']);
  });

  it('refuses forged and expired links with a clear reason', async () => {
    const { trackingToken } = (await graphql(stack.gatewayUrl, SUBMIT, { code: 'acme', input: form({ customerName: '链接客户' }) })).data.submitServiceRequest;
    const [payload] = trackingToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const other = Buffer.from(JSON.stringify({ ...claims, r: '0193f0a0-0000-7000-8000-0000000000bb' })).toString('base64url');
    const forged = await graphql(stack.gatewayUrl, TRACK, { token: `${other}.${trackingToken.split('.')[1]}` });
    expect(forged.errors![0].extensions!.issues![0]).toMatchObject({ field: 'token', reason: 'invalid' });
    const expiredPayload = Buffer.from(JSON.stringify({ ...claims, e: Date.now() - 1000 })).toString('base64url');
    const expired = `${expiredPayload}.${createHmac('sha256', SECRET).update(expiredPayload).digest('base64url')}`;
    const r = await graphql(stack.gatewayUrl, TRACK, { token: expired });
    expect(r.errors![0].extensions!.issues![0]).toMatchObject({ field: 'token', reason: 'expired' });
  });

  it('stores nothing for oversized fields, markup or an unknown company', async () => {
    const big = await graphql(stack.gatewayUrl, SUBMIT, { code: 'acme', input: form({ customerName: '大'.repeat(101) }) });
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    const script = await graphql(stack.gatewayUrl, SUBMIT, { code: 'globex', input: form({ customerName: '<script>alert(1)</script>' }) });
    expect(errorCode(script)).toBe('BAD_USER_INPUT');
    expect(script.errors![0].extensions!.issues![0].field).toBe('input.customerName');
    expect(await count('<script>alert(1)</script>')).toBe(0);
    expect(errorCode(await graphql(stack.gatewayUrl, SUBMIT, { code: 'nobody', input: form() }))).toBe('NOT_FOUND');
  });

  it('limits how often one visitor may submit to one company', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i += 1) codes.push(errorCode(await graphql(stack.gatewayUrl, SUBMIT, { code: 'globex', input: form({ customerName: `限流${i}` }) })));
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(1);
    expect(await count('限流3')).toBe(0);
  });
});
