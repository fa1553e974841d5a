import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ImportJob, ImportRowError, TenantContext } from '@shouhou/contracts';
import { inTenantTransaction, newId } from '@shouhou/persistence';
import { groupByCustomer, readCustomerCsv, type CustomerGroup } from './csv-rows';
import { mergeCustomer } from './merge';

/** Customers per transaction: small enough for steady progress, large enough not to crawl. */
const CHUNK = 100;
/** A running job nobody has advanced for this long was left by a stopped process: resume it. */
const STALE_MS = 30_000;
const MAX_ERRORS = 5_000;

interface JobRow {
  id: string;
  file_name: string;
  csv: string;
  status: ImportJob['status'];
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  failed_rows: number;
  customers_created: number;
  customers_updated: number;
  next_group: number;
  errors: ImportRowError[];
  created_at: Date;
  heartbeat_at: Date;
  finished_at: Date | null;
}

/**
 * Customer import jobs. The file is checked at once (a bad row is reported, never half imported),
 * then customers are merged chunk by chunk, each chunk one transaction that also advances the job:
 * a process that stops mid-way leaves a job that the next look at it resumes where it stood.
 */
@Injectable()
export class CustomerImports {
  private readonly running = new Set<string>();
  private readonly parsed = new Map<string, CustomerGroup[]>();

  constructor(private readonly orm: MikroORM) {}

  async start(ctx: TenantContext, input: { fileName: string; csv: string }): Promise<ImportJob> {
    const { rows, errors, total } = readCustomerCsv(input.csv);
    const id = newId();
    const job = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      await em.execute(
        `insert into intake.import_job (id, tenant_id, file_name, csv, status, total_rows, processed_rows, imported_rows, failed_rows, customers_created,
           customers_updated, next_group, errors, created_by, created_at, heartbeat_at)
         values (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0, 0, ?, ?, now(), now())`,
        [id, ctx.tenantId, input.fileName, input.csv, rows.length ? 'RUNNING' : 'DONE', total, errors.length, errors.length, JSON.stringify(errors.slice(0, MAX_ERRORS)), ctx.actorId],
      );
      if (!rows.length) await em.execute(`update intake.import_job set finished_at = now() where id = ?`, [id]);
      return this.read(em, id);
    });
    this.parsed.set(id, groupByCustomer(rows));
    if (job!.status === 'RUNNING') this.advance(ctx, id);
    return job!;
  }

  async get(ctx: TenantContext, id: string): Promise<ImportJob | null> {
    const job = await inTenantTransaction(this.orm, ctx.tenantId, (em) => this.read(em, id));
    if (job?.status === 'RUNNING' && !this.running.has(id)) {
      const [row]: { stale: boolean }[] = await inTenantTransaction(this.orm, ctx.tenantId, (em) =>
        em.execute(`select heartbeat_at < now() - make_interval(secs => ?) as stale from intake.import_job where id = ?`, [STALE_MS / 1000, id]),
      );
      if (row?.stale) this.advance(ctx, id);
    }
    return job;
  }

  /** Works the job off chunk by chunk in the background; failures mark the job FAILED. */
  private advance(ctx: TenantContext, id: string) {
    if (this.running.has(id)) return;
    this.running.add(id);
    void (async () => {
      try {
        while (await this.nextChunk(ctx, id));
      } catch (error) {
        await inTenantTransaction(this.orm, ctx.tenantId, (em) =>
          em.execute(`update intake.import_job set status = 'FAILED', finished_at = now(), errors = errors || ?::jsonb where id = ?`, [
            JSON.stringify([{ line: 0, column: null, reason: 'internal', message: (error as Error).message }]),
            id,
          ]),
        ).catch(() => undefined);
      } finally {
        this.running.delete(id);
        this.parsed.delete(id);
      }
    })();
  }

  /** One chunk in one transaction; false when the job is finished (or another process holds it). */
  private async nextChunk(ctx: TenantContext, id: string): Promise<boolean> {
    return inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const [job]: JobRow[] = await em.execute(`select * from intake.import_job where id = ? and status = 'RUNNING' for update skip locked`, [id]);
      if (!job) return false;
      let groups = this.parsed.get(id);
      if (!groups) {
        groups = groupByCustomer(readCustomerCsv(job.csv).rows);
        this.parsed.set(id, groups);
      }
      const chunk = groups.slice(job.next_group, job.next_group + CHUNK);
      const at = new Date();
      const tally = { processed: 0, imported: 0, created: 0, updated: 0, errors: [] as ImportRowError[] };
      for (const group of chunk) {
        await em.execute('savepoint import_customer');
        const result = await mergeCustomer(em, ctx, group, at);
        // A customer none of whose rows could be imported is not created either.
        await em.execute(result.importedRows === 0 ? 'rollback to savepoint import_customer' : 'release savepoint import_customer');
        tally.processed += group.rows.length;
        tally.imported += result.importedRows;
        tally.errors.push(...result.errors);
        if (result.importedRows > 0) tally[result.created ? 'created' : 'updated']++;
      }
      const done = job.next_group + chunk.length >= groups.length;
      await em.execute(
        `update intake.import_job set next_group = next_group + ?, processed_rows = processed_rows + ?, imported_rows = imported_rows + ?,
           failed_rows = failed_rows + ?, customers_created = customers_created + ?, customers_updated = customers_updated + ?,
           errors = case when jsonb_array_length(errors) < ? then errors || ?::jsonb else errors end,
           heartbeat_at = now(), status = ?, finished_at = case when ? then now() end where id = ?`,
        [chunk.length, tally.processed, tally.imported, tally.errors.length, tally.created, tally.updated, MAX_ERRORS, JSON.stringify(tally.errors), done ? 'DONE' : 'RUNNING', done, id],
      );
      return !done;
    });
  }

  private async read(em: { execute: (sql: string, params?: unknown[]) => Promise<unknown> }, id: string): Promise<ImportJob | null> {
    const [r] = (await em.execute(`select * from intake.import_job where id = ?`, [id])) as JobRow[];
    if (!r) return null;
    return {
      id: r.id,
      fileName: r.file_name,
      status: r.status,
      totalRows: r.total_rows,
      processedRows: r.processed_rows,
      importedRows: r.imported_rows,
      failedRows: r.failed_rows,
      customersCreated: r.customers_created,
      customersUpdated: r.customers_updated,
      errors: [...r.errors].sort((a, b) => a.line - b.line),
      createdAt: new Date(r.created_at).toISOString(),
      finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    };
  }
}
