import { inboxTableSql, outboxTableSql } from '@shouhou/messaging';
import { Migration, tenantRlsSql } from '@shouhou/persistence';

/**
 * Parts inventory: catalog, locations (warehouses and vans), balances kept beside an append-only
 * ledger, reservations of work orders' part lines, defects, transfers, stocktakes, numbering and
 * import jobs.
 */
export class Migration20261130100000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of inboxTableSql('parts')) this.addSql(sql);
    for (const sql of outboxTableSql('parts')) this.addSql(sql);
    const table = (name: string, ddl: string) => {
      this.addSql(`create table parts.${name} (${ddl})`);
      for (const sql of tenantRlsSql(`parts.${name}`)) this.addSql(sql);
    };
    table('part', `id uuid primary key, tenant_id uuid not null, sku text not null, name text not null, unit text not null,
      compatible_models text[] not null default '{}', cost integer not null, price integer not null, serialised boolean not null,
      warranty_months integer not null, active boolean not null, average_cost numeric(16,4) not null default 0,
      created_at timestamptz not null, updated_at timestamptz not null, unique (tenant_id, sku)`);
    this.addSql(`create index part_search on parts.part (tenant_id, name)`);
    table('location', `id uuid primary key, tenant_id uuid not null, code text not null, name text not null,
      kind text not null check (kind in ('CENTRAL', 'REGIONAL', 'VAN')), technician_id uuid, technician_user_id text,
      stocktake_every_days integer, created_at timestamptz not null, unique (tenant_id, code), unique (tenant_id, technician_id)`);
    // What is where now: kept in step with the ledger in the same transaction; never negative.
    // sku and location code are copied (neither ever changes) so that lists page in their order by an index.
    table('stock_balance', `tenant_id uuid not null, part_id uuid not null references parts.part (id), location_id uuid not null references parts.location (id),
      sku text not null, location_code text not null, on_hand integer not null default 0, reserved integer not null default 0, in_transit integer not null default 0,
      reorder_point integer, reorder_quantity integer, low_since timestamptz,
      primary key (tenant_id, part_id, location_id),
      constraint stock_never_negative check (on_hand >= 0 and reserved >= 0 and reserved <= on_hand and in_transit >= 0)`);
    this.addSql(`create index stock_in_order on parts.stock_balance (tenant_id, sku, location_code)`);
    this.addSql(`create index stock_at_location on parts.stock_balance (tenant_id, location_id, sku)`);
    // The low-stock list: few rows at any time, found without reading every balance.
    this.addSql(`create index stock_low on parts.stock_balance (tenant_id, part_id) where reorder_point is not null and on_hand - reserved <= reorder_point`);
    table('movement', `id uuid primary key, tenant_id uuid not null, part_id uuid not null references parts.part (id),
      location_id uuid not null references parts.location (id), kind text not null, quantity integer not null, reserved_change integer not null,
      unit_cost numeric(16,4), actor_id text not null, reason text, source_type text not null, source_id text, source_line text,
      at timestamptz not null`);
    this.addSql(`create index movement_ledger on parts.movement (tenant_id, part_id, at desc, id desc)`);
    // A work order's event delivered twice moves stock once.
    this.addSql(`create unique index movement_once on parts.movement (tenant_id, source_type, source_id, source_line, kind) where source_line is not null`);
    // Append-only: history is corrected by new movements, never rewritten.
    this.addSql(`create function parts.movement_is_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the stock ledger is append-only'; end $$`);
    this.addSql(`create trigger movement_append_only before update or delete on parts.movement for each statement execute function parts.movement_is_append_only()`);
    table('work_order', `id uuid primary key, tenant_id uuid not null, request_number text not null, product_model text not null,
      serial_number text not null, technician_id uuid, status text not null, version integer not null`);
    table('reservation', `id uuid primary key, tenant_id uuid not null, work_order_id uuid not null references parts.work_order (id),
      line_id uuid not null, part_id uuid references parts.part (id), sku text not null, quantity integer not null,
      location_id uuid references parts.location (id), state text not null, generation integer not null default 0, updated_at timestamptz not null, unique (tenant_id, line_id)`);
    this.addSql(`create index reservation_of on parts.reservation (tenant_id, work_order_id)`);
    table('defect', `id uuid primary key, tenant_id uuid not null, part_id uuid not null references parts.part (id),
      work_order_id uuid not null references parts.work_order (id), location_id uuid references parts.location (id), cause text not null,
      quantity integer not null, part_serial text, note text, actor_id text not null, returned_at timestamptz not null`);
    this.addSql(`create index defect_by_time on parts.defect (tenant_id, returned_at)`);
    table('transfer', `id uuid primary key, tenant_id uuid not null, number text not null, from_location_id uuid not null references parts.location (id),
      to_location_id uuid not null references parts.location (id), state text not null, lines jsonb not null, reason text,
      requested_by text not null, requested_at timestamptz not null, shipped_at timestamptz, received_at timestamptz, unique (tenant_id, number)`);
    table('stocktake', `id uuid primary key, tenant_id uuid not null, number text not null, location_id uuid not null references parts.location (id),
      state text not null, blind boolean not null, started_at timestamptz not null, started_by text not null, submitted_at timestamptz,
      approved_at timestamptz, approved_by text, note text, due_at timestamptz, unique (tenant_id, number)`);
    // One count at a time per location.
    this.addSql(`create unique index stocktake_one_open on parts.stocktake (tenant_id, location_id) where state in ('COUNTING', 'SUBMITTED')`);
    table('stocktake_line', `stocktake_id uuid not null references parts.stocktake (id), tenant_id uuid not null, part_id uuid not null references parts.part (id),
      expected integer not null, unit_cost numeric(16,4) not null, counted integer, counted_by text, counted_at timestamptz, primary key (stocktake_id, part_id)`);
    table('document_counter', `tenant_id uuid not null, prefix text not null, day text not null, last integer not null, primary key (tenant_id, prefix, day)`);
    table('import_job', `id uuid primary key, tenant_id uuid not null, file_name text not null, csv text not null, status text not null,
      total_rows integer not null, processed_rows integer not null, imported_rows integer not null, failed_rows integer not null,
      next_group integer not null, errors jsonb not null, created_by text not null, created_at timestamptz not null,
      heartbeat_at timestamptz not null, finished_at timestamptz`);
  }
}
