export * from './token-verifier';
export * from './tracking-link';
