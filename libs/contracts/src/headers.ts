/** NATS headers: metadata travels here, the domain travels in the payload. */
export const Headers = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  tenantId: 'x-tenant-id',
  actorId: 'x-actor-id',
  actorRoles: 'x-actor-roles',
  requestId: 'x-request-id',
  idempotencyKey: 'idempotency-key',
  /** JetStream's de-duplication header; our outbox puts the outbox row id here. */
  msgId: 'Nats-Msg-Id',
} as const;
