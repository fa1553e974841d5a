import 'reflect-metadata';
import http from 'node:http';
import { Controller, Global, Module, type DynamicModule, type INestMicroservice, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, Payload, Transport, type NatsContext } from '@nestjs/microservices';
import { healthCheck, streamOf } from '@shouhou/contracts';
import type { JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { idempotencyMigration, migrate, openOrm, type EntitySchema, type MigrationObject } from '@shouhou/persistence';
import { createLogger, stopTelemetry, type Logger } from '@shouhou/observability';
import { connectNats, requireStreams } from './jetstream';
import { OutboxRelay } from './outbox';
import { Consumers } from './consumers';
import { JETSTREAM, JETSTREAM_MANAGER, LOGGER, NATS } from './tokens';
import { DeadlineWatcher } from './deadlines';
import { RpcResponder } from './rpc-server';
import { IdempotentReplies } from './idempotent-replies';
import { ContextVerifier } from './context-signature';
import { natsAccessFromEnv, natsConnectionOptions, type NatsAccess } from './nats-access';

export interface ServiceDefinition {
  /** Also the NATS queue group, the database schema and the subject prefix. */
  name: string;
  module: Type<unknown>;
  entities: EntitySchema<any>[];
  migrations: MigrationObject[];
  streams: { name: string; subjects: readonly string[] }[];
  /** Runs a deadline watcher for the service's `deadline` table (see deadlines.ts). */
  deadlines?: boolean;
}

export { NATS, JETSTREAM, JETSTREAM_MANAGER, LOGGER } from './tokens';

export interface Infrastructure {
  orm: MikroORM;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  log: Logger;
  relay: OutboxRelay;
  /** The service's name, which is also its database schema. */
  service: string;
  /** The public keys the service checks callers' signed contexts with (CONTEXT_VERIFY_KEYS). */
  verifier: ContextVerifier;
}

export interface ServiceConfig {
  natsUrl: string;
  /** The service's NATS identity (NATS_USER / NATS_PASSWORD; ADR 20). */
  nats: NatsAccess;
  databaseUrl: string;
  migrateUrl?: string;
  healthPort: number;
}

export function configFromEnv(): ServiceConfig {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (the URL of this service’s database role)');
  const nats = natsAccessFromEnv();
  return {
    natsUrl: nats.servers,
    nats,
    databaseUrl,
    migrateUrl: process.env.DATABASE_MIGRATE_URL || undefined,
    healthPort: Number(process.env.HEALTH_PORT ?? 0),
  };
}

/** Provides the shared pieces (ORM, NATS, relay, responder, logger) to a service's own module. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(infra: Infrastructure): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: MikroORM, useValue: infra.orm },
        { provide: NATS, useValue: infra.nc },
        { provide: JETSTREAM, useValue: infra.js },
        { provide: JETSTREAM_MANAGER, useValue: infra.jsm },
        { provide: LOGGER, useValue: infra.log },
        { provide: OutboxRelay, useValue: infra.relay },
        { provide: RpcResponder, useValue: new RpcResponder(infra.log, infra.verifier, new IdempotentReplies(infra.orm, infra.service)) },
        Consumers,
      ],
      exports: [MikroORM, NATS, JETSTREAM, JETSTREAM_MANAGER, LOGGER, OutboxRelay, RpcResponder, Consumers],
    };
  }
}

/**
 * Starts one service: migrations (local mode), database, NATS and its streams, the outbox relay, the
 * Nest NATS listener in the service's queue group, and a small HTTP server for /healthz and /readyz.
 * SIGTERM and SIGINT close everything in reverse order.
 */
export async function runService(def: ServiceDefinition, config = configFromEnv()): Promise<INestMicroservice> {
  const log = createLogger(def.name);
  if (config.migrateUrl) {
    // Every service keeps its callers' Idempotency-Keys in its own schema (ADR 21).
    const migrations = [...def.migrations, idempotencyMigration(def.name)];
    const applied = await migrate({ clientUrl: config.migrateUrl, schema: def.name, migrations });
    log.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date');
  }
  // `--migrate-only`: the Kubernetes migration Job runs the service image this way before a rollout.
  if (process.argv.includes('--migrate-only')) {
    if (!config.migrateUrl) throw new Error('--migrate-only needs DATABASE_MIGRATE_URL');
    process.exit(0);
  }
  const verifier = ContextVerifier.fromEnv();
  const orm = await openOrm({ clientUrl: config.databaseUrl, schema: def.name, entities: def.entities });
  const nc = await connectNats(config.nats, def.name);
  const jsm = await nc.jetstreamManager();
  // Streams are created by a trusted identity beforehand (ADR 20): a service only checks that its own exist.
  await requireStreams(jsm, [streamOf(def.name), ...def.streams]);
  const js = nc.jetstream();
  const relayPool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  // PostgreSQL going away (a restart, a failover, a killed backend) makes idle clients emit `error`;
  // unheard, it would crash the service. Logged instead: the pool drops the broken client and the relay
  // and the deadline watcher, which retry on their own, connect anew once the database is back.
  // (MikroORM's knex pool listens on its connections itself.)
  relayPool.on('error', (error) => log.warn({ err: error }, 'a database connection of the outbox relay was lost'));
  // A client checked out between two queries (e.g. while the relay publishes) emits on itself; its next
  // query fails, which the relay logs, and the pool discards it on release.
  relayPool.on('connect', (client) => client.on('error', (error) => log.debug({ err: error }, 'a database connection in use by the outbox relay was lost')));
  const relay = new OutboxRelay(relayPool, def.name, js, log);
  const infra: Infrastructure = { service: def.name, orm, nc, js, jsm, log, relay, verifier };

  @Module({ imports: [InfrastructureModule.forRoot(infra), def.module], controllers: [healthHandler(def.name, infra)] })
  class RootModule {}

  const app = await NestFactory.createMicroservice(RootModule, {
    transport: Transport.NATS,
    options: { ...natsConnectionOptions(config.nats, `${def.name}-rpc`), queue: def.name },
    logger: ['error', 'warn'],
  });
  await app.listen();
  relay.start();
  const watcher = def.deadlines ? new DeadlineWatcher(relayPool, def.name, log, () => relay.wake()) : undefined;
  watcher?.start();
  const health = startHealthServer(config.healthPort, infra);
  log.info({ healthPort: config.healthPort }, `${def.name} ready`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, `${def.name} stopping`);
    health?.close();
    await app.close();
    await watcher?.stop();
    await relay.stop();
    await relayPool.end();
    await nc.drain();
    await orm.close(true);
    await stopTelemetry();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return app;
}

/** Readiness checks shared by the HTTP probe and the NATS health query. */
export async function readiness(infra: Pick<Infrastructure, 'orm' | 'nc'>): Promise<Record<string, boolean>> {
  const database = await infra.orm.em
    .fork()
    .execute('select 1')
    .then(() => true)
    .catch(() => false);
  return { database, nats: !infra.nc.isClosed() };
}

function startHealthServer(port: number, infra: Infrastructure): http.Server | undefined {
  if (!port) return undefined;
  const server = http.createServer(async (req, res) => {
    if (req.url === '/healthz') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (req.url === '/readyz') {
      const checks = await readiness(infra);
      const ok = Object.values(checks).every(Boolean);
      return res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok, checks }));
    }
    res.writeHead(404).end();
  });
  server.once('error', (error) => {
    infra.log.fatal({ err: error, port }, `health port ${port} is not available`);
    process.exit(1);
  });
  server.listen(port, '0.0.0.0');
  return server;
}

/** Every service answers its health query the same way, so the gateway's /readyz can ask each one. */
function healthHandler(service: string, infra: Infrastructure): Type<unknown> {
  const contract = healthCheck(service);
  const responder = new RpcResponder(infra.log, infra.verifier);
  @Controller()
  class HealthHandler {
    @MessagePattern(contract.subject)
    check(@Payload() payload: unknown, @Ctx() natsContext: NatsContext) {
      return responder.handle(contract, payload, natsContext, async () => {
        const checks = await readiness(infra);
        return { service, ok: Object.values(checks).every(Boolean), checks };
      });
    }
  }
  return HealthHandler;
}
