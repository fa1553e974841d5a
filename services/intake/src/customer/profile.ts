import { DomainError, normalizePhone, type CustomerProfileInput, type FieldIssue, type TenantContext } from '@shouhou/contracts';
import { division } from '@shouhou/regions';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';

type Profile = z.output<typeof CustomerProfileInput>;

/**
 * Creates or replaces a customer's profile in the caller's transaction. Phone numbers and serial
 * numbers are claimed: one that already belongs to another customer is a conflict, named per field,
 * and nothing is changed (the transaction rolls back).
 */
export async function saveCustomerProfile(em: TenantEntityManager, ctx: TenantContext, input: Profile, at: Date, prefix = 'input'): Promise<string> {
  const unknownDivisions: FieldIssue[] = input.addresses.flatMap((a, i) =>
    division(a.divisionCode) ? [] : [{ field: `${prefix}.addresses.${i}.divisionCode`, reason: 'unknown', message: `${a.divisionCode} is not a GB/T 2260 division` }],
  );
  if (unknownDivisions.length) throw new DomainError('BAD_USER_INPUT', unknownDivisions.map((i) => i.message).join('; '), { issues: unknownDivisions });

  const id = input.id ?? newId();
  if (input.id) {
    const found: unknown[] = await em.execute(`select 1 from intake.customer where id = ? for update`, [id]);
    if (found.length === 0) throw new DomainError('NOT_FOUND', 'no such customer');
    await em.execute(`update intake.customer set kind = ?, name = ?, contact_person = ?, email = ?, note = ?, updated_at = ? where id = ?`, [
      input.kind, input.name, input.contactPerson, input.email ?? null, input.note, at, id,
    ]);
  } else {
    await em.execute(
      `insert into intake.customer (id, tenant_id, kind, name, contact_person, email, note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, ctx.tenantId, input.kind, input.name, input.contactPerson, input.email ?? null, input.note, at, at],
    );
  }
  await claimPhones(em, ctx, id, input.phones, prefix);
  await em.execute(`delete from intake.customer_address where customer_id = ?`, [id]);
  for (const [position, a] of input.addresses.entries()) {
    await em.execute(`insert into intake.customer_address (id, tenant_id, customer_id, position, label, division_code, detail) values (?, ?, ?, ?, ?, ?, ?)`, [
      newId(), ctx.tenantId, id, position, a.label, a.divisionCode, a.detail,
    ]);
  }
  await claimProducts(em, ctx, id, input.products, prefix);
  return id;
}

async function claimPhones(em: TenantEntityManager, ctx: TenantContext, customerId: string, phones: string[], prefix: string) {
  const normalized = phones.map(normalizePhone);
  const conflicts: FieldIssue[] = [];
  for (const [i, phone] of normalized.entries()) {
    const claimed: unknown[] = await em.execute(
      `insert into intake.customer_phone (tenant_id, phone, customer_id, display) values (?, ?, ?, ?)
       on conflict (tenant_id, phone) do update set display = excluded.display where intake.customer_phone.customer_id = excluded.customer_id returning 1`,
      [ctx.tenantId, phone, customerId, phones[i]],
    );
    if (claimed.length === 0) conflicts.push({ field: `${prefix}.phones.${i}`, reason: 'taken', message: `${phones[i]} belongs to another customer` });
  }
  if (conflicts.length) throw new DomainError('CONFLICT', conflicts.map((c) => c.message).join('; '), { issues: conflicts });
  await em.execute(`delete from intake.customer_phone where customer_id = ? and not (phone = any(?::text[]))`, [customerId, `{${normalized.join(',')}}`]);
}

async function claimProducts(em: TenantEntityManager, ctx: TenantContext, customerId: string, products: Profile['products'], prefix: string) {
  await em.execute(`delete from intake.customer_product where customer_id = ?`, [customerId]);
  const conflicts: FieldIssue[] = [];
  for (const [position, p] of products.entries()) {
    const inserted: unknown[] = await em.execute(
      `insert into intake.customer_product (id, tenant_id, customer_id, position, product_model, serial_number, purchase_date, invoice_number, seller)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, serial_number) where serial_number <> '' do nothing returning 1`,
      [newId(), ctx.tenantId, customerId, position, p.productModel, p.serialNumber, p.purchaseDate, p.invoiceNumber, p.seller],
    );
    if (inserted.length === 0) {
      conflicts.push({ field: `${prefix}.products.${position}.serialNumber`, reason: 'taken', message: `serial number ${p.serialNumber} is registered to another customer` });
    }
  }
  if (conflicts.length) throw new DomainError('CONFLICT', conflicts.map((c) => c.message).join('; '), { issues: conflicts });
}
