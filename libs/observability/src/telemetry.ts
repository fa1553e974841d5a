import { context, propagation, trace, type Context, type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

let provider: NodeTracerProvider | undefined;

/**
 * Starts tracing for one process. Call it before anything loads `pg` or `http` (the first import of a
 * service's main), so that SQL and HTTP get their spans. Spans go to OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it, our own spans still carry trace ids into logs and
 * across NATS, but HTTP and SQL are not instrumented: nothing would see those spans, and they cost
 * CPU on every request.
 */
export function startTelemetry(serviceName: string): void {
  if (provider) return;
  const exporting = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const processors: SpanProcessor[] = [];
  if (exporting) processors.push(new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 500 }));
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: processors,
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  if (!exporting) return;
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz)/.test(req.url ?? '') }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
}

export async function stopTelemetry(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
}

const tracer = () => trace.getTracer('shouhou');

type Carrier = Record<string, string>;

/** Writes the active trace context into message headers (`traceparent`, `tracestate`). */
export function injectTraceHeaders(carrier: Carrier = {}): Carrier {
  propagation.inject(context.active(), carrier);
  return carrier;
}

export function extractTraceContext(carrier: Carrier): Context {
  return propagation.extract(context.active(), carrier);
}

/** Runs `work` in a span, child of `parent` when given; records failures on the span. */
export async function inSpan<T>(
  name: string,
  options: { parent?: Context; kind?: 'server' | 'client' | 'consumer' | 'producer' | 'internal'; attributes?: Record<string, string | number> },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const kinds = {
    server: SpanKind.SERVER,
    client: SpanKind.CLIENT,
    consumer: SpanKind.CONSUMER,
    producer: SpanKind.PRODUCER,
    internal: SpanKind.INTERNAL,
  };
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: kinds[options.kind ?? 'internal'], attributes: options.attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}

export function currentTraceId(): string | undefined {
  const ctx = trace.getSpanContext(context.active());
  return ctx && trace.isSpanContextValid(ctx) ? ctx.traceId : undefined;
}
