import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** Bulk onboarding: customer import jobs with their file, progress and per-row errors. */
export class Migration20261124020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.import_job (
      id uuid primary key,
      tenant_id uuid not null,
      file_name text not null,
      csv text not null,
      status text not null,
      total_rows integer not null,
      processed_rows integer not null,
      imported_rows integer not null,
      failed_rows integer not null,
      customers_created integer not null,
      customers_updated integer not null,
      next_group integer not null,
      errors jsonb not null,
      created_by text not null,
      created_at timestamptz not null,
      heartbeat_at timestamptz not null,
      finished_at timestamptz
    )`);
    this.addSql(`create index import_job_recent on intake.import_job (tenant_id, created_at desc)`);
    for (const sql of tenantRlsSql('intake.import_job')) this.addSql(sql);
  }
}
