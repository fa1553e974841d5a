import { describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { typeDefs } from './schema.graphql';
import { depthLimit, expandedSizeLimit, MAX_COMPLEXITY, MAX_DEPTH } from './limits';

const schema = buildSchema(typeDefs);
// With graphql's own rules, as the gateway runs them: they too must not blow up on these shapes.
const rules = [...specifiedRules, depthLimit(MAX_DEPTH), expandedSizeLimit(MAX_COMPLEXITY)];
const codes = (query: string) => validate(schema, parse(query), rules).map((e) => e.extensions.code);
/** Forty fragments, each spreading the one before twice: 2^40 fields once expanded. */
const bomb = (n: number, leaf = 'me { id }') =>
  `query { ...F${n} } fragment F0 on Query { ${leaf} } ${Array.from({ length: n }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ')}`;

describe('query shape limits', () => {
  it('measure a fragment bomb in linear time and refuse it as too complex', () => {
    const started = Date.now();
    expect(codes(bomb(40))).toEqual(['QUERY_TOO_COMPLEX']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('accept what fits: fragments spread many times but few fields in all, and only the limit refused', () => {
    expect(codes(bomb(10))).toEqual([]); // 1 024 × 2 fields
    expect(codes(bomb(12))).toEqual(['QUERY_TOO_COMPLEX']); // 4 096 × 2 fields
    expect(codes(`{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: me { __typename }`).join(' ')} }`)).toEqual([]);
  });

  it('still measure depth through fragments, and stop at cycles', () => {
    const deep = `query { ...F } fragment F on Query { serviceRequests { edges { node { timeline { __typename } } } } }`;
    expect(codes(deep)).toEqual([]);
    const cyclic = codes('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(cyclic).not.toContain('QUERY_TOO_DEEP');
    expect(cyclic).not.toContain('QUERY_TOO_COMPLEX');
  });
});
