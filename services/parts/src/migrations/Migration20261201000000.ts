import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** The company's time zone, kept from tenancy's events: the days of reports and document numbers are its days. */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table parts.company (tenant_id uuid primary key, time_zone text not null)`);
    for (const sql of tenantRlsSql('parts.company')) this.addSql(sql);
  }
}
