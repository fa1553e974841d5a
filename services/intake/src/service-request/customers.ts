import { normalizePhone, type CustomerArchive, type TenantContext } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';

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

/** Everything intake knows about a customer, newest requests first. */
export async function customerArchive(em: TenantEntityManager, where: { phone?: string; id?: string }): Promise<CustomerArchive | null> {
  const [customer]: { id: string; name: string; created_at: Date }[] = where.id
    ? await em.execute(`select id, name, created_at from intake.customer where id = ?`, [where.id])
    : await em.execute(
        `select c.id, c.name, c.created_at from intake.customer c join intake.customer_phone p on p.customer_id = c.id where p.phone = ?`,
        [normalizePhone(where.phone ?? '')],
      );
  if (!customer) return null;
  const phones: { display: string }[] = await em.execute(`select display from intake.customer_phone where customer_id = ? order by display`, [customer.id]);
  const requests: { id: string; number: string; product_model: string; serial_number: string; category: any; status: any; created_at: Date }[] = await em.execute(
    `select id, number, product_model, serial_number, category, status, created_at from intake.service_request where customer_id = ? order by created_at desc limit 20`,
    [customer.id],
  );
  const [counts]: { total: number; open: number }[] = await em.execute(
    `select count(*)::int as total, count(*) filter (where status not in ('CLOSED', 'CANCELLED', 'RESOLVED'))::int as open from intake.service_request where customer_id = ?`,
    [customer.id],
  );
  return {
    id: customer.id,
    name: customer.name,
    phones: phones.map((p) => p.display),
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
