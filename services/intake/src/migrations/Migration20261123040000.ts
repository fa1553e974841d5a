import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** Customers, found again by any of their phone numbers, and the requests linked to them. */
export class Migration20261123040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.customer (
      id uuid primary key,
      tenant_id uuid not null,
      name text not null,
      created_at timestamptz not null
    )`);
    for (const sql of tenantRlsSql('intake.customer')) this.addSql(sql);
    this.addSql(`create table intake.customer_phone (
      tenant_id uuid not null,
      phone text not null,
      -- Deferred: the phone is claimed first (that decides who the caller is), the customer row follows.
      customer_id uuid not null references intake.customer (id) deferrable initially deferred,
      display text not null,
      primary key (tenant_id, phone)
    )`);
    for (const sql of tenantRlsSql('intake.customer_phone')) this.addSql(sql);
    this.addSql(`alter table intake.service_request add column customer_id uuid references intake.customer (id)`);
    this.addSql(`create index service_request_by_customer on intake.service_request (tenant_id, customer_id, created_at desc)`);
  }
}
