import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** Technicians, work orders and their steps; the queue keeps what assessment needs from the request. */
export class Migration20261124000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table dispatch.queue_entry
      add column division_code text,
      add column region_tier text,
      add column priority text not null default 'NORMAL',
      add column emergency boolean not null default false,
      add column product_category text`);
    this.addSql(`create table dispatch.technician (
      id uuid primary key,
      tenant_id uuid not null,
      user_id text not null,
      name text not null,
      phone text not null,
      skills text[] not null,
      regions text[] not null,
      home_lat double precision not null,
      home_lng double precision not null,
      daily_capacity integer not null,
      status text not null,
      updated_at timestamptz not null,
      unique (tenant_id, user_id)
    )`);
    for (const sql of tenantRlsSql('dispatch.technician')) this.addSql(sql);
    this.addSql(`create table dispatch.work_order (
      id uuid primary key,
      tenant_id uuid not null,
      service_request_id uuid not null,
      request_number text not null,
      customer_name text not null,
      product_model text not null,
      category text not null,
      skill text not null,
      division_code text,
      region_tier text,
      lat double precision,
      lng double precision,
      visit_type text not null,
      complexity text not null,
      emergency boolean not null,
      status text not null,
      technician_id uuid references dispatch.technician (id),
      assignment jsonb,
      excluded_technician_ids uuid[] not null default '{}',
      version integer not null,
      assessed_at timestamptz not null,
      assessed_by text not null,
      updated_at timestamptz not null,
      unique (tenant_id, service_request_id)
    )`);
    this.addSql(`create index work_order_to_assign on dispatch.work_order (tenant_id, status, emergency desc, assessed_at)`);
    this.addSql(`create index work_order_of_technician on dispatch.work_order (tenant_id, technician_id, status)`);
    for (const sql of tenantRlsSql('dispatch.work_order')) this.addSql(sql);
    this.addSql(`create table dispatch.work_order_event (
      id uuid primary key,
      tenant_id uuid not null,
      work_order_id uuid not null references dispatch.work_order (id),
      action text not null,
      from_status text,
      to_status text not null,
      actor_id text not null,
      technician_id uuid,
      note text,
      lat double precision,
      lng double precision,
      at timestamptz not null
    )`);
    this.addSql(`create index work_order_event_timeline on dispatch.work_order_event (tenant_id, work_order_id, at)`);
    for (const sql of tenantRlsSql('dispatch.work_order_event')) this.addSql(sql);
  }
}
