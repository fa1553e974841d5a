import { Migration, tenantRlsSql } from '@shouhou/persistence';

/**
 * Customers' profiles (kind, contact, e-mail, addresses with a region code, products they own), the
 * product catalog, and on each request: priority, emergency, address and tier, and the warranty decision.
 */
export class Migration20261124000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table intake.tenant_commitments add column regions jsonb`);
    this.addSql(`alter table intake.customer
      add column kind text not null default 'PERSON',
      add column contact_person text not null default '',
      add column email text,
      add column note text not null default '',
      add column updated_at timestamptz`);
    this.addSql(`create index customer_by_email on intake.customer (tenant_id, email) where email is not null`);
    this.addSql(`create table intake.customer_address (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null references intake.customer (id) on delete cascade,
      position integer not null,
      label text not null,
      division_code text not null,
      detail text not null
    )`);
    this.addSql(`create index customer_address_of on intake.customer_address (tenant_id, customer_id, position)`);
    for (const sql of tenantRlsSql('intake.customer_address')) this.addSql(sql);
    this.addSql(`create table intake.customer_product (
      id uuid primary key,
      tenant_id uuid not null,
      customer_id uuid not null references intake.customer (id) on delete cascade,
      position integer not null,
      product_model text not null,
      serial_number text not null,
      purchase_date date,
      invoice_number text not null,
      seller text not null
    )`);
    this.addSql(`create index customer_product_of on intake.customer_product (tenant_id, customer_id, position)`);
    // A serial number is one physical product: it belongs to one customer at a time.
    this.addSql(`create unique index customer_product_serial on intake.customer_product (tenant_id, serial_number) where serial_number <> ''`);
    for (const sql of tenantRlsSql('intake.customer_product')) this.addSql(sql);
    this.addSql(`create table intake.product_model (
      id uuid primary key,
      tenant_id uuid not null,
      model text not null,
      name text not null,
      brand text not null,
      product_category text not null,
      active boolean not null,
      updated_at timestamptz not null,
      unique (tenant_id, model)
    )`);
    for (const sql of tenantRlsSql('intake.product_model')) this.addSql(sql);
    this.addSql(`alter table intake.service_request
      add column priority text not null default 'NORMAL',
      add column emergency boolean not null default false,
      add column customer_email text,
      add column division_code text,
      add column address text,
      add column region_tier text,
      add column purchase_date date,
      add column warranty jsonb`);
    this.addSql(`create index service_request_by_serial on intake.service_request (tenant_id, serial_number) where serial_number <> ''`);
  }
}
