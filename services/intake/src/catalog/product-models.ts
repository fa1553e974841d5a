import type { ProductModel, TenantContext } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';

interface Row {
  id: string;
  model: string;
  name: string;
  brand: string;
  product_category: string;
  active: boolean;
  updated_at: Date;
  has_rule: boolean;
}

// Whether the category has a 三包 rule in the tenant's current commitments: shown in the catalog so a
// model that no decision could ever be made for stands out.
const SELECT = `select m.id, m.model, m.name, m.brand, m.product_category, m.active, m.updated_at,
  exists (select 1 from intake.tenant_commitments c, jsonb_array_elements(c.policy -> 'warranty') w
          where w ->> 'productCategory' = m.product_category) as has_rule
  from intake.product_model m`;

export async function listProductModels(em: TenantEntityManager, search: string | null | undefined, includeInactive: boolean): Promise<ProductModel[]> {
  const like = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows: Row[] = await em.execute(
    `${SELECT} where (? or m.active) and (?::text is null or m.model ilike ? or m.name ilike ? or m.product_category ilike ?)
     order by m.product_category, m.model limit 500`,
    [includeInactive, like, like, like, like],
  );
  return rows.map(toDto);
}

/** Creates the model or updates it (the model code is the key within a tenant). */
export async function saveProductModel(em: TenantEntityManager, ctx: TenantContext, input: Omit<ProductModel, 'id' | 'updatedAt' | 'hasWarrantyRule'>): Promise<ProductModel> {
  const [saved]: { id: string }[] = await em.execute(
    `insert into intake.product_model (id, tenant_id, model, name, brand, product_category, active, updated_at) values (?, ?, ?, ?, ?, ?, ?, now())
     on conflict (tenant_id, model) do update set name = excluded.name, brand = excluded.brand, product_category = excluded.product_category,
       active = excluded.active, updated_at = now() returning id`,
    [newId(), ctx.tenantId, input.model, input.name, input.brand, input.productCategory, input.active],
  );
  const [row]: Row[] = await em.execute(`${SELECT} where m.id = ?`, [saved.id]);
  return toDto(row);
}

/** The product category of a model, or null when the model is not in the catalog. */
export async function categoryOf(em: TenantEntityManager, model: string): Promise<string | null> {
  const [row]: { product_category: string }[] = await em.execute(`select product_category from intake.product_model where model = ?`, [model]);
  return row?.product_category ?? null;
}

function toDto(r: Row): ProductModel {
  return {
    id: r.id,
    model: r.model,
    name: r.name,
    brand: r.brand,
    productCategory: r.product_category,
    active: r.active,
    updatedAt: new Date(r.updated_at).toISOString(),
    hasWarrantyRule: r.has_rule,
  };
}
