import type { EntityManager } from '@mikro-orm/postgresql';
import type { CommitmentsPublished, TenantContext } from '@shouhou/contracts';
import { tenantRlsSql } from '@shouhou/persistence';

/** A service's copy of each tenant's commitments (`tenancy.evt.commitments.updated`), to run its clocks with. */
export function commitmentsTableSql(schema: string): string[] {
  const t = `${schema}.tenant_commitments`;
  return [
    `create table ${t} (
      tenant_id uuid primary key,
      version integer not null,
      policy jsonb not null,
      calendar jsonb not null,
      regions jsonb,
      national jsonb not null,
      updated_at timestamptz not null
    )`,
    ...tenantRlsSql(t),
  ];
}

/**
 * Keeps the newest version; the same version again means new national data (a new year's notice) and
 * is taken too. Answers whether anything changed, so the caller reschedules its open deadlines.
 */
export async function storeCommitments(em: EntityManager, ctx: TenantContext, published: CommitmentsPublished): Promise<boolean> {
  const schema = em.config.get('schema');
  const rows: unknown[] = await em.execute(
    `insert into ${schema}.tenant_commitments (tenant_id, version, policy, calendar, regions, national, updated_at) values (?, ?, ?, ?, ?, ?, now())
     on conflict (tenant_id) do update set version = excluded.version, policy = excluded.policy, calendar = excluded.calendar,
       regions = excluded.regions, national = excluded.national, updated_at = now()
     where ${schema}.tenant_commitments.version <= excluded.version returning 1`,
    [ctx.tenantId, published.version, JSON.stringify(published.policy), JSON.stringify(published.calendar), JSON.stringify(published.regions), JSON.stringify(published.national)],
  );
  return rows.length > 0;
}
