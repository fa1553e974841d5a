export const GATEWAY_NATS = Symbol('GATEWAY_NATS');
