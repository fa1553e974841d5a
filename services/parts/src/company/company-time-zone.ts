import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, PartsConsumers, TenancyEvents, type Tenant, type TenantContext } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';

/**
 * Keeps the company's time zone from tenancy's events: a defect analysis "from 1 to 30 November"
 * and the day in a transfer's or stocktake's number are days on the company's clocks.
 */
@Injectable()
export class CompanyTimeZone {
  constructor(consumers: Consumers) {
    consumers.on(TenancyEvents.tenantCreated, { durable: PartsConsumers.tenantsCreated }, (em, ctx, tenant) => keep(em, ctx, tenant, 'first'));
    consumers.on(TenancyEvents.settingsUpdated, { durable: PartsConsumers.tenantSettings }, (em, ctx, tenant) => keep(em, ctx, tenant, 'change'));
  }
}

// The two events come on separate consumers: a creation handled after a settings change must not undo it.
async function keep(em: TenantEntityManager, ctx: TenantContext, tenant: Tenant, kind: 'first' | 'change') {
  await em.execute(
    `insert into parts.company (tenant_id, time_zone) values (?, ?)
     on conflict (tenant_id) do ${kind === 'first' ? 'nothing' : 'update set time_zone = excluded.time_zone'}`,
    [ctx.tenantId, tenant.timeZone],
  );
}

/** The company's time zone; China's until tenancy's word has reached parts. */
export async function companyTimeZone(em: TenantEntityManager): Promise<string> {
  const [row]: { time_zone: string }[] = await em.execute(`select time_zone from parts.company`);
  return row?.time_zone ?? DEFAULT_TIME_ZONE;
}
