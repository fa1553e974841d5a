import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import type { TenantId } from '@shouhou/contracts';
import { tenantRlsSql } from './rls';

/**
 * A create retried with its Idempotency-Key must create one thing, even when the first try's caller
 * never saw the answer (a timeout, a gateway killed mid-call). So the key is taken inside the first
 * transaction of the request's own write: it commits with the write or not at all, and a concurrent
 * duplicate's insert waits on the unique key until the first commits (ADR 21).
 */
export interface IdempotencyClaim {
  readonly schema: string;
  readonly tenantId: TenantId;
  /** A digest of actor, operation and the client's key. */
  readonly key: string;
  /** A digest of the request's payload: the same key with another payload is a conflict. */
  readonly requestHash: string;
  /** Set once the first transaction of the request has taken the key. */
  claimed: boolean;
  /** The reply kept with the write, as JSON: what that transaction's work returned. */
  provisional?: string;
}

/** The key is taken already: a request with it committed first (or is committing now). */
export class DuplicateRequest extends Error {
  constructor() {
    super('a request with this Idempotency-Key was carried out already');
    this.name = 'DuplicateRequest';
  }
}

const current = new AsyncLocalStorage<IdempotencyClaim>();

/** How long a key is remembered: retries come within minutes; payment APIs promise a day. */
export const KEEP_HOURS = 24;

/** Runs one request's work so that its first tenant transaction takes `claim`'s key. */
export function withIdempotencyClaim<T>(claim: IdempotencyClaim, work: () => Promise<T>): Promise<T> {
  return current.run(claim, work);
}

/**
 * Called at the start of every tenant transaction: takes the request's key in it, once per request,
 * and answers the claim it took (undefined for every other transaction). Cost for a request without a
 * key: one AsyncLocalStorage read.
 */
export async function claimInTransaction(em: EntityManager, tenantId: TenantId): Promise<IdempotencyClaim | undefined> {
  const claim = current.getStore();
  if (!claim || claim.claimed || claim.tenantId !== tenantId) return undefined;
  claim.claimed = true;
  const taken = await em.execute<{ key: string }[]>(
    // A key older than the day it is kept for is free again.
    `insert into ${claim.schema}.idempotent_request as r (tenant_id, key, request_hash) values (?, ?, ?)
       on conflict (tenant_id, key) do update set request_hash = excluded.request_hash, reply = null, created_at = now()
       where r.created_at < now() - interval '${KEEP_HOURS} hours'
     returning key`,
    [tenantId, claim.key, claim.requestHash],
  );
  if (taken.length === 0) throw new DuplicateRequest();
  return claim;
}

/**
 * Keeps what the claiming transaction's work returned as the reply, in that same transaction: a
 * process killed right after the commit still leaves the answer a retry needs. For a create it is the
 * reply; an operation that answers something else afterwards has it replaced once it has.
 */
export async function keepWithWrite(em: EntityManager, claim: IdempotencyClaim, result: unknown): Promise<void> {
  claim.provisional = JSON.stringify({ ok: true, data: result ?? null });
  await em.execute(`update ${claim.schema}.idempotent_request set reply = ? where tenant_id = ? and key = ?`, [
    claim.provisional,
    claim.tenantId,
    claim.key,
  ]);
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
