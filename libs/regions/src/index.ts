export * from './divisions';
export * from './tiers';
