import { Controller, Get, HttpCode, Inject, Res, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AbstractGraphQLDriver, GraphQLSchemaHost } from '@nestjs/graphql';
import type { Response } from 'express';
import type { NatsConnection } from 'nats';
import { DispatchRpc, PartsRpc, IntakeRpc, TenancyRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { GATEWAY_NATS } from '../tokens';

const SERVICE_HEALTH = [TenancyRpc.health, IntakeRpc.health, DispatchRpc.health, PartsRpc.health];
/** A service that has not answered its health query by then is reported not ok: one hung service never hangs the probe. */
const SERVICE_HEALTH_TIMEOUT_MS = Number(process.env.HEALTH_DETAIL_TIMEOUT_MS ?? 1500);
/** How long the NATS round trip of /readyz may take. */
const NATS_PING_TIMEOUT_MS = 1000;

type ServiceHealth = { ok: boolean; checks?: Record<string, boolean>; error?: string };

/** Settles with `fallback` after `ms` if `work` has not settled by then. */
function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)))]).finally(() => clearTimeout(timer));
}

@Controller()
export class HealthController implements OnModuleDestroy {
  private closing = false;

  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(GATEWAY_NATS) private readonly nc: NatsConnection,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
  ) {}

  onModuleDestroy() {
    this.closing = true;
  }

  /**
   * Liveness: the process answers (always 200 while it does). Beside it, each service's own health,
   * for operators and dashboards; a service being down never makes the gateway "not alive".
   */
  @Get('healthz')
  @HttpCode(200)
  async healthz() {
    const services: Record<string, ServiceHealth> = {};
    await Promise.all(
      SERVICE_HEALTH.map(async (contract) => {
        const service = contract.subject.split('.')[0];
        services[service] = await within<ServiceHealth>(
          this.services.call(contract, undefined, {}).then(
            (r) => ({ ok: r.ok, checks: r.checks }),
            (error: Error) => ({ ok: false, error: error.message }),
          ),
          SERVICE_HEALTH_TIMEOUT_MS,
          { ok: false, error: `no answer within ${SERVICE_HEALTH_TIMEOUT_MS} ms` },
        );
      }),
    );
    return { ok: true, services };
  }

  /**
   * Readiness is the gateway's own: NATS answers a round trip and the GraphQL schema is built with
   * Apollo started. A service that is down degrades only its own operations (they answer
   * UNAVAILABLE), so it does not take the gateway out of rotation; see /healthz for the services.
   */
  @Get('readyz')
  async readyz(@Res() res: Response) {
    const checks = { nats: await this.natsAnswers(), graphql: this.graphqlStarted() };
    const ok = !this.closing && checks.nats && checks.graphql;
    res.status(ok ? 200 : 503).json({ ok, checks });
  }

  private natsAnswers(): Promise<boolean> {
    if (this.nc.isClosed()) return Promise.resolve(false);
    return within(
      this.nc.flush().then(
        () => true,
        () => false,
      ),
      NATS_PING_TIMEOUT_MS,
      false,
    );
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
