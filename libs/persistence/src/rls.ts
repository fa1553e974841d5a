/**
 * SQL that turns on Row-Level Security for a tenant-owned table. FORCE makes it apply to the table
 * owner too; the policy reads the tenant that `inTenantTransaction` sets per transaction, and a session
 * that set none sees nothing and can write nothing.
 */
export const CURRENT_TENANT_SQL = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

export function tenantRlsSql(table: string): string[] {
  return [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL})`,
  ];
}
