import { parse } from 'csv-parse/sync';
import { DomainError } from '@shouhou/contracts';

/** One data row of a CSV file: its 1-based line (the header is line 1) and its cells by column key. */
export interface CsvRecord<C extends string> {
  line: number;
  value(column: C): string;
}

/**
 * Reads a CSV file as people export it: Excel's UTF-8 BOM, quoted fields with commas and line breaks,
 * headers in Chinese or English in any order (`columns` names each key's accepted headers, the first
 * being the template's). A file that cannot be read, or lacks a required column, is refused whole.
 */
export function readCsvTable<C extends string>(csv: string, columns: Record<C, readonly string[]>, required: readonly NoInfer<C>[]): CsvRecord<C>[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new DomainError('BAD_USER_INPUT', `the file is not valid CSV: ${(error as Error).message}`, {
      issues: [{ field: 'input.csv', reason: 'invalid_csv', message: (error as Error).message }],
    });
  }
  const [header = [], ...body] = records;
  const index: Partial<Record<C, number>> = {};
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    const key = (Object.keys(columns) as C[]).find((c) => columns[c].some((n) => n.toLowerCase() === name));
    if (key) index[key] = i;
  });
  const missing = required.filter((c) => index[c] === undefined);
  if (missing.length) {
    const names = missing.map((c) => columns[c][0]).join('、');
    throw new DomainError('BAD_USER_INPUT', `the header has no column ${names}`, { issues: [{ field: 'input.csv', reason: 'missing_columns', message: `missing columns: ${names}` }] });
  }
  return body.map((record, i) => ({ line: i + 2, value: (c: C) => (index[c] === undefined ? '' : (record[index[c]!] ?? '').trim()) }));
}
