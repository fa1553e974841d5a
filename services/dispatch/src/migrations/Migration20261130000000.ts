import { Migration, tenantRlsSql } from '@shouhou/persistence';

/**
 * The visit itself: what the technician needs to reach the customer, appointments and their changes,
 * the service report, parts lines, charges accepted, the customer's confirmation and signature, depot
 * records, dispatch settings (lead, depot week, price list) and escalations of breached clocks.
 */
export class Migration20261130000000 extends Migration {
  override async up(): Promise<void> {
    const visitFacts = `add column customer_phone text not null default '',
      add column address text,
      add column serial_number text not null default '',
      add column problem_description text not null default '',
      add column warranty_status text not null default 'UNKNOWN'`;
    this.addSql(`alter table dispatch.queue_entry ${visitFacts}`);
    this.addSql(`alter table dispatch.work_order ${visitFacts},
      add column visits integer not null default 0,
      add column completed_at timestamptz,
      add column report jsonb,
      add column charges_accepted_at timestamptz,
      add column charges_accepted_total integer,
      add column charges_accepted_by text,
      add column confirmation_status text,
      add column confirmation_method text,
      add column confirmed_at timestamptz,
      add column confirmation_comment text,
      add column depot jsonb,
      add column waiting_parts_since timestamptz,
      add column expected_parts jsonb not null default '[]'`);
    // Pauses credited to a clock (customer reschedules, waiting for parts), kept through new commitments.
    this.addSql(`alter table dispatch.deadline add column credited_ms bigint not null default 0`);
    // KPIs read completed work by period.
    this.addSql(`create index work_order_completed on dispatch.work_order (tenant_id, completed_at) where completed_at is not null`);
    this.addSql(`create index work_order_of_serial on dispatch.work_order (tenant_id, serial_number, completed_at) where serial_number <> ''`);

    this.addSql(`create table dispatch.appointment (
      work_order_id uuid primary key references dispatch.work_order (id),
      tenant_id uuid not null,
      status text not null check (status in ('PROPOSED', 'CONFIRMED')),
      proposed jsonb not null default '[]',
      confirmed_start timestamptz,
      confirmed_end timestamptz,
      confirmed_by text,
      confirmed_at timestamptz,
      credited_until timestamptz,
      updated_at timestamptz not null
    )`);
    for (const sql of tenantRlsSql('dispatch.appointment')) this.addSql(sql);
    this.addSql(`create table dispatch.appointment_change (
      id uuid primary key,
      tenant_id uuid not null,
      work_order_id uuid not null references dispatch.work_order (id),
      at timestamptz not null,
      by text not null,
      from_start timestamptz,
      from_end timestamptz,
      to_start timestamptz not null,
      to_end timestamptz not null,
      cause text not null,
      reason text not null,
      paused_minutes integer not null
    )`);
    this.addSql(`create index appointment_change_of on dispatch.appointment_change (tenant_id, work_order_id, at)`);
    for (const sql of tenantRlsSql('dispatch.appointment_change')) this.addSql(sql);

    this.addSql(`create table dispatch.part_line (
      id uuid primary key,
      tenant_id uuid not null,
      work_order_id uuid not null references dispatch.work_order (id),
      sku text not null,
      name text not null,
      quantity integer not null check (quantity > 0),
      unit_price integer not null check (unit_price >= 0),
      source text not null,
      reservation text not null default 'PENDING',
      reservation_at timestamptz,
      added_by text not null,
      added_at timestamptz not null
    )`);
    this.addSql(`create index part_line_of on dispatch.part_line (tenant_id, work_order_id, added_at)`);
    for (const sql of tenantRlsSql('dispatch.part_line')) this.addSql(sql);

    // Kept apart from the work order: tens of kilobytes that lists and events never need.
    this.addSql(`create table dispatch.signature (
      work_order_id uuid primary key references dispatch.work_order (id),
      tenant_id uuid not null,
      image text not null,
      signer_name text,
      signed_at timestamptz not null
    )`);
    for (const sql of tenantRlsSql('dispatch.signature')) this.addSql(sql);

    this.addSql(`create table dispatch.settings (
      tenant_id uuid primary key,
      settings jsonb not null,
      updated_by text not null,
      updated_at timestamptz not null
    )`);
    for (const sql of tenantRlsSql('dispatch.settings')) this.addSql(sql);

    this.addSql(`create table dispatch.escalation (
      id uuid primary key,
      tenant_id uuid not null,
      work_order_id uuid not null references dispatch.work_order (id),
      deadline_id uuid not null,
      commitment text not null,
      due_at timestamptz not null,
      lead_user_id text,
      lead_name text,
      raised_at timestamptz not null,
      acknowledged_at timestamptz,
      acknowledged_by text,
      note text,
      unique (tenant_id, deadline_id)
    )`);
    this.addSql(`create index escalation_open on dispatch.escalation (tenant_id, raised_at) where acknowledged_at is null`);
    for (const sql of tenantRlsSql('dispatch.escalation')) this.addSql(sql);
  }
}
