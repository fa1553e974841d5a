import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLScalarType, Kind } from 'graphql';
import type { Request } from 'express';
import { TokenVerifier, authConfigFromEnv } from '@shouhou/auth';
import { ServiceClient, connectNats } from '@shouhou/messaging';
import { DomainError } from '@shouhou/contracts';
import { typeDefs } from './graphql/schema.graphql';
import { RootResolver } from './graphql/resolvers';
import { formatError } from './graphql/errors';
import { complexityLimit, depthLimit, MAX_DEPTH } from './graphql/limits';
import type { GqlContext } from './graphql/context';
import { sessionFromAuthorization, type Session } from './auth/session';
import { TenantDirectory } from './auth/tenant-directory';
import { HealthController } from './health/health.controller';
import { GATEWAY_NATS } from './tokens';

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
      provide: TenantDirectory,
      inject: [ServiceClient, GATEWAY_NATS],
      useFactory: (client: ServiceClient, nc: Awaited<ReturnType<typeof connectNats>>) => {
        const directory = new TenantDirectory(client);
        directory.listen(nc);
        return directory;
      },
    },
  ],
  exports: [ServiceClient, GATEWAY_NATS, TokenVerifier, TenantDirectory],
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
        validationRules: [depthLimit(MAX_DEPTH)],
        plugins: [complexityLimit()],
        formatError: formatError as never,
        context: ({ req }: { req: Request }): GqlContext => {
          let session: Promise<Session> | undefined;
          return {
            req,
            session: () =>
              (session ??= sessionFromAuthorization(
                req.headers.authorization,
                req.headers['x-request-id'] as string | undefined,
                verifier,
                tenants,
              )),
          };
        },
      }),
    }),
  ],
})
class GraphQLApi {}


@Module({
  imports: [GatewayDependencies, GraphQLApi],
  controllers: [HealthController],
  providers: [RootResolver],
})
export class AppModule {}
