import type { MikroORM } from '@mikro-orm/postgresql';
import type { ImportJobProgress, ImportRowError, TenantContext } from '@shouhou/contracts';
import { inTenantTransaction, newId, type TenantEntityManager } from '@shouhou/persistence';

/** Units (a customer's rows, a part's row) per transaction: steady progress without crawling. */
const CHUNK = 100;
/** A running job nobody has advanced for this long was left by a stopped process: resume it. */
const STALE_MS = 30_000;
const MAX_ERRORS = 5_000;

/** What a service imports: how a file becomes units, and how one unit is applied. */
export interface ImportKind<U> {
  /** The service's schema, holding its `import_job` table. */
  schema: string;
  /** Extra integer columns of the job table a unit's result adds to (customers_created, …). */
  counters?: readonly string[];
  /** The whole file checked at once: the units to import, the rows refused, and how many rows there were. */
  read(csv: string): { units: U[]; errors: ImportRowError[]; total: number };
  /** How many CSV rows a unit covers (for progress). */
  rows(unit: U): number;
  /** Applies one unit under a savepoint; a unit that imports no row is rolled back whole. */
  apply(em: TenantEntityManager, ctx: TenantContext, unit: U): Promise<{ imported: number; errors: ImportRowError[]; counts?: Record<string, number> }>;
}

export interface ImportJobRow {
  id: string;
  file_name: string;
  csv: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  failed_rows: number;
  next_group: number;
  errors: ImportRowError[];
  created_at: Date;
  finished_at: Date | null;
  [counter: string]: unknown;
}

/**
 * Import jobs. The file is checked at once (a bad row is reported, never half imported), then units
 * are applied chunk by chunk, each chunk one transaction that also advances the job: a process that
 * stops mid-way leaves a job that the next look at it resumes where it stood.
 */
export class ImportJobs<U> {
  private readonly running = new Set<string>();
  private readonly parsed = new Map<string, U[]>();

  constructor(
    private readonly orm: MikroORM,
    private readonly kind: ImportKind<U>,
  ) {}

  private get table() {
    return `${this.kind.schema}.import_job`;
  }

  async start(ctx: TenantContext, input: { fileName: string; csv: string }): Promise<ImportJobRow> {
    const { units, errors, total } = this.kind.read(input.csv);
    const id = newId();
    const job = await inTenantTransaction(this.orm, ctx.tenantId, async (em) => {
      const counters = (this.kind.counters ?? []).map((c) => `, ${c}`).join('');
      const zeros = (this.kind.counters ?? []).map(() => ', 0').join('');
      await em.execute(
        `insert into ${this.table} (id, tenant_id, file_name, csv, status, total_rows, processed_rows, imported_rows, failed_rows, next_group, errors, created_by, created_at, heartbeat_at, finished_at${counters})
         values (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, now(), now(), ?${zeros})`,
        [id, ctx.tenantId, input.fileName, input.csv, units.length ? 'RUNNING' : 'DONE', total, errors.length, errors.length, JSON.stringify(errors.slice(0, MAX_ERRORS)), ctx.actorId, units.length ? null : new Date()],
      );
      return this.read(em, id);
    });
    this.parsed.set(id, units);
    if (job!.status === 'RUNNING') this.advance(ctx, id);
    return job!;
  }

  async get(ctx: TenantContext, id: string): Promise<ImportJobRow | null> {
    const job = await inTenantTransaction(this.orm, ctx.tenantId, (em) => this.read(em, id));
    if (job?.status === 'RUNNING' && !this.running.has(id)) {
      const [row]: { stale: boolean }[] = await inTenantTransaction(this.orm, ctx.tenantId, (em) =>
        em.execute(`select heartbeat_at < now() - make_interval(secs => ?) as stale from ${this.table} where id = ?`, [STALE_MS / 1000, id]),
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
          em.execute(`update ${this.table} set status = 'FAILED', finished_at = now(), errors = errors || ?::jsonb where id = ?`, [
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
      const [job]: ImportJobRow[] = await em.execute(`select * from ${this.table} where id = ? and status = 'RUNNING' for update skip locked`, [id]);
      if (!job) return false;
      let units = this.parsed.get(id);
      if (!units) {
        units = this.kind.read(job.csv).units;
        this.parsed.set(id, units);
      }
      const chunk = units.slice(job.next_group, job.next_group + CHUNK);
      const tally = { processed: 0, imported: 0, errors: [] as ImportRowError[], counts: Object.fromEntries((this.kind.counters ?? []).map((c) => [c, 0])) as Record<string, number> };
      for (const unit of chunk) {
        await em.execute('savepoint import_unit');
        const result = await this.kind.apply(em, ctx, unit);
        await em.execute(result.imported === 0 ? 'rollback to savepoint import_unit' : 'release savepoint import_unit');
        tally.processed += this.kind.rows(unit);
        tally.imported += result.imported;
        tally.errors.push(...result.errors);
        if (result.imported > 0) for (const [c, n] of Object.entries(result.counts ?? {})) tally.counts[c] += n;
      }
      const done = job.next_group + chunk.length >= units.length;
      const counters = Object.keys(tally.counts).map((c) => `, ${c} = ${c} + ?`).join('');
      await em.execute(
        `update ${this.table} set next_group = next_group + ?, processed_rows = processed_rows + ?, imported_rows = imported_rows + ?, failed_rows = failed_rows + ?${counters},
           errors = case when jsonb_array_length(errors) < ? then errors || ?::jsonb else errors end,
           heartbeat_at = now(), status = ?, finished_at = case when ? then now() end where id = ?`,
        [chunk.length, tally.processed, tally.imported, tally.errors.length, ...Object.values(tally.counts), MAX_ERRORS, JSON.stringify(tally.errors), done ? 'DONE' : 'RUNNING', done, id],
      );
      return !done;
    });
  }

  private async read(em: TenantEntityManager, id: string): Promise<ImportJobRow | null> {
    const [r]: ImportJobRow[] = await em.execute(`select * from ${this.table} where id = ?`, [id]);
    return r ? { ...r, errors: [...r.errors].sort((a, b) => a.line - b.line) } : null;
  }
}

/** What every import job shows: progress and the rows left out. */
export function importJobProgress(r: ImportJobRow): ImportJobProgress {
  return {
    id: r.id,
    fileName: r.file_name,
    status: r.status,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    importedRows: r.imported_rows,
    failedRows: r.failed_rows,
    errors: r.errors,
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  };
}
