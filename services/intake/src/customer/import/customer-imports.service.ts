import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ImportJob, TenantContext } from '@shouhou/contracts';
import { importJobProgress, ImportJobs, type ImportJobRow } from '@shouhou/messaging';
import { groupByCustomer, readCustomerCsv, type CustomerGroup } from './csv-rows';
import { mergeCustomer } from './merge';

/**
 * Customer import jobs (ADR 13): a customer's rows are one unit, merged into the archive or not at
 * all; the job machinery (checked file, chunks, resumption) is the shared `ImportJobs`.
 */
@Injectable()
export class CustomerImports {
  private readonly jobs: ImportJobs<CustomerGroup>;

  constructor(orm: MikroORM) {
    this.jobs = new ImportJobs<CustomerGroup>(orm, {
      schema: 'intake',
      counters: ['customers_created', 'customers_updated'],
      read: (csv) => {
        const { rows, errors, total } = readCustomerCsv(csv);
        return { units: groupByCustomer(rows), errors, total };
      },
      rows: (group) => group.rows.length,
      apply: async (em, ctx, group) => {
        const result = await mergeCustomer(em, ctx, group, new Date());
        return { imported: result.importedRows, errors: result.errors, counts: { [result.created ? 'customers_created' : 'customers_updated']: 1 } };
      },
    });
  }

  async start(ctx: TenantContext, input: { fileName: string; csv: string }): Promise<ImportJob> {
    return toDto(await this.jobs.start(ctx, input));
  }

  async get(ctx: TenantContext, id: string): Promise<ImportJob | null> {
    const job = await this.jobs.get(ctx, id);
    return job && toDto(job);
  }
}

function toDto(r: ImportJobRow): ImportJob {
  return { ...importJobProgress(r), customersCreated: r.customers_created as number, customersUpdated: r.customers_updated as number };
}
