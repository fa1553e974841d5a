import { Migration, tenantRlsSql } from '@shouhou/persistence';
import { inboxTableSql, outboxTableSql } from '@shouhou/messaging';

/** The dispatch queue (a read model of intake's requests), the inbox and the outbox. */
export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table dispatch.queue_entry (
      id uuid primary key,
      tenant_id uuid not null,
      service_request_id uuid not null,
      request_number text not null,
      customer_name text not null,
      product_model text not null,
      channel text not null,
      category text not null,
      state text not null,
      requested_at timestamptz not null,
      queued_at timestamptz not null,
      constraint queue_entry_request_unique unique (tenant_id, service_request_id)
    )`);
    this.addSql(`create index queue_entry_waiting on dispatch.queue_entry (tenant_id, state, requested_at, id)`);
    for (const sql of tenantRlsSql('dispatch.queue_entry')) this.addSql(sql);
    for (const sql of inboxTableSql('dispatch')) this.addSql(sql);
    for (const sql of outboxTableSql('dispatch')) this.addSql(sql);
  }
}
