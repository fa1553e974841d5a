import { AsyncLocalStorage } from 'node:async_hooks';
import { context, trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

const tenantScope = new AsyncLocalStorage<{ tenantId?: string; requestId?: string }>();

/** Marks the work inside `fn` as done for a tenant so that every log line it writes names the tenant. */
export function withLogScope<T>(scope: { tenantId?: string; requestId?: string }, fn: () => T): T {
  return tenantScope.run(scope, fn);
}

/** JSON logs with the service name, and the trace, span, tenant and request ids of the work at hand. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const span = trace.getSpanContext(context.active());
      const scope = tenantScope.getStore();
      return {
        ...(span && trace.isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {}),
        ...(scope?.tenantId ? { tenant_id: scope.tenantId } : {}),
        ...(scope?.requestId ? { request_id: scope.requestId } : {}),
      };
    },
  });
}

export type { Logger };
