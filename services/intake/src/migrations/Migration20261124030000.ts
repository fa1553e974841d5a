import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** The service archive's entries from other services' events, by customer and serial number. */
export class Migration20261124030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.archive_entry (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid,
      serial_number text not null,
      request_id uuid,
      source text not null,
      kind text not null,
      summary text not null,
      at timestamptz not null
    )`);
    this.addSql(`create index archive_entry_by_customer on intake.archive_entry (tenant_id, customer_id, at desc)`);
    this.addSql(`create index archive_entry_by_serial on intake.archive_entry (tenant_id, serial_number, at desc) where serial_number <> ''`);
    for (const sql of tenantRlsSql('intake.archive_entry')) this.addSql(sql);
  }
}
