export * from './calendar';
export * from './working-time';
export * from './clock';
export * from './national';
export * from './commitment';
export * from './tenant-clock';
export { Zone, dateKey } from './zone';
