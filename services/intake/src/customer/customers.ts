import { DEFAULT_REGIONS, normalizePhone, type CustomerArchive, type RegionSettings, type TenantContext } from '@shouhou/contracts';
import { divisionPath, tierOf } from '@shouhou/regions';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import { customerHistory } from './archive';

/**
 * The customer a phone number belongs to, created on first contact. Concurrent first contacts with
 * one number meet at the (tenant, phone) key: one insert wins, the other reads it.
 */
export async function customerForPhone(em: TenantEntityManager, ctx: TenantContext, name: string, phone: string, at: Date): Promise<string> {
  const normalized = normalizePhone(phone);
  const id = newId();
  const claimed: { customer_id: string }[] = await em.execute(
    `insert into intake.customer_phone (tenant_id, phone, customer_id, display) values (?, ?, ?, ?)
     on conflict (tenant_id, phone) do update set display = excluded.display returning customer_id`,
    [ctx.tenantId, normalized, id, phone],
  );
  const customerId = claimed[0].customer_id;
  if (customerId === id) {
    await em.execute(`insert into intake.customer (id, tenant_id, name, created_at) values (?, ?, ?, ?)`, [id, ctx.tenantId, name, at]);
  }
  return customerId;
}

/** The tenant's region tiers as intake last heard them (the defaults until tenancy has spoken). */
export async function tenantRegions(em: TenantEntityManager): Promise<RegionSettings> {
  const [row]: { regions: RegionSettings | null }[] = await em.execute(`select regions from intake.tenant_commitments`);
  return row?.regions ?? DEFAULT_REGIONS;
}

interface CustomerRow {
  id: string;
  name: string;
  kind: CustomerArchive['kind'];
  contact_person: string;
  email: string | null;
  note: string;
  created_at: Date;
}

/** Everything intake knows about a customer: profile, products, and their requests newest first. */
export async function customerArchive(em: TenantEntityManager, where: { phone?: string; id?: string; email?: string }): Promise<CustomerArchive | null> {
  const columns = `c.id, c.name, c.kind, c.contact_person, c.email, c.note, c.created_at`;
  const [customer]: CustomerRow[] = where.id
    ? await em.execute(`select ${columns} from intake.customer c where c.id = ?`, [where.id])
    : where.email
      ? await em.execute(`select ${columns} from intake.customer c where c.email = ? order by c.created_at limit 1`, [where.email.toLowerCase()])
      : await em.execute(`select ${columns} from intake.customer c join intake.customer_phone p on p.customer_id = c.id where p.phone = ?`, [
          normalizePhone(where.phone ?? ''),
        ]);
  if (!customer) return null;
  const phones: { display: string }[] = await em.execute(`select display from intake.customer_phone where customer_id = ? order by display`, [customer.id]);
  const addresses: { label: string; division_code: string; detail: string }[] = await em.execute(
    `select label, division_code, detail from intake.customer_address where customer_id = ? order by position`,
    [customer.id],
  );
  const products: { product_model: string; serial_number: string; purchase_date: string | null; invoice_number: string; seller: string; product_category: string | null }[] =
    await em.execute(
      `select p.product_model, p.serial_number, to_char(p.purchase_date, 'YYYY-MM-DD') as purchase_date, p.invoice_number, p.seller, m.product_category
       from intake.customer_product p left join intake.product_model m on m.model = p.product_model
       where p.customer_id = ? order by p.position`,
      [customer.id],
    );
  const requests: { id: string; number: string; product_model: string; serial_number: string; category: any; status: any; created_at: Date }[] = await em.execute(
    `select id, number, product_model, serial_number, category, status, created_at from intake.service_request where customer_id = ? order by created_at desc limit 20`,
    [customer.id],
  );
  const [counts]: { total: number; open: number }[] = await em.execute(
    `select count(*)::int as total, count(*) filter (where status not in ('CLOSED', 'CANCELLED', 'RESOLVED'))::int as open from intake.service_request where customer_id = ?`,
    [customer.id],
  );
  const regions = addresses.length ? await tenantRegions(em) : DEFAULT_REGIONS;
  return {
    id: customer.id,
    kind: customer.kind,
    name: customer.name,
    contactPerson: customer.contact_person,
    email: customer.email,
    note: customer.note,
    phones: phones.map((p) => p.display),
    addresses: addresses.map((a) => ({
      label: a.label,
      divisionCode: a.division_code,
      detail: a.detail,
      path: divisionPath(a.division_code) ?? null,
      tier: tierOf(a.division_code, regions) ?? null,
    })),
    products: products.map((p) => ({
      productModel: p.product_model,
      serialNumber: p.serial_number,
      purchaseDate: p.purchase_date,
      invoiceNumber: p.invoice_number,
      seller: p.seller,
      productCategory: p.product_category,
    })),
    history: await customerHistory(em, customer.id),
    firstSeenAt: new Date(customer.created_at).toISOString(),
    requestCount: counts.total,
    openRequestCount: counts.open,
    recentRequests: requests.map((r) => ({
      id: r.id,
      number: r.number,
      productModel: r.product_model,
      serialNumber: r.serial_number,
      category: r.category,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

/** Open requests sharing the caller's phone number or the product's serial number, newest first. */
export async function possibleDuplicates(em: TenantEntityManager, phone?: string | null, serial?: string | null) {
  const normalized = phone ? normalizePhone(phone) : '';
  const rows: { id: string; number: string; customer_name: string; product_model: string; serial_number: string; status: any; created_at: Date; same_serial: boolean }[] =
    await em.execute(
      `select r.id, r.number, r.customer_name, r.product_model, r.serial_number, r.status, r.created_at,
              (r.serial_number <> '' and r.serial_number = ?) as same_serial
       from intake.service_request r
       left join intake.customer_phone p on p.customer_id = r.customer_id and p.phone = ?
       where r.status not in ('RESOLVED', 'CLOSED', 'CANCELLED')
         and ((? <> '' and r.serial_number = ?) or p.phone is not null)
       order by r.created_at desc limit 10`,
      [serial ?? '', normalized, serial ?? '', serial ?? ''],
    );
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    customerName: r.customer_name,
    productModel: r.product_model,
    serialNumber: r.serial_number,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    reason: r.same_serial ? ('SAME_SERIAL' as const) : ('SAME_CUSTOMER' as const),
  }));
}
