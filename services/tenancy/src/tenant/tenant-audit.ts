import type { EntityManager } from '@shouhou/persistence';
import { newId } from '@shouhou/persistence';
import type { TenantAuditEntry } from '@shouhou/contracts';

/** Appends to a tenant's audit trail in the caller's transaction. */
export async function audit(em: EntityManager, tenantId: string, action: TenantAuditEntry['action'], actorId: string, details: Record<string, unknown> = {}) {
  await em.execute(`insert into tenancy.tenant_audit (id, tenant_id, action, actor_id, details) values (?, ?, ?, ?, ?)`, [
    newId(),
    tenantId,
    action,
    actorId,
    JSON.stringify(details),
  ]);
}

export async function auditTrail(em: EntityManager, tenantId: string): Promise<TenantAuditEntry[]> {
  const rows: { id: string; tenant_id: string; action: TenantAuditEntry['action']; actor_id: string; at: Date; details: Record<string, unknown> }[] = await em.execute(
    `select id, tenant_id, action, actor_id, at, details from tenancy.tenant_audit where tenant_id = ? order by at desc limit 200`,
    [tenantId],
  );
  return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, action: r.action, actorId: r.actor_id, at: new Date(r.at).toISOString(), details: r.details }));
}
