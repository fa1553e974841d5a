import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { asTenantId, type TenantContext } from '@shouhou/contracts';

/** A tenant context as the gateway would send it, for calling services directly over NATS. */
export function tenantContext(tenantId = randomUUID(), roles: TenantContext['roles'] = ['agent']): TenantContext {
  return { kind: 'tenant', tenantId: asTenantId(tenantId), actorId: `user-${tenantId.slice(0, 8)}`, roles, requestId: randomUUID() };
}

/** Runs one query with a fresh connection; the URL decides the role (superuser or a service role). */
export async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export const demoRequest = (overrides: Record<string, unknown> = {}) => ({
  customerName: '张伟',
  customerPhone: '13800138000',
  productModel: 'KFR-35GW',
  serialNumber: 'AC2025110001',
  problemDescription: '制冷效果差',
  channel: 'PHONE' as const,
  category: 'REPAIR' as const,
  ...overrides,
});

/** The database URL of a service's application role (no owner rights, no BYPASSRLS), as it connects. */
export function serviceRoleUrl(databaseUrl: string, service: string): string {
  const url = new URL(databaseUrl);
  url.username = `shouhou_${service}`;
  url.password = 'shouhou-dev';
  return url.toString();
}

/**
 * Runs SQL as a service's application role inside one tenant's transaction, the way the service
 * itself does (RLS reads `app.tenant_id`): for tests that tenant isolation holds at the database.
 */
export async function asTenant<T = any>(databaseUrl: string, service: string, tenantId: string, sql: string, params: unknown[] = []): Promise<{ rows: T[]; rowCount: number }> {
  const client = new pg.Client({ connectionString: serviceRoleUrl(databaseUrl, service) });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await client.query(sql, params);
    await client.query('commit');
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}
