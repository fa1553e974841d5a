import { Injectable } from '@nestjs/common';
import { DispatchConsumers, PartsEvents, type Part, type TenantContext } from '@shouhou/contracts';
import { Consumers } from '@shouhou/messaging';
import { pgTextArray, type TenantEntityManager } from '@shouhou/persistence';

/** Keeps dispatch's copy of the parts catalog: parts used on jobs take their name and price from it. */
@Injectable()
export class CatalogParts {
  constructor(consumers: Consumers) {
    consumers.on(PartsEvents.partSaved, { durable: DispatchConsumers.catalogParts }, (em, ctx, part) => keepPart(em, ctx, part));
  }
}

export async function keepPart(em: TenantEntityManager, ctx: TenantContext, part: Part): Promise<void> {
  await em.execute(
    `insert into dispatch.catalog_part (tenant_id, sku, name, unit, price, compatible_models, active, updated_at) values (?, ?, ?, ?, ?, ?::text[], ?, now())
     on conflict (tenant_id, sku) do update set name = excluded.name, unit = excluded.unit, price = excluded.price,
       compatible_models = excluded.compatible_models, active = excluded.active, updated_at = now()`,
    [ctx.tenantId, part.sku, part.name, part.unit, part.price, pgTextArray(part.compatibleModels), part.active],
  );
}

/** An active catalog part by SKU, as dispatch last heard of it. */
export async function catalogPart(em: TenantEntityManager, sku: string): Promise<{ name: string; price: number } | undefined> {
  const [row]: { name: string; price: number }[] = await em.execute(`select name, price from dispatch.catalog_part where sku = ? and active`, [sku]);
  return row;
}
