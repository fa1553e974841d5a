import { Migration, tenantRlsSql } from '@shouhou/persistence';

/** The request lifecycle: when the first response was given, and every step in a timeline. */
export class Migration20261123030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table intake.service_request add column acknowledged_at timestamptz`);
    this.addSql(`create table intake.request_event (
      id uuid primary key,
      tenant_id uuid not null,
      request_id uuid not null references intake.service_request (id),
      action text not null,
      from_status text,
      to_status text not null,
      actor_id text not null,
      note text,
      at timestamptz not null
    )`);
    this.addSql(`create index request_event_timeline on intake.request_event (tenant_id, request_id, at)`);
    for (const sql of tenantRlsSql('intake.request_event')) this.addSql(sql);
  }
}
