import { graphql } from '@shouhou/testing';

/**
 * The schema the gateway serves, read by introspection, and what hostile-input suites need from it:
 * every operation with its arguments' types, and selection sets for what an operation answers.
 */
export interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
}
export interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
export interface NamedType {
  kind: TypeRef['kind'];
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
  possibleTypes: { name: string }[] | null;
}
export interface Operation {
  kind: 'query' | 'mutation' | 'subscription';
  field: Field;
}
export interface Schema {
  types: Map<string, NamedType>;
  operations: Operation[];
}

// Five levels of ofType reach [[X!]!]!; the whole query stays within the gateway's depth limit (10).
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }';
/** Arguments of fields below the root sit one level deeper: four levels of ofType reach [X!]!. */
const ARG_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = /* GraphQL */ `{
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name
      enumValues(includeDeprecated: true) { name }
      possibleTypes { name }
      inputFields { name type { ${TYPE_REF} } }
      fields(includeDeprecated: true) { name type { ${TYPE_REF} } args { name type { ${ARG_REF} } } }
    }
  }
}`;
/** The root types' fields with their arguments: a query of their own, to stay within the depth limit. */
const ROOT = (name: string) => /* GraphQL */ `{ __type(name: "${name}") { fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } } }`;

export async function introspect(gatewayUrl: string, token?: string): Promise<Schema> {
  const r = await graphql(gatewayUrl, INTROSPECTION, {}, token);
  if (!r.data) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  const s = r.data.__schema;
  const types = new Map<string, NamedType>(s.types.map((t: NamedType) => [t.name, t]));
  const operations: Operation[] = [];
  for (const [kind, root] of [['query', s.queryType], ['mutation', s.mutationType], ['subscription', s.subscriptionType]] as const) {
    if (!root) continue;
    const fields = await graphql(gatewayUrl, ROOT(root.name), {}, token);
    if (!fields.data?.__type) throw new Error(`introspection of ${root.name} failed: ${JSON.stringify(fields.errors)}`);
    types.get(root.name)!.fields = fields.data.__type.fields;
    for (const field of fields.data.__type.fields as Field[]) operations.push({ kind, field });
  }
  return { types, operations };
}

export const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
export const printType = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${printType(t.ofType!)}!` : t.kind === 'LIST' ? `[${printType(t.ofType!)}]` : t.name!;

/**
 * A selection of what a field answers: with `depth` 0 only `__typename` (cheap, always valid); deeper,
 * every leaf field that needs no argument, and objects within `depth` levels.
 */
export function selection(schema: Schema, type: TypeRef, depth: number): string {
  const t = schema.types.get(named(type).name!)!;
  if (t.kind === 'SCALAR' || t.kind === 'ENUM') return '';
  if (depth <= 0) return '{ __typename }';
  if (t.kind === 'UNION' || t.kind === 'INTERFACE') {
    const parts = (t.possibleTypes ?? []).map((p) => `... on ${p.name} ${selection(schema, { kind: 'OBJECT', name: p.name, ofType: null }, depth)}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  const parts = ['__typename'];
  for (const f of t.fields ?? []) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const inner = schema.types.get(named(f.type).name!)!;
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selection(schema, f.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * Fields below the root that take arguments (`Part.movements(first, after, locationId)`), each with the
 * shortest way to it from a query: the query and the fields in between.
 */
export function nestedArgumentFields(schema: Schema): { op: Operation; path: string[]; parent: string; field: Field }[] {
  const queries = schema.operations.filter((o) => o.kind === 'query');
  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  const out: { op: Operation; path: string[]; parent: string; field: Field }[] = [];
  for (const t of schema.types.values()) {
    if (t.kind !== 'OBJECT' || t.name.startsWith('__') || roots.has(t.name)) continue;
    for (const field of t.fields ?? []) {
      if (!field.args?.length) continue;
      const queue = queries.map((op) => ({ op, type: named(op.field.type).name!, path: [] as string[] }));
      const seen = new Set<string>();
      while (queue.length) {
        const n = queue.shift()!;
        if (n.type === t.name) {
          out.push({ op: n.op, path: n.path, parent: t.name, field });
          break;
        }
        if (n.path.length >= 4 || seen.has(`${n.op.field.name}:${n.type}`)) continue;
        seen.add(`${n.op.field.name}:${n.type}`);
        for (const g of schema.types.get(n.type)?.fields ?? []) {
          if (g.args?.some((a) => a.type.kind === 'NON_NULL')) continue;
          const inner = schema.types.get(named(g.type).name!)!;
          if (inner.kind === 'OBJECT') queue.push({ op: n.op, type: inner.name, path: [...n.path, g.name] });
        }
      }
    }
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so a failing case can be found again from its seed. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    shuffle: <T>(xs: readonly T[]): T[] => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

/**
 * Tenant-owned tables: every base table in the services' schemas with a `tenant_id` column, read from
 * information_schema so a new table is covered without touching the tests.
 */
export const TENANT_TABLES_SQL = `
  select c.table_schema as schema, c.table_name as table
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
   where c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
     and c.table_schema not in ('pg_catalog', 'information_schema', 'public')
   order by 1, 2`;

/** Every base table in the services' schemas (tenant-owned or not). */
export const ALL_TABLES_SQL = `
  select table_schema as schema, table_name as table from information_schema.tables
   where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'public')
   order by 1, 2`;
