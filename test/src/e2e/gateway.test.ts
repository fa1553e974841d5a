import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromPrivateJwk, loadOrCreateKey } from '@shouhou/deploy';
import { errorCode, graphql, mintToken, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { seedDemoData } from '@shouhou/deploy';
import { demoRequest } from '../support/platform';
import { eventually } from '../support/wait';
import { startOtlpCollector } from '../support/otlp-collector';

let stack: TestStack;
let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
const tokens: Record<string, string> = {};
const token = async (user: string) => (tokens[user] ??= await passwordToken(stack.idp.issuer, user));
const gql = async (user: string | undefined, query: string, variables?: Record<string, unknown>) =>
  graphql(stack.gatewayUrl, query, variables, user ? await token(user) : undefined);

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id number customerName channel category status createdAt }
  }`;
const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id number customerName } }
    }
  }`;
const GET = /* GraphQL */ `query Get($id: ID!) { serviceRequest(id: $id) { id number } }`;
const QUEUE = /* GraphQL */ `query { dispatchQueue(first: 100) { totalCount edges { node { serviceRequestId requestNumber state } } } }`;
const count = async (user: string) => (await gql(user, LIST, { first: 1 })).data.serviceRequests.totalCount as number;

beforeAll(async () => {
  collector = await startOtlpCollector();
  stack = await startTestStack(inject('adminDatabaseUrl'), { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
  await seedDemoData(stack.tooling, () => undefined);
});

afterAll(async () => {
  await stack?.stop();
  await collector?.close();
});

describe('the first slice, as the issue’s "done when" walks it', () => {
  it('agent creates a request, lists it, the dispatcher sees it queued, and globex sees none of it', async () => {
    const created = await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '验收客户' }) });
    expect(created.errors).toBeUndefined();
    const request = created.data.createServiceRequest;
    expect(request).toMatchObject({ number: expect.stringMatching(/^SR-\d{8}-\d{4}$/), status: 'NEW', channel: 'PHONE' });

    const list = await gql('agent@acme.test', LIST, { first: 50 });
    expect(list.data.serviceRequests.edges.map((e: any) => e.node.id)).toContain(request.id);

    const queue = await eventually(
      () => gql('dispatcher@acme.test', QUEUE),
      (r) => r.data?.dispatchQueue.edges.some((e: any) => e.node.serviceRequestId === request.id),
    );
    expect(queue.data.dispatchQueue.edges.find((e: any) => e.node.serviceRequestId === request.id).node).toMatchObject({
      requestNumber: request.number,
      state: 'TO_BE_ASSESSED',
    });

    const globexList = await gql('agent@globex.test', LIST, { first: 100 });
    expect(globexList.data.serviceRequests.edges.map((e: any) => e.node.id)).not.toContain(request.id);
    expect((await gql('agent@globex.test', GET, { id: request.id })).data.serviceRequest).toBeNull();
    const bySearch = await gql('agent@globex.test', LIST, { first: 10, filter: { search: request.number } });
    expect(bySearch.data.serviceRequests.totalCount).toBe(0);
    const globexQueue = await gql('dispatcher@globex.test', QUEUE);
    expect(globexQueue.data.dispatchQueue.edges.map((e: any) => e.node.serviceRequestId)).not.toContain(request.id);
  });

  it('pages through requests with stable cursors and filters them', async () => {
    for (const name of ['分页一', '分页二', '分页三']) {
      await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: name, channel: 'WECHAT', category: 'MAINTENANCE' }) });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql('agent@acme.test', LIST, { first: 2, after, filter: { channel: 'WECHAT', search: '分页' } });
      seen.push(...page.data.serviceRequests.edges.map((e: any) => e.node.customerName));
      after = page.data.serviceRequests.pageInfo.hasNextPage ? page.data.serviceRequests.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['分页三', '分页二', '分页一']);
  });
});

describe('roles', () => {
  it('lets only agents and tenant admins create requests', async () => {
    const r = await gql('dispatcher@acme.test', CREATE, { input: demoRequest() });
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(errorCode(await gql('admin@acme.test', CREATE, { input: demoRequest() }))).toBeUndefined();
  });

  it('keeps the dispatch queue from agents and the tenant list from tenant users', async () => {
    expect(errorCode(await gql('agent@acme.test', QUEUE))).toBe('FORBIDDEN');
    expect(errorCode(await gql('admin@acme.test', '{ tenants { code } }'))).toBe('FORBIDDEN');
  });

  it('tells each user who they are', async () => {
    const me = await gql('dispatcher@globex.test', '{ me { username roles tenant { code status } } }');
    expect(me.data.me).toEqual({ username: 'dispatcher@globex.test', roles: ['DISPATCHER'], tenant: { code: 'globex', status: 'ACTIVE' } });
    const ops = await gql('ops@shouhou.test', '{ me { roles tenant { code } } }');
    expect(ops.data.me).toEqual({ roles: ['PLATFORM_ADMIN'], tenant: null });
  });
});

