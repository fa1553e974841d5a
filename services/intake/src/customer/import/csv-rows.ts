import { readCsvTable } from '@shouhou/messaging';
import { CUSTOMER_IMPORT_COLUMNS, CustomerAddress, CustomerKind, normalizePhone, OwnedProduct, PHONE_PATTERN, type CustomerImportColumn, type ImportRowError } from '@shouhou/contracts';
import { division } from '@shouhou/regions';
import { z } from 'zod';

/** One product row of a customer, checked. */
export interface ImportRow {
  line: number;
  customer: {
    kind: z.infer<typeof CustomerKind>;
    name: string;
    contactPerson: string;
    phones: string[];
    email: string | null;
    address: z.infer<typeof CustomerAddress> | null;
  };
  product: z.infer<typeof OwnedProduct> | null;
}

/** The rows of one customer (same first phone number), imported together. */
export interface CustomerGroup {
  key: string;
  rows: ImportRow[];
}

const KINDS: Record<string, z.infer<typeof CustomerKind>> = { '': 'PERSON', 个人: 'PERSON', person: 'PERSON', 企业: 'ORGANIZATION', 单位: 'ORGANIZATION', organization: 'ORGANIZATION', organisation: 'ORGANIZATION' };

/** Reads the file (see readCsvTable) and checks every row; bad rows are reported with their line and column. */
export function readCustomerCsv(csv: string): { rows: ImportRow[]; errors: ImportRowError[]; total: number } {
  const records = readCsvTable(csv, CUSTOMER_IMPORT_COLUMNS, ['name', 'phones']);
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  for (const record of records) {
    const result = checkRow(record.line, record.value);
    if ('errors' in result) errors.push(...result.errors);
    else rows.push(result.row);
  }
  return { rows, errors, total: records.length };
}

function checkRow(line: number, value: (c: CustomerImportColumn) => string): { row: ImportRow } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (column: CustomerImportColumn, reason: string, message: string) => errors.push({ line, column: CUSTOMER_IMPORT_COLUMNS[column][0], reason, message });
  const name = value('name');
  if (!name) fail('name', 'required', 'name is required');
  else if (name.length > 100) fail('name', 'too_big', 'name must be at most 100 characters');
  const kind = KINDS[value('kind').toLowerCase()];
  if (!kind) fail('kind', 'invalid', `kind must be 个人 or 企业, not ${value('kind')}`);
  const phones = value('phones').split(/[;；/]/).map((p) => p.trim()).filter(Boolean);
  if (phones.length === 0) fail('phones', 'required', 'a phone number is required');
  for (const p of phones) if (!PHONE_PATTERN.test(p)) fail('phones', 'phone', `${p} is not a phone number`);
  const email = value('email').toLowerCase();
  if (email && !z.string().email().safeParse(email).success) fail('email', 'invalid', `${email} is not an e-mail address`);
  let address: ImportRow['customer']['address'] = null;
  if (value('divisionCode') || value('address')) {
    const parsed = CustomerAddress.safeParse({ divisionCode: value('divisionCode'), detail: value('address') });
    if (!parsed.success) for (const issue of parsed.error.issues) fail(issue.path[0] === 'detail' ? 'address' : 'divisionCode', issue.code, issue.message);
    else if (!division(parsed.data.divisionCode)) fail('divisionCode', 'unknown', `${parsed.data.divisionCode} is not a GB/T 2260 division`);
    else address = parsed.data;
  }
  let product: ImportRow['product'] = null;
  if (value('productModel') || value('serialNumber')) {
    const parsed = OwnedProduct.safeParse({
      productModel: value('productModel'),
      serialNumber: value('serialNumber'),
      purchaseDate: value('purchaseDate') || null,
      invoiceNumber: value('invoiceNumber'),
      seller: value('seller'),
    });
    if (!parsed.success) for (const issue of parsed.error.issues) fail(issue.path[0] as CustomerImportColumn, issue.code, issue.message);
    else product = parsed.data;
  }
  if (errors.length) return { errors };
  return { row: { line, customer: { kind: kind!, name, contactPerson: value('contactPerson').slice(0, 60), phones, email: email || null, address }, product } };
}

/** Rows of one customer together, in file order; the key is the first phone number. */
export function groupByCustomer(rows: ImportRow[]): CustomerGroup[] {
  const groups = new Map<string, CustomerGroup>();
  for (const row of rows) {
    const key = normalizePhone(row.customer.phones[0]);
    const group = groups.get(key) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
