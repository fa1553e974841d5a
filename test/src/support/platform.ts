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
  productModel: 'KFR-35GW 空调',
  serialNumber: 'AC2025110001',
  problemDescription: '制冷效果差',
  channel: 'PHONE' as const,
  category: 'REPAIR' as const,
  ...overrides,
});
