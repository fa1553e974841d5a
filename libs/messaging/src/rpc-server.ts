import type { NatsContext } from '@nestjs/microservices';
import type { z } from 'zod';
import {
  badUserInput,
  DomainError,
  Headers,
  type PlatformContext,
  type Reply,
  type RpcContract,
  type RpcScope,
  type TenantContext,
} from '@shouhou/contracts';
import { extractTraceContext, inSpan, withLogScope, type Logger } from '@shouhou/observability';
import { headerRecord } from './context-headers';
import { fromDatabaseRefusal, refuseUncleanInput } from './rpc-guards';
import { IdempotentReplies, isCommand } from './idempotent-replies';
import { contextFromClaims, ContextVerifier } from './context-signature';

type ContextFor<S extends RpcScope> = S extends 'tenant' ? TenantContext : S extends 'platform' ? PlatformContext : undefined;

/**
 * The one way a service answers a request: verify the caller's signed context (ADR 20) before anything
 * else, validate the payload against the contract, run the work in a span, and reply with data or an
 * error envelope. Handlers stay one line: `return this.rpc.handle(Contract, payload, natsCtx, (ctx, input) => ...)`.
 */
export class RpcResponder {
  constructor(
    private readonly log: Logger,
    private readonly verifier: ContextVerifier = ContextVerifier.fromEnv(),
    private readonly replies?: IdempotentReplies,
  ) {}

  async handle<I extends z.ZodTypeAny, O extends z.ZodTypeAny, S extends RpcScope>(
    contract: RpcContract<I, O, S>,
    payload: unknown,
    natsContext: NatsContext | undefined,
    work: (ctx: ContextFor<S>, input: z.infer<I>) => Promise<z.infer<O>>,
  ): Promise<Reply<z.infer<O>>> {
    const headers = headerRecord(natsContext?.getHeaders());
    return inSpan(contract.subject, { parent: extractTraceContext(headers), kind: 'server' }, async (span) => {
      try {
        // The signature covers subject, payload and expiry; the context comes from it and nowhere else.
        let claims;
        try {
          claims = this.verifier.verify(headers[Headers.context], contract.subject, payload);
        } catch (error) {
          this.log.warn({ subject: contract.subject, reason: (error as Error).message }, 'request refused');
          throw error;
        }
        const ctx = contextFromClaims(contract.scope, claims) as ContextFor<S>;
        if (ctx && ctx.kind === 'tenant') span.setAttribute('shouhou.tenant_id', ctx.tenantId);
        refuseUncleanInput(payload);
        const parsed = contract.input.safeParse(payload ?? {});
        if (!parsed.success) throw badUserInput(parsed.error);
        const tenantId = ctx && ctx.kind === 'tenant' ? ctx.tenantId : undefined;
        const run = () => withLogScope({ tenantId, requestId: ctx?.requestId }, () => work(ctx, parsed.data));
        if (ctx?.kind === 'tenant' && ctx.idempotencyKey && this.replies && isCommand(contract.subject)) {
          const fits = (data: unknown) => contract.output.safeParse(data).success;
          return await this.replies.run(ctx, contract.subject, ctx.idempotencyKey, payload, run, fits);
        }
        return { ok: true as const, data: await run() };
      } catch (error) {
        if (error instanceof DomainError) return { ok: false as const, error: error.toEnvelope() };
        const refused = fromDatabaseRefusal(error);
        if (refused) {
          this.log.info({ subject: contract.subject, code: refused.code, sqlState: refused.details?.sqlState }, 'request refused by the database');
          return { ok: false as const, error: refused.toEnvelope() };
        }
        this.log.error({ err: error, subject: contract.subject }, 'request failed');
        return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'internal error' } };
      }
    });
  }
}
