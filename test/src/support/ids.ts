import { named, type Field, type Schema, type TypeRef } from './schema';

/**
 * Ids found in answers, and which id fits which argument: for suites that replay real ids into
 * operations (another tenant's, to prove isolation; the caller's own, to get deeper into a service).
 */
export interface Harvested {
  value: string;
  /** Where it came from: `WorkOrder.id`, `QueueEntry.serviceRequestId`. */
  source: string;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in an answer: uuids in fields named `id` or ending in `Id`/`Ids`, with the type they sit in. */
export function harvest(value: unknown, into: Map<string, Harvested>, typename = '?') {
  if (Array.isArray(value)) for (const v of value) harvest(v, into, typename);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const type = typeof obj.__typename === 'string' ? obj.__typename : typename;
    for (const [k, v] of Object.entries(obj)) {
      if ((k === 'id' || k.endsWith('Id') || k.endsWith('Ids')) && (typeof v === 'string' || Array.isArray(v))) {
        for (const s of [v].flat()) if (typeof s === 'string' && UUID.test(s) && (!into.has(s) || into.get(s)!.source.startsWith('?'))) into.set(s, { value: s, source: `${type}.${k}` });
      } else harvest(v, into, type);
    }
  }
}

const words = (s: string) => s.replace(/Ids?$/, '').split(/(?=[A-Z])|[._]/).map((w) => w.toLowerCase()).filter((w) => w && w !== 'id');
/** What an id in this position refers to, in words: `fromLocationId` → location; `shipTransfer(id)` → transfer. */
export function kindWords(op: Field, argPath: string[]): string[] {
  const last = argPath[argPath.length - 1];
  if (last !== 'id') return words(last).filter((w) => w !== 'from' && w !== 'to');
  const parent = argPath.length > 1 ? argPath[argPath.length - 2] : op.name;
  return words(parent).reverse();
}
/** How well a harvested id's source matches the kind wanted (more shared words, better). */
export function score(h: Harvested, kind: string[]): number {
  const [type, field] = h.source.split('.');
  const have = new Set([...(field === 'id' ? words(type) : words(field))]);
  return kind.reduce((n, w, i) => n + (have.has(w) || [...have].some((x) => x.startsWith(w) || w.startsWith(x)) ? 10 - i : 0), 0);
}
export const best = (ids: Harvested[], kind: string[]) => [...ids].sort((a, b) => score(b, kind) - score(a, kind));

/** Every position inside an argument of `type` whose scalar passes `accept` (the scalar's and the field's name), with its path. */
export function positionsOf(schema: Schema, type: TypeRef, path: string[], accept: (scalar: string, field: string) => boolean, depth = 0): string[][] {
  const n = schema.types.get(named(type).name!)!;
  if (n.kind === 'INPUT_OBJECT') return depth > 3 ? [] : (n.inputFields ?? []).flatMap((f) => positionsOf(schema, f.type, [...path, f.name], accept, depth + 1));
  return n.kind === 'SCALAR' && accept(n.name, path[path.length - 1]) ? [path] : [];
}

/** Every position an id goes in: ID-typed arguments and input fields, and `…Id` strings, with their path. */
export const idPositions = (schema: Schema, type: TypeRef, path: string[]) =>
  positionsOf(schema, type, path, (scalar, field) => scalar === 'ID' || (scalar === 'String' && /Id$/.test(field)));

/** Whether the position at `path` inside `type` is of type ID (not a String named `…Id`). */
export function isIdType(schema: Schema, type: TypeRef, path: string[]): boolean {
  const n = schema.types.get(named(type).name!)!;
  if (!path.length) return n.name === 'ID';
  const field = n.inputFields?.find((f) => f.name === path[0]);
  return field ? isIdType(schema, field.type, path.slice(1)) : false;
}

/** Sets the value at a path (`[0]` through lists) in a copy of `value`. */
export function setAt(schema: Schema, value: unknown, path: string[], type: TypeRef, to: string): unknown {
  if (path.length === 0) return type.kind === 'LIST' || type.ofType?.kind === 'LIST' ? [to] : to;
  const bare = type.kind === 'NON_NULL' ? type.ofType! : type;
  if (bare.kind === 'LIST') return [setAt(schema, Array.isArray(value) ? value[0] : value, path, bare.ofType!, to)];
  const n = schema.types.get(bare.name!)!;
  const field = n.inputFields!.find((f) => f.name === path[0])!;
  const obj = (value ?? {}) as Record<string, unknown>;
  return { ...obj, [path[0]]: setAt(schema, obj[path[0]], path.slice(1), field.type, to) };
}
