import pg from 'pg';

/** The database roles of one service: the owner migrates its schema, the app role only reads and writes. */
export interface ServiceRoles {
  schema: string;
  owner: string;
  app: string;
  password: string;
}

export function serviceRoles(service: string, password = process.env.SHOUHOU_DB_PASSWORD ?? 'shouhou-dev'): ServiceRoles {
  return { schema: service, owner: `shouhou_${service}_owner`, app: `shouhou_${service}`, password };
}

/** The same server and database as `url`, logged in as another role. */
export function urlForRole(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = password;
  return u.toString();
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return `"${name}"`;
};
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates the database if needed, then each service's schema and roles. Idempotent: run by the local
 * launcher, the test harness, and the Kubernetes provisioning Job with a superuser's URL.
 */
export async function provisionDatabase(adminUrl: string, database: string, services: string[]): Promise<string> {
  const server = new pg.Client({ connectionString: adminUrl });
  await server.connect();
  try {
    const exists = await server.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await server.query(`create database ${ident(database)}`);
  } finally {
    await server.end();
  }
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  try {
    await db.query(`revoke create on schema public from public`);
    await provisionSearch(db);
    for (const service of services) await provisionService(db, database, serviceRoles(service));
  } finally {
    await db.end();
  }
  return dbUrl.toString();
}

/**
 * Substring search (`ilike '%…%'`) through trigram indexes. Services' migrations use
 * `public.gin_trgm_ops`; creating an extension needs the superuser this runs as.
 *
 * Row-Level Security lets PostgreSQL use an index for a condition only if its function is LEAKPROOF,
 * and LIKE's and ILIKE's are not marked so (their error on a pattern ending in the escape character
 * depends on how far the row's text matched): under RLS every search would read all the tenant's rows.
 * Our policies read `app.tenant_id`, a setting any SQL of the app role may set itself, so RLS guards
 * against a query that forgot its tenant, not against hostile SQL; and the services escape search
 * patterns. Marking the two leakproof (in this database only) loses nothing that RLS protects here. A
 * server that refuses (a managed PostgreSQL without a real superuser) searches correctly, only slower.
 */
async function provisionSearch(db: pg.Client) {
  await db.query(`create extension if not exists pg_trgm with schema public`);
  try {
    await db.query(`alter function pg_catalog.texticlike(text, text) leakproof`);
    await db.query(`alter function pg_catalog.textlike(text, text) leakproof`);
  } catch (error) {
    console.warn(`LIKE and ILIKE not marked leakproof (${error instanceof Error ? error.message : error}): searches will not use their indexes`);
  }
}

async function provisionService(db: pg.Client, database: string, roles: ServiceRoles) {
  for (const role of [roles.owner, roles.app]) {
    const found = await db.query('select 1 from pg_roles where rolname = $1', [role]);
    const verb = found.rowCount === 0 ? 'create' : 'alter';
    await db.query(`${verb} role ${ident(role)} login nosuperuser nobypassrls password ${literal(roles.password)}`);
    await db.query(`grant connect on database ${ident(database)} to ${ident(role)}`);
  }
  const schema = ident(roles.schema);
  await db.query(`create schema if not exists ${schema} authorization ${ident(roles.owner)}`);
  await db.query(`grant usage on schema ${schema} to ${ident(roles.app)}`);
  await db.query(
    `alter default privileges for role ${ident(roles.owner)} in schema ${schema} grant select, insert, update, delete on tables to ${ident(roles.app)}`,
  );
  await db.query(
    `alter default privileges for role ${ident(roles.owner)} in schema ${schema} grant usage, select on sequences to ${ident(roles.app)}`,
  );
}
