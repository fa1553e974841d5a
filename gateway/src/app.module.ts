import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLScalarType, Kind } from 'graphql';
import type { Request } from 'express';
import { TokenVerifier, authConfigFromEnv } from '@shouhou/auth';
import { ServiceClient, connectNats } from '@shouhou/messaging';
import { DispatchEvents, DomainError, IntakeEvents, PartsEvents } from '@shouhou/contracts';
import { typeDefs } from './graphql/schema.graphql';
import { LiveResolver, RootResolver, ServiceRequestResolver } from './graphql/resolvers';
import { CommitmentsResolver } from './graphql/commitments.resolver';
import { CustomersResolver } from './graphql/customers.resolver';
import { DispatchResolver, WorkOrderResolver } from './graphql/dispatch.resolver';
import { FieldWorkResolver, WorkOrderSignatureResolver } from './graphql/field-work.resolver';
import { PartResolver, PartsResolver } from './graphql/parts.resolver';
import { EmailWebhookController } from './webhooks/email-webhook.controller';
import { RequestExportController } from './export/request-export.controller';
import { PublicResolver } from './public/public.resolver';
import { LiveEvents } from './live/live-events';
import { formatError } from './graphql/errors';
import { complexityLimit, depthLimit, expandedSizeLimit, MAX_COMPLEXITY, MAX_DEPTH, MAX_WRITES, writesLimit } from './graphql/limits';
import { inputBounds } from './graphql/input-bounds';
import { subscriptionsOnly } from './graphql/websocket-guard';
import { errorLog } from './graphql/error-log';
import { subscriptionsOverWebSocketOnly } from './graphql/http-subscriptions';
import type { GqlContext } from './graphql/context';
import { sessionFromAuthorization, type Session } from './auth/session';
import { TenantDirectory } from './auth/tenant-directory';
import { HealthController } from './health/health.controller';
import { ConsoleConfigController } from './console/console-config.controller';
import { GATEWAY_NATS } from './tokens';
import { idempotencyKeyOf } from './http/idempotency-key';

const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** ISO-8601 strings in and out; anything else is a user error, not a crash. */
const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(v: unknown): string {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    throw new DomainError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 date-time such as 2026-11-23T08:00:00Z');
  }
  return new Date(v).toISOString();
}

@Module({
  providers: [
    {
      provide: ServiceClient,
      useFactory: async () => {
        const client = new ServiceClient(natsUrl);
        await client.connect();
        return client;
      },
    },
    { provide: GATEWAY_NATS, useFactory: () => connectNats(natsUrl, 'gateway') },
    { provide: TokenVerifier, useFactory: () => new TokenVerifier(authConfigFromEnv()) },
    {
      provide: LiveEvents,
      inject: [GATEWAY_NATS],
      useFactory: (nc: Awaited<ReturnType<typeof connectNats>>) => {
        const live = new LiveEvents(nc);
        live.listen([IntakeEvents.requestCreated, DispatchEvents.requestQueued, DispatchEvents.escalated, PartsEvents.stockLow]);
        return live;
      },
    },
    {
      provide: TenantDirectory,
      inject: [ServiceClient, GATEWAY_NATS],
      useFactory: (client: ServiceClient, nc: Awaited<ReturnType<typeof connectNats>>) => {
        const directory = new TenantDirectory(client);
        directory.listen(nc);
        return directory;
      },
    },
  ],
  exports: [ServiceClient, GATEWAY_NATS, TokenVerifier, TenantDirectory, LiveEvents],
})
class GatewayDependencies {}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GatewayDependencies],
      inject: [TokenVerifier, TenantDirectory],
      useFactory: (verifier: TokenVerifier, tenants: TenantDirectory) => ({
        typeDefs,
        resolvers: { DateTime },
        path: '/graphql',
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        validationRules: [depthLimit(MAX_DEPTH), expandedSizeLimit(MAX_COMPLEXITY), writesLimit(MAX_WRITES)],
        // Inputs are bounded before they are costed, and costed before anything runs.
        plugins: [subscriptionsOverWebSocketOnly(), inputBounds(), complexityLimit(), errorLog()],
        formatError: formatError as never,
        subscriptions: { 'graphql-ws': { path: '/graphql', onSubscribe: subscriptionsOnly() } },
        // HTTP requests bring the token in a header; WebSocket subscriptions in the connection params.
        context: (arg: { req?: Request; connectionParams?: Record<string, unknown>; extra?: { request?: Request } }): GqlContext => {
          const req = arg.req ?? arg.extra?.request;
          const authorization = (req?.headers?.authorization ?? arg.connectionParams?.authorization) as string | undefined;
          let session: Promise<Session> | undefined;
          let known: Session | undefined;
          const requestId = req?.headers?.['x-request-id'] as string | undefined;
          return {
            req: req as Request,
            session: () =>
              (session ??= sessionFromAuthorization(authorization, requestId, verifier, tenants).then(
                (s) => (known = { ...s, idempotencyKey: idempotencyKeyOf(req) }),
              )),
            idempotencyKey: () => idempotencyKeyOf(req),
            caller: () =>
              known
                ? { tenant_id: known.tenant?.id, actor_id: known.identity.subject, request_id: known.requestId }
                : { request_id: requestId?.slice(0, 100) },
          };
        },
      }),
    }),
  ],
})
class GraphQLApi {}


@Module({
  imports: [GatewayDependencies, GraphQLApi],
  controllers: [HealthController, ConsoleConfigController, EmailWebhookController, RequestExportController],
  providers: [RootResolver, LiveResolver, ServiceRequestResolver, CommitmentsResolver, CustomersResolver, DispatchResolver, WorkOrderResolver, FieldWorkResolver, WorkOrderSignatureResolver, PartsResolver, PartResolver, PublicResolver],
})
export class AppModule {}
