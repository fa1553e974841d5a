import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedDemoData } from '@shouhou/deploy';
import { graphql, passwordToken, startTestStack, type TestStack } from '@shouhou/testing';
import { launchBrowser } from './browser';
import { eventually } from './wait';

export interface DemoPlatform {
  readonly stack: TestStack;
  /** The console's address, for browser tests. */
  readonly consoleUrl: string;
  /** Headless Chromium, when asked for. */
  readonly browser: Browser;
  /** GraphQL through the gateway as a demo user (password demo); tokens are fetched once per user. */
  gql(user: string, query: string, variables?: Record<string, unknown>): Promise<any>;
}

/**
 * The whole platform with the demo companies for one test file: started before its tests (and a
 * browser with it, for browser tests), stopped after them.
 */
export function demoPlatform(
  options: { browser?: boolean; env?: Record<string, string> } = {},
): DemoPlatform {
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startTestStack(inject('adminDatabaseUrl'), options.env);
    await seedDemoData(stack.tooling, () => undefined);
    if (options.browser) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  const started = () => {
    if (!stack) throw new Error('the platform is not started yet: use it in tests and hooks');
    return stack;
  };
  return {
    get stack() {
      return started();
    },
    get consoleUrl() {
      return `${started().gatewayUrl}/`;
    },
    get browser() {
      if (!browser) throw new Error('no browser: ask demoPlatform({ browser: true })');
      return browser;
    },
    async gql(user, query, variables) {
      const s = started();
      return graphql(
        s.gatewayUrl,
        query,
        variables,
        (tokens[user] ??= await passwordToken(s.idp.issuer, user)),
      );
    },
  };
}

/** A request recorded by acme's agent, once it is waiting in the dispatch queue; answers its id. */
export async function queuedRequest(demo: DemoPlatform, input: Record<string, unknown>): Promise<string> {
  const created = (
    await demo.gql(
      'agent@acme.test',
      `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }`,
      { input },
    )
  ).data.createServiceRequest;
  await eventually(
    async () =>
      (
        await demo.gql(
          'dispatcher@acme.test',
          `{ dispatchQueue(first: 100) { edges { node { serviceRequestId } } } }`,
        )
      ).data.dispatchQueue.edges,
    (edges: { node: { serviceRequestId: string } }[]) =>
      edges.some((e) => e.node.serviceRequestId === created.id),
  );
  return created.id;
}

/** A request recorded by acme's agent and assessed by its dispatcher (on site, simple unless told); answers the work order's `fields`. */
export async function assessedRequest(demo: DemoPlatform, request: Record<string, unknown>, assessment: Record<string, unknown> = {}, fields = 'id version'): Promise<any> {
  const serviceRequestId = await queuedRequest(demo, request);
  const assessed = await demo.gql('dispatcher@acme.test', `mutation($input: AssessInput!) { assessWorkOrder(input: $input) { ${fields} } }`, {
    input: { serviceRequestId, visitType: 'ON_SITE', complexity: 'SIMPLE', ...assessment },
  });
  if (!assessed.data) throw new Error(`assess: ${JSON.stringify(assessed.errors)}`);
  return assessed.data.assessWorkOrder;
}

/** A request assessed, given to 李师傅 (tech@acme.test), accepted and on site; answers the work order's id. */
export async function jobOnSite(demo: DemoPlatform, request: Record<string, unknown>): Promise<string> {
  const order = await assessedRequest(demo, request);
  const me = (await demo.gql('tech@acme.test', `{ me { id } }`)).data.me.id;
  const technicianId = (await demo.gql('dispatcher@acme.test', `{ technicians { id userId } }`)).data.technicians.find((t: { userId: string }) => t.userId === me).id;
  const steps: [string, string, Record<string, unknown>][] = [
    ['dispatcher@acme.test', `mutation($id: ID!, $v: Int!, $t: ID) { assignWorkOrder(workOrderId: $id, version: $v, technicianId: $t, reason: "测试") { id } }`, { id: order.id, v: order.version, t: technicianId }],
    ['tech@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: ACCEPT) { id } }`, { id: order.id }],
    ['tech@acme.test', `mutation($id: ID!) { workOrderAction(workOrderId: $id, action: ARRIVE) { id } }`, { id: order.id }],
  ];
  for (const [user, mutation, variables] of steps) {
    const r = await demo.gql(user, mutation, variables);
    if (r.errors) throw new Error(`${mutation.slice(0, 40)}…: ${JSON.stringify(r.errors)}`);
  }
  return order.id;
}
