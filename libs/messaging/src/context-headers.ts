import { headers as natsHeaders, type MsgHdrs } from 'nats';
import {
  asTenantId,
  DomainError,
  Headers,
  Role,
  type ActorContext,
  type PlatformContext,
  type RpcScope,
  type TenantContext,
} from '@shouhou/contracts';
import { injectTraceHeaders } from '@shouhou/observability';

/** Headers for a call made on behalf of `ctx`, with the current trace context. */
export function headersFor(ctx: ActorContext | undefined, extra: Record<string, string> = {}): MsgHdrs {
  const h = natsHeaders();
  for (const [k, v] of Object.entries(injectTraceHeaders())) h.set(k, v);
  if (ctx) {
    h.set(Headers.actorId, ctx.actorId);
    h.set(Headers.actorRoles, ctx.roles.join(','));
    h.set(Headers.requestId, ctx.requestId);
    if (ctx.kind === 'tenant') h.set(Headers.tenantId, ctx.tenantId);
  }
  for (const [k, v] of Object.entries(extra)) h.set(k, v);
  return h;
}

export function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const key of h.keys()) out[key.toLowerCase()] = h.get(key);
  return out;
}

function roles(value: string | undefined): Role[] {
  return (value ?? '')
    .split(',')
    .map((r) => Role.safeParse(r.trim()))
    .flatMap((r) => (r.success ? [r.data] : []));
}

/** Rebuilds the caller's context from headers, as the contract's scope requires. */
export function contextFromHeaders(
  scope: RpcScope,
  h: Record<string, string>,
): ActorContext | undefined {
  const base = {
    actorId: h[Headers.actorId] ?? 'system',
    roles: roles(h[Headers.actorRoles]),
    requestId: h[Headers.requestId] ?? '',
  };
  switch (scope) {
    case 'service':
      return undefined;
    case 'platform': {
      if (!base.roles.includes('platform-admin')) throw new DomainError('FORBIDDEN', 'platform-admin role required');
      return { kind: 'platform', ...base } satisfies PlatformContext;
    }
    case 'tenant': {
      const tenant = h[Headers.tenantId];
      if (!tenant) throw new DomainError('FORBIDDEN', 'no tenant in the request context');
      return { kind: 'tenant', tenantId: asTenantId(tenant), ...base } satisfies TenantContext;
    }
  }
}
