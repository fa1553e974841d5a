import { z } from 'zod';

/**
 * A request/reply operation: the subject, what goes in and what comes out. Gateway and service share
 * the same object, so the subject string and the payload shapes have exactly one definition.
 */
export type RpcScope = 'tenant' | 'platform' | 'service';

export interface RpcContract<I extends z.ZodTypeAny, O extends z.ZodTypeAny, S extends RpcScope = RpcScope> {
  readonly subject: string;
  /**
   * `tenant` operations run for one tenant's user; `platform` ones for the platform operator;
   * `service` ones are internal (health, token-to-tenant lookup) and carry no actor.
   */
  readonly scope: S;
  readonly input: I;
  readonly output: O;
}

export function rpc<I extends z.ZodTypeAny, O extends z.ZodTypeAny, S extends RpcScope>(
  subject: string,
  scope: S,
  input: I,
  output: O,
): RpcContract<I, O, S> {
  return { subject, scope, input, output };
}

/** An event published to JetStream through a service's outbox. */
export interface EventContract<P extends z.ZodTypeAny> {
  readonly subject: string;
  readonly stream: string;
  readonly payload: P;
}

export function event<P extends z.ZodTypeAny>(subject: string, stream: string, payload: P): EventContract<P> {
  return { subject, stream, payload };
}

export type RpcInput<C> = C extends RpcContract<infer I, z.ZodTypeAny, RpcScope> ? z.input<I> : never;
export type RpcOutput<C> = C extends RpcContract<z.ZodTypeAny, infer O, RpcScope> ? z.infer<O> : never;
export type EventPayload<C> = C extends EventContract<infer P> ? z.infer<P> : never;

/** Relay-style page of results. */
export function connection<N extends z.ZodTypeAny>(node: N) {
  return z.object({
    edges: z.array(z.object({ cursor: z.string(), node })),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    totalCount: z.number().int(),
  });
}

export const PageArgs = z.object({
  first: z.number().int().min(1, 'first must be between 1 and 100').max(100, 'first must be between 1 and 100').default(20),
  after: z.string().max(512).nullish(),
});

export const HealthReport = z.object({ service: z.string(), ok: z.boolean(), checks: z.record(z.string(), z.boolean()) });
export type HealthReport = z.infer<typeof HealthReport>;

/** Every service answers `<service>.qry.health.check` so the gateway's /readyz can see it. */
export function healthCheck(service: string) {
  return rpc(`${service}.qry.health.check`, 'service', z.object({}).default({}), HealthReport);
}

/** Streams: one per service capturing `<service>.evt.>`, plus one for dead letters. */
export function streamOf(service: string) {
  return { name: `${service.toUpperCase()}_EVENTS`, subjects: [`${service}.evt.>`] };
}
export const DeadLetterStream = { name: 'DEAD_LETTERS', subjects: ['deadletter.>'] } as const;
export function deadLetterSubject(consumer: string, originalSubject: string): string {
  return `deadletter.${consumer}.${originalSubject}`;
}