describe('the platform operator', () => {
  it('creates and suspends a tenant, whose users are then refused with a clear error', async () => {
    const created = await gql('ops@shouhou.test', `mutation { createTenant(input: { code: "initech", name: "Initech 售后" }) { id code status keycloakOrganizationId } }`);
    expect(created.errors).toBeUndefined();
    const tenant = created.data.createTenant;
    expect(tenant).toMatchObject({ code: 'initech', status: 'ACTIVE' });

    const duplicate = await gql('ops@shouhou.test', `mutation { createTenant(input: { code: "initech", name: "again" }) { id } }`);
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0].extensions!.issues![0].field).toBe('input.code');

    // A user of the new tenant, as Keycloak would issue once the organization has members.
    const initechAgent = await mintToken(stack.idp.key, {
      iss: stack.idp.issuer,
      sub: 'initech-agent',
      realm_access: { roles: ['agent'] },
      organization: { initech: { id: tenant.keycloakOrganizationId } },
    });
    const before = await graphql(stack.gatewayUrl, CREATE, { input: demoRequest() }, initechAgent);
    expect(before.errors).toBeUndefined();

    const suspended = await gql('ops@shouhou.test', `mutation($id: ID!) { suspendTenant(id: $id, reason: "合同到期") { status suspensionReason } }`, { id: tenant.id });
    expect(suspended.data.suspendTenant).toEqual({ status: 'SUSPENDED', suspensionReason: '合同到期' });

    const after = await eventually(
      () => graphql(stack.gatewayUrl, LIST, { first: 1 }, initechAgent),
      (r) => errorCode(r) === 'TENANT_SUSPENDED',
    );
    expect(after.errors![0].message).toMatch(/suspended/);
    const list = await gql('ops@shouhou.test', '{ tenants { code status } }');
    expect(list.data.tenants).toEqual(expect.arrayContaining([{ code: 'initech', status: 'SUSPENDED' }, { code: 'acme', status: 'ACTIVE' }]));
  });

  it('gets a field-level error for a bad tenant code', async () => {
    const r = await gql('ops@shouhou.test', `mutation { createTenant(input: { code: "Bad Code", name: "x" }) { id } }`);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.issues![0].field).toBe('input.code');
  });
});

