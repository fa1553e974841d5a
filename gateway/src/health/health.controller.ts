import { Controller, Get, HttpCode, Inject, Res, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AbstractGraphQLDriver, GraphQLSchemaHost } from '@nestjs/graphql';
import type { Response } from 'express';
import type { NatsConnection } from 'nats';
import { DispatchRpc, PartsRpc, IntakeRpc, TenancyRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { GATEWAY_NATS } from '../tokens';

const SERVICE_HEALTH = [TenancyRpc.health, IntakeRpc.health, DispatchRpc.health, PartsRpc.health];
/**
 * The health query's own RPC timeout: a service that has not answered by then is reported not ok, and
 * the call ends then too (it does not run on to the ordinary RPC timeout), so one hung service never
 * hangs the probe nor piles calls up.
 */
const SERVICE_HEALTH_TIMEOUT_MS = Number(process.env.HEALTH_DETAIL_TIMEOUT_MS ?? 1500);
/**
 * /healthz is public: every hit within this long of the last probe round gets that round's answer, and
 * hits while a round runs share it, so a flood of requests sends at most one health query per service
 * per this interval.
 */
const SERVICE_HEALTH_CACHE_MS = Number(process.env.HEALTH_DETAIL_CACHE_MS ?? 2000);
/** How long each NATS round trip of /readyz may take. */
const NATS_PING_TIMEOUT_MS = 1000;

/** What the public body tells of a service: booleans only, never an error's text. */
type ServiceHealth = { ok: boolean; checks?: Record<string, boolean> };
type ServicesHealth = Record<string, ServiceHealth>;

@Controller()
export class HealthController implements OnModuleDestroy {
  private closing = false;
  /** The last probe round's answer and when it ended. */
  private last?: { at: number; services: ServicesHealth };
  /** The probe round under way, shared by every hit that arrives meanwhile. */
  private probing?: Promise<ServicesHealth>;

  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(GATEWAY_NATS) private readonly nc: NatsConnection,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
  ) {}

  onModuleDestroy() {
    this.closing = true;
  }

  /**
   * Liveness: the process answers (always 200 while it does). Beside it, each service's own health
   * (at most `SERVICE_HEALTH_CACHE_MS` old), for operators and dashboards; a service being down never
   * makes the gateway "not alive".
   */
  @Get('healthz')
  @HttpCode(200)
  async healthz() {
    return { ok: true, services: await this.serviceHealth() };
  }

  /**
   * Readiness is the gateway's own: both its NATS connections answer a round trip (the one every RPC
   * goes through and the one live events and the tenant directory listen on) and the GraphQL schema is
   * built with Apollo started. A service that is down degrades only its own operations (they answer
   * UNAVAILABLE), so it does not take the gateway out of rotation; see /healthz for the services.
   */
  @Get('readyz')
  async readyz(@Res() res: Response) {
    const [rpc, events] = await Promise.all([this.services.ping(NATS_PING_TIMEOUT_MS), this.eventsAnswer()]);
    const checks = { rpc, events, graphql: this.graphqlStarted() };
    const ok = !this.closing && Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ ok, checks });
  }

  private serviceHealth(): Promise<ServicesHealth> {
    if (this.last && Date.now() - this.last.at < SERVICE_HEALTH_CACHE_MS) return Promise.resolve(this.last.services);
    this.probing ??= this.probe()
      .then((services) => {
        this.last = { at: Date.now(), services };
        return services;
      })
      .finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** One round: every service's health query in parallel, each bounded by its own short RPC timeout. */
  private async probe(): Promise<ServicesHealth> {
    const services: ServicesHealth = {};
    await Promise.all(
      SERVICE_HEALTH.map(async (contract) => {
        const service = contract.subject.split('.')[0];
        services[service] = await this.services.call(contract, undefined, {}, { timeoutMs: SERVICE_HEALTH_TIMEOUT_MS }).then(
          (r) => ({ ok: r.ok, checks: r.checks }),
          () => ({ ok: false }),
        );
      }),
    );
    return services;
  }

  private async eventsAnswer(): Promise<boolean> {
    if (this.nc.isClosed()) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), NATS_PING_TIMEOUT_MS)));
    return Promise.race([this.nc.flush().then(() => true, () => false), late]).finally(() => clearTimeout(timer));
  }

  private graphqlStarted(): boolean {
    try {
      const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
      const driver = this.moduleRef.get(AbstractGraphQLDriver, { strict: false }) as unknown as { instance?: unknown };
      return !!schema && !!driver.instance;
    } catch {
      return false; // the schema is not built yet
    }
  }
}
