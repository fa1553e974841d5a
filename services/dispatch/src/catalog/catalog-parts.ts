import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DispatchConsumers, PartsEvents, PartsRpc, type Part, type TenantContext } from '@shouhou/contracts';
import { configFromEnv, Consumers, ServiceClient } from '@shouhou/messaging';
import { pgTextArray, type TenantEntityManager } from '@shouhou/persistence';

interface CatalogEntry {
  name: string;
  price: number;
  active: boolean;
}

/**
 * Keeps dispatch's copy of the parts catalog: parts used on jobs take their name and price from it.
 * A part dispatch has not heard of (saved before dispatch kept a copy, or a moment ago) is asked of
 * the parts service and kept.
 */
@Injectable()
export class CatalogParts implements OnApplicationShutdown {
  private client?: Promise<ServiceClient>;

  constructor(consumers: Consumers) {
    consumers.on(PartsEvents.partSaved, { durable: DispatchConsumers.catalogParts }, (em, ctx, part) => keepPart(em, ctx, part));
  }

  /** The catalog's name and price of an active part; undefined when it is not in the catalog or retired. */
  async find(em: TenantEntityManager, ctx: TenantContext, sku: string): Promise<CatalogEntry | undefined> {
    const [known]: CatalogEntry[] = await em.execute(`select name, price, active from dispatch.catalog_part where sku = ?`, [sku]);
    if (known) return known.active ? known : undefined;
    const client = await this.connect();
    const found = (await client.call(PartsRpc.parts, ctx, { search: sku, first: 20, includeInactive: true })).edges.map((e) => e.node).find((p) => p.sku === sku);
    if (!found) return undefined;
    await keepPart(em, ctx, found);
    return found.active ? found : undefined;
  }

  private connect(): Promise<ServiceClient> {
    this.client ??= (async () => {
      const client = new ServiceClient(configFromEnv().natsUrl);
      await client.connect();
      return client;
    })();
    return this.client;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client) await (await this.client).close();
  }
}

/** Applies a catalog change unless a newer one was applied already (events may come out of order on retry). */
async function keepPart(em: TenantEntityManager, ctx: TenantContext, part: Part): Promise<void> {
  await em.execute(
    `insert into dispatch.catalog_part (tenant_id, sku, name, unit, price, compatible_models, active, updated_at) values (?, ?, ?, ?, ?, ?::text[], ?, ?)
     on conflict (tenant_id, sku) do update set name = excluded.name, unit = excluded.unit, price = excluded.price,
       compatible_models = excluded.compatible_models, active = excluded.active, updated_at = excluded.updated_at
       where dispatch.catalog_part.updated_at <= excluded.updated_at`,
    [ctx.tenantId, part.sku, part.name, part.unit, part.price, pgTextArray(part.compatibleModels), part.active, part.updatedAt],
  );
}
