/** NATS headers: metadata travels here, the domain travels in the payload. */
export const Headers = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  /** The caller's context signed by the gateway or tooling (ADR 20); responders trust nothing else. */
  context: 'x-shouhou-context',
  /** Event headers from a service's outbox (trusted because only that service may publish its events). */
  tenantId: 'x-tenant-id',
  actorId: 'x-actor-id',
  actorRoles: 'x-actor-roles',
  requestId: 'x-request-id',
  idempotencyKey: 'idempotency-key',
  /** JetStream's de-duplication header; our outbox puts the outbox row id here. */
  msgId: 'Nats-Msg-Id',
} as const;
