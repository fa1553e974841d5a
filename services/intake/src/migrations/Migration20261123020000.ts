import { Migration, tenantRlsSql } from '@shouhou/persistence';
import { deadlineTableSql } from '@shouhou/messaging';

/** First-response deadlines: the tenants' commitments as a read model, the deadlines and their audit. */
export class Migration20261123020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table intake.tenant_commitments (
      tenant_id uuid primary key,
      version integer not null,
      policy jsonb not null,
      calendar jsonb not null,
      national jsonb not null,
      updated_at timestamptz not null
    )`);
    for (const sql of tenantRlsSql('intake.tenant_commitments')) this.addSql(sql);
    this.addSql(`alter table intake.service_request add column first_response_due_at timestamptz`);
    for (const sql of deadlineTableSql('intake')) this.addSql(sql);
  }
}
