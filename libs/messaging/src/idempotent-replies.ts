import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, type ErrorCode, type Reply, type TenantContext } from '@shouhou/contracts';
import { DuplicateRequest, inTenantTransaction, KEEP_HOURS, withIdempotencyClaim, type IdempotencyClaim } from '@shouhou/persistence';

/** How long a duplicate waits for the first request's final answer when the kept one does not fit. */
const ANSWER_WAIT_MS = 5_000;

/** Answers that say nothing about the request: never kept, so a retry is a new try. */
const TRANSIENT = new Set<ErrorCode>(['UNAVAILABLE', 'INTERNAL', 'RATE_LIMITED']);

/** Commands create and change things; queries are safe to repeat and never take a key. */
export const isCommand = (subject: string) => subject.split('.')[1] === 'cmd';

interface Row {
  request_hash: string;
  reply: Reply<unknown> | null;
}

/**
 * Idempotency-Key for a service's commands (ADR 21): the first request with a key runs and its reply
 * is kept; a repeat with the same payload gets that reply again without running anything; a repeat
 * with another payload is CONFLICT; a concurrent repeat waits for the first.
 */
export class IdempotentReplies {
  constructor(
    private readonly orm: MikroORM,
    private readonly schema: string,
  ) {}

  /** `fits` tells whether a kept answer has the operation's output shape (see `takeWithWrite`). */
  async run<T>(
    ctx: TenantContext,
    subject: string,
    key: string,
    payload: unknown,
    work: () => Promise<T>,
    fits: (data: unknown) => boolean = () => true,
  ): Promise<Reply<T>> {
    const claim: IdempotencyClaim = {
      schema: this.schema,
      tenantId: ctx.tenantId,
      key: digest(`${ctx.actorId}\n${subject}\n${key}`),
      requestHash: digest(JSON.stringify(payload ?? null)),
      claimed: false,
    };
    // No look before the work: its first transaction sees a key already answered (DuplicateRequest).
    let reply: Reply<T>;
    try {
      reply = { ok: true, data: await withIdempotencyClaim(claim, work) };
    } catch (error) {
      if (error instanceof DuplicateRequest) return this.replay<T>(claim, await this.find(claim), fits);
      // Nothing written, or a failure that may pass (a service down, a bug): a retry runs again, or
      // after a write gets the answer kept with it.
      if (!claim.claimed || !(error instanceof DomainError) || TRANSIENT.has(error.code)) throw error;
      // A refusal after something was written is the request's answer: a retry gets it again.
      reply = { ok: false, error: error.toEnvelope() };
    }
    // The write's transaction kept what it returned; only a different final answer needs keeping again.
    if (claim.claimed && JSON.stringify(reply) !== claim.provisional) await this.keep(claim, reply);
    return reply;
  }

  private async replay<T>(claim: IdempotencyClaim, found: Row | undefined, fits: (data: unknown) => boolean): Promise<Reply<T>> {
    const answered = (r: Row | undefined) => !!r?.reply && (!r.reply.ok || fits(r.reply.data));
    const conflicting = (r: Row | undefined) => !!r && r.request_hash !== claim.requestHash;
    let row = found;
    for (const until = Date.now() + ANSWER_WAIT_MS; row && !answered(row) && !conflicting(row) && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 50));
      row = await this.find(claim);
    }
    if (conflicting(row)) {
      throw new DomainError('CONFLICT', 'this Idempotency-Key was used for a different request; use a new key for a new request');
    }
    if (!row || !answered(row)) {
      throw new DomainError('CONFLICT', 'a request with this Idempotency-Key was carried out but its answer was lost; look it up before trying again');
    }
    return row.reply as Reply<T>;
  }

  private async find(claim: IdempotencyClaim): Promise<Row | undefined> {
    const rows = await inTenantTransaction(this.orm, claim.tenantId, (em) =>
      em.execute<Row[]>(
        `select request_hash, reply from ${this.schema}.idempotent_request
          where tenant_id = ? and key = ? and created_at > now() - interval '${KEEP_HOURS} hours'`,
        [claim.tenantId, claim.key],
      ),
    );
    return rows[0];
  }

  /** Keeps the answer, and lets go of the tenant's keys older than a day while at it (bounded). */
  private async keep(claim: IdempotencyClaim, reply: Reply<unknown>): Promise<void> {
    await inTenantTransaction(this.orm, claim.tenantId, async (em) => {
      await em.execute(`update ${this.schema}.idempotent_request set reply = ? where tenant_id = ? and key = ?`, [
        JSON.stringify(reply),
        claim.tenantId,
        claim.key,
      ]);
      await em.execute(
        `delete from ${this.schema}.idempotent_request where ctid in (select ctid from ${this.schema}.idempotent_request
          where tenant_id = ? and created_at < now() - interval '${KEEP_HOURS * 2} hours' limit 100)`,
        [claim.tenantId],
      );
    });
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

