import { MikroORM, type EntitySchema, type MigrationObject, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

export interface OrmOptions {
  /** Connection URL of the role the service runs as (never the table owner). */
  clientUrl: string;
  /** The service's own schema; a service reads and writes no other. */
  schema: string;
  entities: EntitySchema<any>[];
  migrations?: MigrationObject[];
  poolMax?: number;
  debug?: boolean;
}

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    discovery: { warnWhenNoEntities: false },
    // Forces every unit of work through an explicit fork: no state leaks between requests.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    extensions: [Migrator],
    migrations: {
      tableName: 'schema_migrations',
      migrationsList: options.migrations ?? [],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/**
 * Applies the service's committed migrations, connected as the schema owner. Services call it on
 * start in local mode; in Kubernetes a Job runs it before the new version rolls out.
 */
export async function migrate(options: Omit<OrmOptions, 'entities'> & { entities?: EntitySchema<any>[] }) {
  const orm = await MikroORM.init({ ...ormConfig({ ...options, entities: options.entities ?? [] }), poolMax: 1 } as Options);
  try {
    // The migrations table lives in the service's schema, which must exist before the migrator looks.
    await orm.em.getConnection().execute(`set search_path to "${options.schema}"`);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
