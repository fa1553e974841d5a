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
    await seedDemoData(stack.natsUrl, () => undefined);
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
