import { normalizePhone, type ImportRowError, type TenantContext } from '@shouhou/contracts';
import { newId, type TenantEntityManager } from '@shouhou/persistence';
import type { CustomerGroup } from './csv-rows';

export interface MergeResult {
  created: boolean;
  importedRows: number;
  errors: ImportRowError[];
}

/**
 * Brings one customer's rows into the archive: the customer is found by any of its phone numbers or
 * created; addresses and products are added, never removed (an import completes an archive, it does
 * not replace what agents recorded). A row whose serial number belongs to another customer fails
 * alone; a customer whose phones belong to two different customers fails whole. Runs under a
 * savepoint, so a failed row leaves nothing behind.
 */
export async function mergeCustomer(em: TenantEntityManager, ctx: TenantContext, group: CustomerGroup, at: Date): Promise<MergeResult> {
  const first = group.rows[0].customer;
  const phones = [...new Set(group.rows.flatMap((r) => r.customer.phones))];
  const owners: { customer_id: string }[] = await em.execute(`select distinct customer_id from intake.customer_phone where phone = any(?::text[])`, [
    `{${phones.map(normalizePhone).join(',')}}`,
  ]);
  if (owners.length > 1) {
    return { created: false, importedRows: 0, errors: group.rows.map((r) => ({ line: r.line, column: '电话', reason: 'taken', message: `these phone numbers belong to ${owners.length} different customers` })) };
  }
  const created = owners.length === 0;
  const customerId = owners[0]?.customer_id ?? newId();
  if (created) {
    await em.execute(
      `insert into intake.customer (id, tenant_id, kind, name, contact_person, email, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [customerId, ctx.tenantId, first.kind, first.name, first.contactPerson, first.email, at, at],
    );
  } else {
    // Fill in what the archive lacks; what agents already recorded wins.
    await em.execute(
      `update intake.customer set email = coalesce(email, ?), contact_person = case when contact_person = '' then ? else contact_person end, updated_at = ? where id = ?`,
      [first.email, first.contactPerson, at, customerId],
    );
  }
  for (const phone of phones) {
    await em.execute(`insert into intake.customer_phone (tenant_id, phone, customer_id, display) values (?, ?, ?, ?) on conflict (tenant_id, phone) do nothing`, [
      ctx.tenantId, normalizePhone(phone), customerId, phone,
    ]);
  }
  const errors: ImportRowError[] = [];
  let importedRows = 0;
  for (const row of group.rows) {
    await em.execute('savepoint import_row');
    const rowError = await mergeRow(em, ctx, customerId, row);
    if (rowError) {
      await em.execute('rollback to savepoint import_row');
      errors.push(rowError);
    } else {
      await em.execute('release savepoint import_row');
      importedRows++;
    }
  }
  return { created, importedRows, errors };
}

async function mergeRow(em: TenantEntityManager, ctx: TenantContext, customerId: string, row: CustomerGroup['rows'][number]): Promise<ImportRowError | undefined> {
  const { address } = row.customer;
  if (address) {
    await em.execute(
      `insert into intake.customer_address (id, tenant_id, customer_id, position, label, division_code, detail)
       select ?, ?, ?, coalesce(max(position) + 1, 0), ?, ?, ? from intake.customer_address where customer_id = ?
       having not exists (select 1 from intake.customer_address where customer_id = ? and division_code = ? and detail = ?)`,
      [newId(), ctx.tenantId, customerId, address.label, address.divisionCode, address.detail, customerId, customerId, address.divisionCode, address.detail],
    );
  }
  const p = row.product;
  if (!p) return undefined;
  if (p.serialNumber) {
    const [owner]: { customer_id: string }[] = await em.execute(`select customer_id from intake.customer_product where serial_number = ?`, [p.serialNumber]);
    if (owner && owner.customer_id !== customerId) {
      return { line: row.line, column: '序列号', reason: 'taken', message: `serial number ${p.serialNumber} is registered to another customer` };
    }
    if (owner) {
      await em.execute(`update intake.customer_product set product_model = ?, purchase_date = coalesce(?, purchase_date), invoice_number = ?, seller = ? where serial_number = ?`, [
        p.productModel, p.purchaseDate, p.invoiceNumber, p.seller, p.serialNumber,
      ]);
      return undefined;
    }
  }
  await em.execute(
    `insert into intake.customer_product (id, tenant_id, customer_id, position, product_model, serial_number, purchase_date, invoice_number, seller)
     select ?, ?, ?, coalesce(max(position) + 1, 0), ?, ?, ?, ?, ? from intake.customer_product where customer_id = ?`,
    [newId(), ctx.tenantId, customerId, p.productModel, p.serialNumber, p.purchaseDate, p.invoiceNumber, p.seller, customerId],
  );
  return undefined;
}
