export * from './context-headers';
export * from './rpc-server';
export * from './rpc-client';
export * from './jetstream';
export * from './outbox';
export * from './consumer';
export * from './backoff';
export * from './service-host';
