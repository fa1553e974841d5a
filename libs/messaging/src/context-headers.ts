import { headers as natsHeaders, type MsgHdrs } from 'nats';
import { Headers } from '@shouhou/contracts';
import { injectTraceHeaders } from '@shouhou/observability';

/**
 * Headers for a request: the trace context, the request id (for logs) and `extra`, such as the signed
 * context. Who acts for which tenant travels only signed (context-signature.ts), never as plain headers.
 */
export function headersFor(requestId: string | undefined, extra: Record<string, string> = {}): MsgHdrs {
  const h = natsHeaders();
  for (const [k, v] of Object.entries(injectTraceHeaders())) h.set(k, v);
  if (requestId) h.set(Headers.requestId, requestId);
  for (const [k, v] of Object.entries(extra)) h.set(k, v);
  return h;
}

export function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const key of h.keys()) out[key.toLowerCase()] = h.get(key);
  return out;
}
