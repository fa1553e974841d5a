import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '@shouhou/deploy';
import { errorCode, graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { demoRequest } from '../support/platform';

let stack: TestStack;
const tokens: Record<string, string> = {};
const gql = async (user: string, q: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, q, variables, (tokens[user] ??= await passwordToken(stack.idp.issuer, user)));
const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id number customerId } }`;
const LIST = `query($filter: ServiceRequestFilter) { serviceRequests(first: 10, filter: $filter) { totalCount edges { node { id customerId } } } }`;

beforeAll(async () => {
  stack = await startTestStack(inject('adminDatabaseUrl'));
  await seedDemoData(stack.tooling, () => undefined);
});
afterAll(() => stack?.stop());

describe('the request list', () => {
  it('shows one customer’s requests, newest first, in the customer’s company only', async () => {
    const create = async (phone: string) => (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '郑洁', customerPhone: phone }) })).data.createServiceRequest;
    const first = await create('13611112222');
    const other = await create('13633334444');
    const second = await create('136-1111-2222');
    expect(second.customerId).toBe(first.customerId);

    const mine = (await gql('agent@acme.test', LIST, { filter: { customerId: first.customerId } })).data.serviceRequests;
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second.id, first.id]);
    expect((await gql('agent@acme.test', LIST, { filter: { customerId: other.customerId } })).data.serviceRequests.totalCount).toBe(1);
    expect((await gql('agent@globex.test', LIST, { filter: { customerId: first.customerId } })).data.serviceRequests).toEqual({ totalCount: 0, edges: [] });
    expect(errorCode(await gql('agent@acme.test', LIST, { filter: { customerId: 'not-a-customer' } }))).toBe('BAD_USER_INPUT');
  });

  it('finds a request by its number or the number’s beginning, in any case', async () => {
    const created = (await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '钱程', customerPhone: '13755556666' }) })).data.createServiceRequest;
    const day = created.number.slice(0, 11);
    for (const search of [created.number, created.number.toLowerCase(), day, created.number.slice(3)]) {
      const found = (await gql('agent@acme.test', LIST, { filter: { search } })).data.serviceRequests;
      expect({ search, found: found.edges.some((e: { node: { id: string } }) => e.node.id === created.id) }).toEqual({ search, found: true });
    }
    expect((await gql('agent@globex.test', LIST, { filter: { search: created.number } })).data.serviceRequests.totalCount).toBe(0);
  });
});
