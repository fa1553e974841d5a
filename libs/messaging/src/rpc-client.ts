import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import type { NatsConnection } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import type { z } from 'zod';
import { DomainError, ErrorEnvelope, Headers, type ActorContext, type Reply, type RpcContract, type RpcScope } from '@shouhou/contracts';
import { inSpan } from '@shouhou/observability';
import { headersFor } from './context-headers';
import { ContextSigner } from './context-signature';
import { natsConnectionOptions, toNatsAccess, type NatsAccess } from './nats-access';

/**
 * Typed request/reply over Nest's NATS transport. Only the gateway (and operator tooling) calls
 * services this way; services never chain calls to each other. Every call carries the caller's context
 * signed with `access.signingKey` (or `CONTEXT_SIGNING_KEY`) for this subject and payload (ADR 20).
 */
export class ServiceClient {
  private readonly client: ClientNats;
  private readonly signer: ContextSigner;

  constructor(
    access: NatsAccess | string,
    private readonly timeoutMs = Number(process.env.RPC_TIMEOUT_MS ?? 10_000),
  ) {
    const a = toNatsAccess(access);
    if (!a.signingKey) throw new Error('ServiceClient needs a context signing key (CONTEXT_SIGNING_KEY, or stack.tooling in tests)');
    this.signer = new ContextSigner(a.signingKey);
    this.client = new ClientNats({ ...natsConnectionOptions(a, 'shouhou-client'), maxReconnectAttempts: -1 });
  }

  connect(): Promise<unknown> {
    return this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Whether the connection every call goes through is open (not closed for good); false before `connect()`. */
  isConnected(): boolean {
    const nc = this.connection();
    return !!nc && !nc.isClosed();
  }

  /** A round trip to the NATS server on the calls' connection: resolves true, or false after `timeoutMs` or on an error. */
  async ping(timeoutMs: number): Promise<boolean> {
    const nc = this.connection();
    if (!nc || nc.isClosed()) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    return Promise.race([nc.flush().then(() => true, () => false), late]).finally(() => clearTimeout(timer));
  }

  private connection(): NatsConnection | undefined {
    try {
      return this.client.unwrap<NatsConnection>();
    } catch {
      return undefined; // not connected yet
    }
  }

  async call<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
    contract: RpcContract<I, O, RpcScope>,
    ctx: ActorContext | undefined,
    input: z.input<I>,
    /** `timeoutMs`: this call's own limit instead of the client's (a health probe's short one). */
    options: { timeoutMs?: number } = {},
  ): Promise<z.infer<O>> {
    return inSpan(contract.subject, { kind: 'client' }, async () => {
      const token = this.signer.sign(contract.subject, ctx, input);
      const record = new NatsRecordBuilder(input).setHeaders(headersFor(ctx?.requestId, { [Headers.context]: token })).build();
      let reply: Reply<unknown>;
      try {
        reply = await firstValueFrom(this.client.send(contract.subject, record).pipe(timeout(options.timeoutMs ?? this.timeoutMs)));
      } catch (error) {
        if (error instanceof TimeoutError) {
          throw new DomainError('UNAVAILABLE', `${contract.subject.split('.')[0]} did not answer in time`);
        }
        throw new DomainError('UNAVAILABLE', `${contract.subject.split('.')[0]} is unavailable`);
      }
      if (reply.ok) return contract.output.parse(reply.data);
      const envelope = ErrorEnvelope.safeParse(reply.error);
      throw envelope.success
        ? DomainError.fromEnvelope(envelope.data)
        : new DomainError('INTERNAL', 'malformed error reply');
    });
  }
}
