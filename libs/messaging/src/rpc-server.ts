import type { NatsContext } from '@nestjs/microservices';
import type { z } from 'zod';
import {
  badUserInput,
  DomainError,
  type PlatformContext,
  type Reply,
  type RpcContract,
  type RpcScope,
  type TenantContext,
} from '@shouhou/contracts';
import { extractTraceContext, inSpan, withLogScope, type Logger } from '@shouhou/observability';
import { contextFromHeaders, headerRecord } from './context-headers';

type ContextFor<S extends RpcScope> = S extends 'tenant' ? TenantContext : S extends 'platform' ? PlatformContext : undefined;

/**
 * The one way a service answers a request: rebuild the caller's context from headers, validate the
 * payload against the contract, run the work in a span, and reply with data or an error envelope.
 * Handlers stay one line: `return this.rpc.handle(Contract, payload, natsCtx, (ctx, input) => ...)`.
 */
export class RpcResponder {
  constructor(private readonly log: Logger) {}

  async handle<I extends z.ZodTypeAny, O extends z.ZodTypeAny, S extends RpcScope>(
    contract: RpcContract<I, O, S>,
    payload: unknown,
    natsContext: NatsContext | undefined,
    work: (ctx: ContextFor<S>, input: z.infer<I>) => Promise<z.infer<O>>,
  ): Promise<Reply<z.infer<O>>> {
    const headers = headerRecord(natsContext?.getHeaders());
    return inSpan(contract.subject, { parent: extractTraceContext(headers), kind: 'server' }, async (span) => {
      try {
        const ctx = contextFromHeaders(contract.scope, headers) as ContextFor<S>;
        if (ctx && ctx.kind === 'tenant') span.setAttribute('shouhou.tenant_id', ctx.tenantId);
        const parsed = contract.input.safeParse(payload ?? {});
        if (!parsed.success) throw badUserInput(parsed.error);
        const tenantId = ctx && ctx.kind === 'tenant' ? ctx.tenantId : undefined;
        const data = await withLogScope({ tenantId, requestId: ctx?.requestId }, () => work(ctx, parsed.data));
        return { ok: true as const, data };
      } catch (error) {
        if (error instanceof DomainError) return { ok: false as const, error: error.toEnvelope() };
        this.log.error({ err: error, subject: contract.subject }, 'request failed');
        return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'internal error' } };
      }
    });
  }
}
