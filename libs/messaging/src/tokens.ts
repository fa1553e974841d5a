export const NATS = Symbol('NATS');
export const JETSTREAM = Symbol('JETSTREAM');
export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');
export const LOGGER = Symbol('LOGGER');
