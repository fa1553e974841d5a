export * from './orm';
export * from './tenant-entity';
export * from './rls';
export * from './tenant-transaction';
export * from './provision';
export { Migration } from '@mikro-orm/migrations';
export type { MikroORM, EntityManager, MigrationObject } from '@mikro-orm/postgresql';
export * from './page';
export * from './sql';