describe('authentication', () => {
  const agentClaims = () => ({
    iss: stack.idp.issuer,
    sub: 'someone',
    realm_access: { roles: ['agent'] },
    organization: { acme: { id: '0193f0a0-0000-7000-8000-00000000ac01' } },
  });

  it('refuses a request without a token', async () => {
    expect(errorCode(await graphql(stack.gatewayUrl, LIST, { first: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another key', async () => {
    const stranger = await loadOrCreateKey();
    const forged = await mintToken(await fromPrivateJwk({ ...stranger.privateJwk, kid: stack.idp.key.kid }), agentClaims());
    expect(errorCode(await graphql(stack.gatewayUrl, LIST, { first: 1 }, forged))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const expired = await mintToken(stack.idp.key, agentClaims(), -60);
    const r = await graphql(stack.gatewayUrl, LIST, { first: 1 }, expired);
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toMatch(/expired/);
  });

  it('refuses a token from another issuer', async () => {
    const foreign = await mintToken(stack.idp.key, { ...agentClaims(), iss: 'http://evil.example/realms/shouhou' });
    expect(errorCode(await graphql(stack.gatewayUrl, LIST, { first: 1 }, foreign))).toBe('UNAUTHENTICATED');
  });

  it('refuses a garbled token', async () => {
    expect(errorCode(await graphql(stack.gatewayUrl, LIST, { first: 1 }, 'not.a.jwt'))).toBe('UNAUTHENTICATED');
  });

  it('refuses a user without roles, saying so', async () => {
    const noRoles = await mintToken(stack.idp.key, { ...agentClaims(), realm_access: { roles: [] } });
    const r = await graphql(stack.gatewayUrl, LIST, { first: 1 }, noRoles);
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toMatch(/no roles/);
  });

  it('gives the dev identity provider’s password grant a clear refusal for a wrong password', async () => {
    await expect(passwordToken(stack.idp.issuer, 'agent@acme.test', 'wrong')).rejects.toThrow(/Invalid user credentials/);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty customer name', { customerName: '   ' }, 'input.customerName'],
    ['an oversized description', { problemDescription: '坏'.repeat(2001) }, 'input.problemDescription'],
    ['a phone number that is not one', { customerPhone: 'call me' }, 'input.customerPhone'],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the field', async (_name, override, field) => {
    const before = await count('agent@acme.test');
    const r = await gql('agent@acme.test', CREATE, { input: demoRequest(override) });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.issues!.map((i) => i.field)).toContain(field);
    expect(await count('agent@acme.test')).toBe(before);
  });

  it('refuses wrong types and unknown enum values with BAD_USER_INPUT', async () => {
    const before = await count('agent@acme.test');
    const attempts: [string, string, Record<string, unknown>][] = [
      ['a number for a name', CREATE, { input: demoRequest({ customerName: 42 }) }],
      ['an unknown channel', CREATE, { input: demoRequest({ channel: 'FAX' }) }],
      ['an empty input', CREATE, { input: {} }],
      ['a page of 1000', LIST, { first: 1000 }],
      ['a made-up cursor', LIST, { first: 1, after: 'garbage' }],
      ['an id that is no id', GET, { id: 'not-a-uuid' }],
      ['a date that is no date', LIST, { first: 1, filter: { createdFrom: 'yesterday' } }],
    ];
    for (const [what, query, variables] of attempts) {
      expect(errorCode(await gql('agent@acme.test', query, variables)), what).toBe('BAD_USER_INPUT');
    }
    expect(await count('agent@acme.test')).toBe(before);
  });

  it('refuses queries that are too deep or too costly before running them', async () => {
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    const r1 = await gql('agent@acme.test', deep);
    expect(errorCode(r1)).toBe('QUERY_TOO_DEEP');
    expect(r1.errors![0].message).toMatch(/depth \d+ exceeds the limit/);
    const costly = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: serviceRequests(first: 100) { edges { node { id number customerName customerPhone productModel serialNumber } } }`).join(' ')} }`;
    expect(errorCode(await gql('agent@acme.test', costly))).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('operations', () => {
  it('reports its own readiness, and every service’s health beside its liveness', async () => {
    const ready = await fetch(`${stack.gatewayUrl}/readyz`);
    expect(ready.status).toBe(200);
    // Both of the gateway's NATS connections: the one its RPCs go through and the one events come on.
    expect((await ready.json()).checks).toEqual({ rpc: true, events: true, graphql: true });
    const live = await fetch(`${stack.gatewayUrl}/healthz`);
    expect(live.status).toBe(200);
    const { services } = await live.json();
    expect(Object.keys(services).sort()).toEqual(['dispatch', 'intake', 'parts', 'tenancy']);
    for (const health of Object.values(services)) expect(health).toEqual({ ok: true, checks: { database: true, nats: true } });
  });

  it('answers a flood of unauthenticated /healthz from one shared probe, telling no internal error text', async () => {
    await stack.kill('parts');
    try {
      // A fresh probe round sees parts down (a cached one may be up to 2 s old).
      await eventually(async () => (await (await fetch(`${stack.gatewayUrl}/healthz`)).json()).services.parts.ok, (ok) => ok === false, 10_000);
      const bodies = await Promise.all(Array.from({ length: 100 }, async () => (await fetch(`${stack.gatewayUrl}/healthz`)).text()));
      for (const body of bodies) {
        const { services } = JSON.parse(body);
        expect(services.parts).toEqual({ ok: false }); // booleans only: no error message, no subject, no address
        expect(services.intake.ok).toBe(true);
        expect(body).not.toMatch(/error|unavailable|answer|refused/i);
      }
      expect((await fetch(`${stack.gatewayUrl}/readyz`)).status).toBe(200);
    } finally {
      await stack.start('parts');
    }
  }, 30_000);

  it('stays ready when a service is down: only that service’s operations answer UNAVAILABLE', async () => {
    await stack.kill('dispatch');
    try {
      const ready = await fetch(`${stack.gatewayUrl}/readyz`);
      expect(ready.status).toBe(200);
      // /healthz's detail may be up to 2 s old: the next fresh round shows dispatch down.
      const { services } = await eventually(async () => (await fetch(`${stack.gatewayUrl}/healthz`)).json(), (h) => h.services.dispatch.ok === false, 10_000);
      expect(services.intake.ok).toBe(true);
      const started = Date.now();
      expect(errorCode(await gql('dispatcher@acme.test', QUEUE))).toBe('UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(2000);
      expect((await gql('agent@acme.test', LIST, { first: 1 })).errors).toBeUndefined();
    } finally {
      await stack.start('dispatch');
    }
  }, 30_000);

  it('traces one request from the gateway through NATS into intake and its SQL', async () => {
    const r = await gql('agent@acme.test', CREATE, { input: demoRequest({ customerName: '追踪' }) });
    expect(r.errors).toBeUndefined();
    const requestTrace = () => {
      const created = collector.spans.find((s) => s.service === 'gateway' && s.name.startsWith('POST') && collector.spans.some((h) => h.traceId === s.traceId && h.name === 'intake.cmd.request.create'));
      return created ? collector.spans.filter((s) => s.traceId === created.traceId) : [];
    };
    const trace = await eventually(async () => requestTrace(), (spans) => spans.some((s) => s.name.startsWith('pg.query:INSERT')), 20_000);
    const services = new Set(trace.map((s) => s.service));
    // The dispatch consumer joins the trace through the traceparent kept in the outbox row.
    for (const service of ['gateway', 'intake', 'dispatch']) expect(services).toContain(service);
    expect(trace.some((s) => s.service === 'gateway' && s.name.startsWith('POST'))).toBe(true);
    expect(trace.some((s) => s.service === 'intake' && s.name === 'intake.cmd.request.create')).toBe(true);
    expect(trace.some((s) => s.service === 'intake' && s.name.startsWith('pg.query'))).toBe(true);
  });
});
