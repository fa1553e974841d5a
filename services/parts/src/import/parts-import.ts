import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { PARTS_IMPORT_COLUMNS, PartInput, type ImportRowError, type PartsImportColumn, type TenantContext } from '@shouhou/contracts';
import { importJobProgress, ImportJobs, readCsvTable } from '@shouhou/messaging';
import type { TenantEntityManager } from '@shouhou/persistence';
import type { z } from 'zod';
import { savePart } from '../catalog/parts-catalog';
import { serveBackorders } from '../reservation/work-order-parts';
import { blendAverageCost, move } from '../stock/ledger';
import { setLevel } from '../stock/stock';

/** One checked row: a part, and optionally its opening balance and reorder level at a location. */
export interface PartRow {
  line: number;
  part: z.output<typeof PartInput>;
  location: string | null;
  quantity: number | null;
  reorderPoint: number | null;
  reorderQuantity: number | null;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const yuan = (v: string) => (v === '' ? NaN : Math.round(Number(v.replace(/[¥,，]/g, '')) * 100));
const whole = (v: string) => (v === '' ? null : Number(v));

/**
 * 配件目录与期初库存导入: a CSV of parts (Chinese or English headers; prices in yuan), each row
 * optionally with an opening quantity at a location (by its code) and a reorder level there.
 */
export function readPartsCsv(csv: string): { units: PartRow[]; errors: ImportRowError[]; total: number } {
  const records = readCsvTable(csv, PARTS_IMPORT_COLUMNS, ['sku', 'name']);
  const units: PartRow[] = [];
  const errors: ImportRowError[] = [];
  for (const r of records) {
    const before = errors.length;
    // One problem per cell is enough to fix it.
    const fail = (column: PartsImportColumn, reason: string, message: string) => {
      const name = PARTS_IMPORT_COLUMNS[column][0];
      if (!errors.slice(before).some((e) => e.column === name)) errors.push({ line: r.line, column: name, reason, message });
    };
    const parsed = PartInput.safeParse({
      sku: r.value('sku'),
      name: r.value('name'),
      unit: r.value('unit') || undefined,
      compatibleModels: r.value('compatibleModels').split(/[;；/]/).map((m) => m.trim()).filter(Boolean),
      cost: yuan(r.value('cost') || '0'),
      price: yuan(r.value('price') || '0'),
      serialised: YES.has(r.value('serialised').toLowerCase()),
      warrantyMonths: whole(r.value('warrantyMonths')) ?? 0,
    });
    if (!parsed.success) for (const issue of parsed.error.issues) fail(issue.path[0] as PartsImportColumn, issue.code, issue.message);
    const quantity = whole(r.value('quantity'));
    const reorderPoint = whole(r.value('reorderPoint'));
    const reorderQuantity = whole(r.value('reorderQuantity'));
    for (const [column, n] of [['quantity', quantity], ['reorderPoint', reorderPoint], ['reorderQuantity', reorderQuantity]] as const) {
      if (n !== null && (!Number.isInteger(n) || n < 0 || n > 1_000_000)) fail(column, 'invalid', `${r.value(column)} is not a whole number from 0 to 1,000,000`);
    }
    const location = r.value('location') || null;
    if ((quantity !== null || reorderPoint !== null) && !location) fail('location', 'required', 'an opening quantity or reorder point needs the location code');
    if ((reorderPoint === null) !== (reorderQuantity === null)) fail('reorderQuantity', 'incomplete', 'give both the reorder point and the reorder quantity, or neither');
    if (errors.length === before && parsed.success) units.push({ line: r.line, part: parsed.data, location, quantity, reorderPoint, reorderQuantity });
  }
  return { units, errors, total: records.length };
}

/** Imports a row whole: the part, its opening receipt at its cost, its reorder level. */
async function applyRow(em: TenantEntityManager, ctx: TenantContext, row: PartRow) {
  const [location]: { id: string }[] = row.location ? await em.execute(`select id from parts.location where code = ?`, [row.location]) : [];
  if (row.location && !location) {
    return { imported: 0, errors: [{ line: row.line, column: PARTS_IMPORT_COLUMNS.location[0], reason: 'unknown', message: `no location ${row.location}` }] };
  }
  const part = await savePart(em, ctx, row.part);
  if (location && row.quantity) {
    await blendAverageCost(em, part.id, row.quantity, row.part.cost);
    // An opening balance is posted once per part and location: importing the file again does not double it.
    const opened = await move(em, ctx, { partId: part.id, locationId: location.id, kind: 'RECEIPT', quantity: row.quantity, unitCost: row.part.cost, reason: 'opening balance', source: { type: 'IMPORT', id: location.id, line: part.id } });
    if (!opened) {
      return { imported: 0, errors: [{ line: row.line, column: PARTS_IMPORT_COLUMNS.quantity[0], reason: 'already_opened', message: `${row.part.sku} already has an opening balance at ${row.location}: receive or adjust stock instead` }] };
    }
    await serveBackorders(em, ctx, part.id, location.id);
  }
  if (location && row.reorderPoint !== null) {
    await setLevel(em, ctx, part.id, location.id, row.reorderPoint, row.reorderQuantity);
  }
  return { imported: 1, errors: [] };
}

@Injectable()
export class PartsImports {
  private readonly jobs: ImportJobs<PartRow>;

  constructor(orm: MikroORM) {
    this.jobs = new ImportJobs<PartRow>(orm, { schema: 'parts', read: readPartsCsv, rows: () => 1, apply: applyRow });
  }

  async start(ctx: TenantContext, input: { fileName: string; csv: string }) {
    return importJobProgress(await this.jobs.start(ctx, input));
  }

  async get(ctx: TenantContext, id: string) {
    const job = await this.jobs.get(ctx, id);
    return job && importJobProgress(job);
  }
}
