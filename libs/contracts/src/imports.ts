import { z } from 'zod';

/**
 * Bulk onboarding: a CSV of customers and the products they own, one product per row. Rows of one
 * customer (same first phone number) become one customer. Each row is imported whole or not at all.
 */
export const IMPORT_MAX_BYTES = 900_000;

export const StartCustomerImport = z.object({
  fileName: z.string().trim().max(200).default('customers.csv'),
  csv: z.string().min(1, 'the file is empty').max(IMPORT_MAX_BYTES, `the file is larger than ${IMPORT_MAX_BYTES / 1000} kB; split it into several files`),
});

export const ImportRowError = z.object({
  /** 1-based line in the file, the header being line 1. */
  line: z.number().int(),
  /** The CSV column concerned, when one is. */
  column: z.string().nullable(),
  reason: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportJobStatus = z.enum(['RUNNING', 'DONE', 'FAILED']);

/** A CSV import's progress and row errors, whatever it imports. */
export const ImportJobProgress = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  status: ImportJobStatus,
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  failedRows: z.number().int(),
  errors: z.array(ImportRowError),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobProgress = z.infer<typeof ImportJobProgress>;

export const ImportJob = ImportJobProgress.extend({
  customersCreated: z.number().int(),
  customersUpdated: z.number().int(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/** The columns, by the names people use in either language (the first is the template's). */
export const CUSTOMER_IMPORT_COLUMNS = {
  name: ['客户名称', 'name'],
  kind: ['类型', 'kind'],
  contactPerson: ['联系人', 'contact person'],
  phones: ['电话', 'phones'],
  email: ['邮箱', 'email'],
  divisionCode: ['区划代码', 'division code'],
  address: ['详细地址', 'address'],
  productModel: ['产品型号', 'product model'],
  serialNumber: ['序列号', 'serial number'],
  purchaseDate: ['购买日期', 'purchase date'],
  invoiceNumber: ['发票号', 'invoice number'],
  seller: ['销售商', 'seller'],
} as const;
export type CustomerImportColumn = keyof typeof CUSTOMER_IMPORT_COLUMNS;
