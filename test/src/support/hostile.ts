import { named, type InputValue, type Schema, type TypeRef } from './schema';

/** One hostile (or valid-shaped) value with the kind of hostility it stands for, for figures. */
export interface Sample {
  label: string;
  value: unknown;
  /** Long or deep lists: heavy for the gateway, run in their own phase. */
  heavy?: boolean;
}

export const HUGE = 'x'.repeat(100_000);
const VALID_ID = '0193f0a0-0000-7000-8000-00000000f0f0';

/** Valid-shaped strings by argument or field name, so a call gets past the obvious checks into the service. */
function validString(name: string, parent: string): string {
  const n = name.toLowerCase();
  if (parent === 'ShiftHoursInput') return n === 'from' ? '08:00' : '18:00';
  if (n.includes('phone')) return '13800138000';
  if (n.includes('email')) return 'fuzz@example.com';
  if (n === 'timezone') return 'Asia/Shanghai';
  if (n.includes('locale')) return 'zh-CN';
  if (n === 'from' || n === 'start') return '2026-11-01';
  if (n === 'to' || n === 'end') return '2026-11-30';
  if (n.includes('date') || n === 'closures' || n === 'extraworkdays') return '2026-11-23';
  if (n.includes('divisioncode') || n === 'prefix' || n === 'homecity' || n === 'remoteprovinces' || n === 'regions') return '310101';
  if (n === 'country') return 'CN';
  if (n === 'tenantcode') return 'acme';
  if (n === 'code') return 'fuzz01';
  if (n === 'sku') return 'FZ-0001';
  if (n === 'csv') return 'sku,name\nFZ-0002,模糊测试';
  if (n.includes('url')) return 'https://example.com/logo.png';
  if (n === 'productmodel' || n === 'model' || n === 'compatiblemodels') return 'KFR-35GW';
  if (n.includes('serial')) return 'SN-FUZZ-0001';
  if (n.includes('userid') || n.includes('organizationid')) return VALID_ID;
  return '模糊fuzz';
}

function validInt(name: string): number {
  const n = name.toLowerCase();
  if (n === 'year') return 2027;
  if (n === 'start') return 480;
  if (n === 'end') return 1020;
  if (n === 'weekdays') return 1;
  return 1;
}

function validFloat(name: string): number {
  const n = name.toLowerCase();
  if (n === 'lat') return 31.23;
  if (n === 'lng') return 121.47;
  return 0.9;
}

/** A value of the type that looks right, with every optional field filled in too (unless `optional` is false). */
export function validValue(schema: Schema, type: TypeRef, name: string, parent = '', depth = 0, optional = true): unknown {
  // A cursor is valid only if the server issued it: the valid shape of an optional one is none.
  if (name === 'after' && type.kind !== 'NON_NULL') return null;
  if (type.kind === 'NON_NULL') return validValue(schema, type.ofType!, name, parent, depth, optional);
  if (type.kind === 'LIST') return [validValue(schema, type.ofType!, name, parent, depth, optional)];
  const t = schema.types.get(type.name!)!;
  if (t.kind === 'ENUM') return t.enumValues![0].name;
  if (t.kind === 'INPUT_OBJECT') {
    if (depth > 5) return {};
    const fields = (t.inputFields ?? []).filter((f) => optional || f.type.kind === 'NON_NULL');
    return Object.fromEntries(fields.map((f) => [f.name, validValue(schema, f.type, f.name, t.name, depth + 1, optional)]));
  }
  switch (t.name) {
    case 'ID':
      return VALID_ID;
    case 'Int':
      return validInt(name);
    case 'Float':
      return validFloat(name);
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-11-23T08:00:00Z';
    default:
      return validString(name, parent);
  }
}

const GARBAGE: unknown[] = [1, 'x', {}, null, true, [], { a: { b: 1 } }, 1e308, -1, '\u0000', [[1]]];

