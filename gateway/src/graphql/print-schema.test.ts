import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema } from './print-schema';

describe('the console’s committed schema', () => {
  it('is the gateway’s schema (run `npm run schema -w gateway` and `npm run codegen -w gateway/console` after changing it)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../console/schema.graphql'), 'utf8');
    expect(committed).toBe(printedSchema());
  });
});
