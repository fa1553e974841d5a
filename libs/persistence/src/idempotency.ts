import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import type { TenantId } from '@shouhou/contracts';
import { tenantRlsSql } from './rls';

/**
 * A create retried with its Idempotency-Key must create one thing, even when the first try's caller
 * never saw the answer (a timeout, a gateway killed mid-call). So the key is taken by the request's
 * first transaction that writes, at its end, together with what that transaction returned: the key
 * and the answer commit with the write or not at all. A concurrent duplicate's insert waits on the
 * key until the first commits, then finds it taken and its whole transaction rolls back (ADR 21).
 */
export interface IdempotencyClaim {
  readonly schema: string;
  readonly tenantId: TenantId;
  /** A digest of actor, operation and the client's key. */
  readonly key: string;
  /** A digest of the request's payload: the same key with another payload is a conflict. */
  readonly requestHash: string;
  /** Set once a transaction of the request that wrote has taken the key. */
  claimed: boolean;
  /** The reply kept with the write, as JSON: what that transaction's work returned. */
  provisional?: string;
}

/** The key is taken already: a request with it committed first. */
export class DuplicateRequest extends Error {
  constructor() {
    super('a request with this Idempotency-Key was carried out already');
    this.name = 'DuplicateRequest';
  }
}

const current = new AsyncLocalStorage<IdempotencyClaim>();

/** How long a key is remembered: retries come within minutes; payment APIs promise a day. */
export const KEEP_HOURS = 24;

/** Runs one request's work so that its first writing tenant transaction takes `claim`'s key. */
export function withIdempotencyClaim<T>(claim: IdempotencyClaim, work: () => Promise<T>): Promise<T> {
  return current.run(claim, work);
}

/**
 * The request's claim if it is still to be taken in this tenant's transaction. Cost for a request
 * without a key: one AsyncLocalStorage read.
 */
export function pendingClaim(tenantId: TenantId): IdempotencyClaim | undefined {
  const claim = current.getStore();
  return claim && !claim.claimed && claim.tenantId === tenantId ? claim : undefined;
}

/** At a transaction's start: a key already answered ends the repeat before it does any work. */
export async function refuseIfTaken(em: EntityManager, claim: IdempotencyClaim): Promise<void> {
  const rows = await em.execute<unknown[]>(
    `select 1 from ${claim.schema}.idempotent_request where tenant_id = ? and key = ? and created_at > now() - interval '${KEEP_HOURS} hours'`,
    [claim.tenantId, claim.key],
  );
  if (rows.length) throw new DuplicateRequest();
}

/**
 * At a transaction's end: if it wrote anything (PostgreSQL gave it a transaction id), takes the key
 * with what the work returned as the reply. A read-only transaction leaves the key to the next one,
 * so a command that reads first and then fails elsewhere can be retried. A key older than the day
 * it is kept for is free again.
 */
export async function takeWithWrite(em: EntityManager, claim: IdempotencyClaim, result: unknown): Promise<void> {
  const reply = JSON.stringify({ ok: true, data: result ?? null });
  const [outcome] = await em.execute<{ wrote: boolean; taken: number }[]>(
    `with wrote as (select pg_current_xact_id_if_assigned() is not null as w),
     taken as (
       insert into ${claim.schema}.idempotent_request as r (tenant_id, key, request_hash, reply)
       select ?, ?, ?, ?::jsonb from wrote where w
       on conflict (tenant_id, key) do update set request_hash = excluded.request_hash, reply = excluded.reply, created_at = now()
         where r.created_at < now() - interval '${KEEP_HOURS} hours'
       returning 1)
     select (select w from wrote) as wrote, (select count(*)::int from taken) as taken`,
    [claim.tenantId, claim.key, claim.requestHash, reply],
  );
  if (!outcome.wrote) return;
  if (outcome.taken === 0) throw new DuplicateRequest();
  claim.claimed = true;
  claim.provisional = reply;
}

export function idempotencyTableSql(schema: string): string[] {
  const t = `${schema}.idempotent_request`;
  return [
    `create table ${t} (
      tenant_id uuid not null,
      key text not null,
      request_hash text not null,
      reply jsonb,
      created_at timestamptz not null default now(),
      primary key (tenant_id, key)
    )`,
    `create index idempotent_request_age on ${t} (created_at)`,
    ...tenantRlsSql(t),
  ];
}

/** The same table in every service's schema, added after the service's own migrations. */
export function idempotencyMigration(schema: string): { name: string; class: new (...args: any[]) => Migration } {
  class MigrationIdempotentRequests extends Migration {
    override async up(): Promise<void> {
      for (const sql of idempotencyTableSql(schema)) this.addSql(sql);
    }
  }
  return { name: 'Migration20261201900000_idempotent_requests', class: MigrationIdempotentRequests };
}
