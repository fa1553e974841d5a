import { DEFAULT_DISPATCH_SETTINGS, DomainError, type DispatchSettings, type TenantContext } from '@shouhou/contracts';
import type { TenantEntityManager } from '@shouhou/persistence';

/** The tenant's dispatch settings; the defaults until a tenant admin saves their own. */
export async function dispatchSettings(em: TenantEntityManager): Promise<DispatchSettings> {
  const [row]: { settings: DispatchSettings }[] = await em.execute(`select settings from dispatch.settings`);
  return row ? { ...DEFAULT_DISPATCH_SETTINGS, ...row.settings } : DEFAULT_DISPATCH_SETTINGS;
}

export async function saveDispatchSettings(em: TenantEntityManager, ctx: TenantContext, settings: DispatchSettings): Promise<DispatchSettings> {
  for (const [day, intervals] of settings.depotWeek.entries()) {
    if (intervals.some((iv) => iv.end <= iv.start)) {
      const message = 'a working period ends after it starts';
      throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: `input.depotWeek.${day}`, reason: 'invalid', message }] });
    }
  }
  if (!settings.depotWeek.some((d) => d.length > 0)) {
    const message = 'the depot works on at least one day';
    throw new DomainError('BAD_USER_INPUT', message, { issues: [{ field: 'input.depotWeek', reason: 'empty', message }] });
  }
  await em.execute(
    `insert into dispatch.settings (tenant_id, settings, updated_by, updated_at) values (?, ?, ?, now())
     on conflict (tenant_id) do update set settings = excluded.settings, updated_by = excluded.updated_by, updated_at = now()`,
    [ctx.tenantId, JSON.stringify(settings), ctx.actorId],
  );
  return settings;
}
