import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { demoRequest } from '../support/platform';

let stack: TestStack;
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));
const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id customerId customerPhone } }`;
const LOOKUP = `query($phone: String!) { customerByPhone(phone: $phone) { id name phones requestCount openRequestCount recentRequests { number } } }`;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(() => stack?.stop());

describe('customers and caller lookup', () => {
  it('link a caller’s requests to one customer, however the number is written, and find them by it', async () => {
    const a = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '周敏', customerPhone: '13566667777' }) })).data.createServiceRequest;
    const b = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '周敏', customerPhone: '+86 135-6666-7777' }) })).data.createServiceRequest;
    expect(a.customerId).not.toBeNull();
    expect(b.customerId).toBe(a.customerId);
    const found = (await gql('agent@acme.test', LOOKUP, { phone: '135 6666 7777' })).data.customerByPhone;
    expect(found).toMatchObject({ id: a.customerId, name: '周敏', requestCount: 2, openRequestCount: 2 });
    expect(found.phones.sort()).toEqual(['+86 135-6666-7777']);
    expect((await gql('agent@acme.test', LOOKUP, { phone: '13000000000' })).data.customerByPhone).toBeNull();
  });

  it('keep one company’s customers from another', async () => {
    expect((await gql('agent@globex.test', LOOKUP, { phone: '13566667777' })).data.customerByPhone).toBeNull();
    expect(errorCode(await gql('quality@acme.test', LOOKUP, { phone: '13566667777' }))).toBe('FORBIDDEN');
  });

  it('mask phone numbers for the roles that do not call customers back', async () => {
    const LIST = `query($s: String) { serviceRequests(first: 5, filter: { search: $s }) { edges { node { id customerPhone } } } }`;
    const agentList = (await gql('agent@acme.test', LIST, { s: '周敏' })).data.serviceRequests.edges;
    expect(agentList[0].node.customerPhone).not.toContain('*');
    const quality = (await gql('quality@acme.test', LIST, { s: '周敏' })).data.serviceRequests.edges;
    expect(quality.map((e: { node: { customerPhone: string } }) => e.node.customerPhone)).toEqual(expect.arrayContaining(['135****7777']));
    const dispatcherList = (await gql('dispatcher@acme.test', LIST, { s: '周敏' })).data.serviceRequests.edges;
    expect(dispatcherList[0].node.customerPhone).toContain('****');
    const detail = await gql('dispatcher@acme.test', `query($id: ID!) { serviceRequest(id: $id) { customerPhone } }`, { id: dispatcherList[0].node.id });
    expect(detail.data.serviceRequest.customerPhone).not.toContain('*');
  });
});

describe('duplicate detection', () => {
  it('offers the open requests of the same caller or serial number instead of a new one', async () => {
    const DUPES = `query($p: String, $s: String) { possibleDuplicates(customerPhone: $p, serialNumber: $s) { number reason } }`;
    const first = (await gql('agent@acme.test', `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { number } }`, {
      input: demoRequest({ customerName: '吴刚', customerPhone: '13911112222', serialNumber: 'SN-DUP-1' }),
    })).data.createServiceRequest;
    const byPhone = (await gql('agent@acme.test', DUPES, { p: '139-1111-2222', s: null })).data.possibleDuplicates;
    expect(byPhone).toEqual([{ number: first.number, reason: 'SAME_CUSTOMER' }]);
    const bySerial = (await gql('agent@acme.test', DUPES, { p: null, s: 'SN-DUP-1' })).data.possibleDuplicates;
    expect(bySerial).toEqual([{ number: first.number, reason: 'SAME_SERIAL' }]);
    expect((await gql('agent@globex.test', DUPES, { p: '13911112222', s: 'SN-DUP-1' })).data.possibleDuplicates).toEqual([]);
  });
});