/** Values that are wrong for the type, or right in type and wrong in every other way. */
function hostileScalar(schema: Schema, type: TypeRef): Sample[] {
  const t = schema.types.get(type.name!)!;
  if (t.kind === 'ENUM') {
    const first = t.enumValues![0].name;
    return [
      { label: 'unknown-enum', value: 'NOT_A_VALUE' },
      { label: 'unknown-enum', value: first.toLowerCase() },
      { label: 'nul-string', value: `${first}\u0000` },
      { label: 'wrong-type', value: 1 },
      { label: 'wrong-type', value: { value: first } },
      { label: 'empty-string', value: '' },
    ];
  }
  const strings: Sample[] = [
    { label: 'huge-string', value: HUGE },
    { label: 'nul-string', value: 'a\u0000b' },
    { label: 'lone-surrogate', value: '\ud800x' },
    { label: 'lone-surrogate', value: 'x\udfff' },
    { label: 'wrong-type', value: 12345 },
    { label: 'wrong-type', value: { a: 1 } },
    { label: 'wrong-type', value: ['a'] },
    { label: 'empty-string', value: '' },
    { label: 'blank-string', value: ' \t\n ' },
    { label: 'injection', value: "' or 1=1; drop table x; --" },
    { label: 'huge-unicode', value: '😀'.repeat(50_000) },
    { label: 'control-chars', value: '\u0001\u001b[31m\u202e\ufeff' },
  ];
  const numbers: Sample[] = [
    { label: 'huge-number', value: 1e308 },
    { label: 'huge-number', value: -1e308 },
    { label: 'unsafe-integer', value: 2 ** 53 + 1 },
    { label: 'int32-overflow', value: 2 ** 31 },
    { label: 'int32-overflow', value: -(2 ** 31) - 1 },
    { label: 'negative', value: -1 },
    { label: 'zero', value: 0 },
    { label: 'fraction', value: 1.5 },
    { label: 'nan-string', value: 'NaN' },
    { label: 'nan-string', value: 'Infinity' },
    { label: 'wrong-type', value: '12' },
    { label: 'wrong-type', value: true },
    { label: 'wrong-type', value: {} },
  ];
  switch (t.name) {
    case 'ID':
      return [
        ...strings,
        { label: 'not-a-uuid', value: 'not-a-uuid' },
        { label: 'nil-uuid', value: '00000000-0000-0000-0000-000000000000' },
        { label: 'uuid-like', value: '0193f0a0-0000-7000-8000-00000000ac01' },
        { label: 'wrong-type', value: 2 ** 53 + 1 },
      ];
    case 'Int':
    case 'Float':
      return numbers;
    case 'Boolean':
      return [
        { label: 'wrong-type', value: 'true' },
        { label: 'wrong-type', value: 1 },
        { label: 'wrong-type', value: {} },
      ];
    case 'DateTime':
      return [
        { label: 'bad-date', value: '2026-13-45T99:99:99Z' },
        { label: 'bad-date', value: '0000-01-01T00:00:00Z' },
        { label: 'bad-date', value: '9999-12-31T23:59:59Z' },
        { label: 'bad-date', value: '+275760-09-13T00:00:00Z' },
        { label: 'bad-date', value: 'now' },
        { label: 'huge-string', value: `2026-11-23T${HUGE}` },
        { label: 'nul-string', value: '2026-11-23T08:00:00Z\u0000' },
        { label: 'wrong-type', value: 1e308 },
        { label: 'wrong-type', value: {} },
      ];
    default:
      return strings;
  }
}

/**
 * Every hostile case for one argument: values for the argument itself, and, inside input objects and
 * lists of them, the valid-shaped value with one field made hostile (three levels down). Each case is the
 * argument's whole value.
 */
export function hostileCases(schema: Schema, arg: InputValue, parent = '', depth = 0): (Sample & { path: string })[] {
  const out: (Sample & { path: string })[] = [];
  const at = (path: string, samples: Sample[]) => out.push(...samples.map((s) => ({ ...s, path })));
  const type = arg.type;
  if (type.kind === 'NON_NULL') at(arg.name, [{ label: 'null-for-non-null', value: null }]);
  const bare = type.kind === 'NON_NULL' ? type.ofType! : type;
  const valid = validValue(schema, bare, arg.name, parent);
  if (bare.kind === 'LIST') {
    const element = bare.ofType!;
    at(arg.name, [
      { label: 'object-for-list', value: { 0: valid } },
      { label: 'wrong-type', value: 'x' },
      { label: 'empty-list', value: [] },
      { label: 'null-element', value: [null] },
      { label: 'long-list', value: Array.from({ length: 2_000 }, (_, i) => GARBAGE[i % GARBAGE.length]), heavy: true },
      { label: 'long-list', value: Array.from({ length: 2_000 }, () => (valid as unknown[])[0]), heavy: true },
      { label: 'deep-list', value: Array.from({ length: 200 }).reduce<unknown>((inner) => [inner], 1), heavy: true },
    ]);
    // One element made hostile, the rest of the list as it should be.
    if (depth < 3) {
      for (const c of hostileCases(schema, { name: arg.name, type: element }, parent, depth + 1)) {
        if (c.label === 'null-for-non-null') out.push({ ...c, path: `${arg.name}[0]`, value: [null] });
        else out.push({ ...c, path: `${arg.name}[0]${c.path.slice(arg.name.length)}`, value: [c.value] });
      }
    }
    return out;
  }
  const t = schema.types.get(named(bare).name!)!;
  if (t.kind === 'INPUT_OBJECT') {
    at(arg.name, [
      { label: 'list-for-object', value: [valid] },
      { label: 'wrong-type', value: 'x' },
      { label: 'wrong-type', value: 42 },
      { label: 'unknown-field', value: { ...(valid as object), notAField: 'x' } },
      { label: 'missing-fields', value: {} },
      // An own `__proto__` key, as JSON.parse makes it (an object literal would set the prototype instead).
      { label: 'proto-pollution', value: Object.assign(JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}'), valid) },
    ]);
    if (depth < 3) {
      for (const f of t.inputFields ?? []) {
        for (const c of hostileCases(schema, f, t.name, depth + 1)) {
          out.push({ ...c, path: `${arg.name}.${c.path}`, value: { ...(valid as object), [f.name]: c.value } });
        }
      }
    }
    return out;
  }
  at(arg.name, hostileScalar(schema, bare));
  return out;
}

/** A GraphQL literal for a value of the given type (enum names bare), for inline-argument cases. */
export function literal(schema: Schema, value: unknown, type: TypeRef | undefined): string {
  if (value === null || value === undefined) return 'null';
  const bare = type?.kind === 'NON_NULL' ? type.ofType! : type;
  const t = bare && bare.kind !== 'LIST' ? schema.types.get(named(bare).name!) : undefined;
  if (Array.isArray(value)) return `[${value.map((v) => literal(schema, v, bare?.kind === 'LIST' ? bare.ofType! : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = t?.inputFields ?? [];
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(schema, v, fields.find((f) => f.name === k)?.type)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') return t?.kind === 'ENUM' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  return String(value);
}
