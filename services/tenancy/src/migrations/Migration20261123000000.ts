import { Migration, CURRENT_TENANT_SQL } from '@shouhou/persistence';
import { outboxTableSql } from '@shouhou/messaging';

/** The tenant registry and the outbox. */
export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table tenancy.tenant (
      id uuid primary key,
      code text not null constraint tenant_code_unique unique,
      name text not null,
      keycloak_organization_id text not null constraint tenant_keycloak_organization_id_unique unique,
      status text not null check (status in ('ACTIVE', 'SUSPENDED')),
      time_zone text not null,
      created_at timestamptz not null,
      suspended_at timestamptz,
      suspension_reason text
    )`);
    this.addSql(`alter table tenancy.tenant enable row level security`);
    this.addSql(`alter table tenancy.tenant force row level security`);
    // A tenant sees its own row; the platform scope (operator, token lookup) sees all.
    this.addSql(`create policy tenant_self on tenancy.tenant using (id = ${CURRENT_TENANT_SQL})`);
    this.addSql(`create policy platform_scope on tenancy.tenant using (current_setting('app.scope', true) = 'platform')`);
    for (const sql of outboxTableSql('tenancy')) this.addSql(sql);
  }
}
