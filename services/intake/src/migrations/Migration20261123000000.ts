import { Migration, tenantRlsSql } from '@shouhou/persistence';
import { inboxTableSql, outboxTableSql } from '@shouhou/messaging';

/** Service requests, their per-tenant day counters, and the outbox. */
export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.service_request (
      id uuid primary key,
      tenant_id uuid not null,
      number text not null,
      customer_name text not null,
      customer_phone text not null,
      product_model text not null,
      serial_number text not null default '',
      problem_description text not null,
      channel text not null,
      category text not null,
      status text not null,
      created_at timestamptz not null,
      created_by text not null,
      constraint service_request_number_unique unique (tenant_id, number)
    )`);
    this.addSql(`create index service_request_recent on intake.service_request (tenant_id, created_at desc, id desc)`);
    for (const sql of tenantRlsSql('intake.service_request')) this.addSql(sql);

    this.addSql(`create table intake.request_number_counter (
      tenant_id uuid not null,
      day text not null,
      last integer not null,
      primary key (tenant_id, day)
    )`);
    for (const sql of tenantRlsSql('intake.request_number_counter')) this.addSql(sql);

    for (const sql of outboxTableSql('intake')) this.addSql(sql);
    for (const sql of inboxTableSql('intake')) this.addSql(sql);
  }
}
