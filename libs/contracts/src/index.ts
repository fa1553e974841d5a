export * from './errors';
export * from './context';
export * from './headers';
export * from './rpc';
export * from './tenancy';
export * from './intake';
export * from './dispatch';
export * from './commitments';
