import { Migration, CURRENT_TENANT_SQL } from '@shouhou/persistence';

/** Tenant settings, and the audit trail of what happened to each tenant and who did it. */
export class Migration20261123030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenancy.tenant
      add column display_name text,
      add column default_locale text not null default 'zh-CN' check (default_locale in ('zh-CN', 'en-US')),
      add column hotline text,
      add column logo_url text`);
    this.addSql(`create table tenancy.tenant_audit (
      id uuid primary key,
      tenant_id uuid not null references tenancy.tenant (id),
      action text not null,
      actor_id text not null,
      at timestamptz not null default now(),
      details jsonb not null default '{}'
    )`);
    this.addSql(`create index tenant_audit_by_tenant on tenancy.tenant_audit (tenant_id, at desc)`);
    this.addSql(`alter table tenancy.tenant_audit enable row level security`);
    this.addSql(`alter table tenancy.tenant_audit force row level security`);
    this.addSql(`create policy tenant_self on tenancy.tenant_audit using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL})`);
    this.addSql(`create policy platform_scope on tenancy.tenant_audit using (current_setting('app.scope', true) = 'platform')`);
  }
}
