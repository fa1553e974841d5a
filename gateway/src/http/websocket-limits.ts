import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GRAPHQL_BODY_LIMIT } from './body-limits';

/**
 * A subscription message is bounded like a body. `ws` accepts frames of 100 MB by default and Nest's
 * GraphQL module creates its WebSocket servers without a way to say otherwise, so the limit is set on
 * them once they exist (it is read on each upgrade). Fails the start if the shape ever changes, rather
 * than leaving the socket unbounded.
 */
export function boundWebSockets(app: INestApplication): void {
  const adapter = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: Record<string, { options?: { maxPayload?: number } } | undefined>;
  };
  const service = adapter._subscriptionService;
  const servers = [service?.wss, service?.subTransWs].filter((s) => s?.options);
  if (servers.length === 0) throw new Error('gateway: found no subscription WebSocket server to bound');
  for (const server of servers) server!.options!.maxPayload = GRAPHQL_BODY_LIMIT;
}
