import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { NatsConnection } from 'nats';
import { DispatchRpc, PartsRpc, IntakeRpc, TenancyRpc } from '@shouhou/contracts';
import { ServiceClient } from '@shouhou/messaging';
import { GATEWAY_NATS } from '../tokens';

const SERVICE_HEALTH = [TenancyRpc.health, IntakeRpc.health, DispatchRpc.health, PartsRpc.health];

@Controller()
export class HealthController {
  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(GATEWAY_NATS) private readonly nc: NatsConnection,
  ) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { ok: true };
  }

  /** Readiness: NATS is connected and every service answers its health query with its checks green. */
  @Get('readyz')
  async readyz(@Res() res: Response) {
    const checks: Record<string, boolean> = { nats: !this.nc.isClosed() };
    await Promise.all(
      SERVICE_HEALTH.map(async (contract) => {
        const service = contract.subject.split('.')[0];
        checks[service] = await this.services
          .call(contract, undefined, {})
          .then((r) => r.ok)
          .catch(() => false);
      }),
    );
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ ok, checks });
  }
}
