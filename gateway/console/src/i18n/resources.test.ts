import { describe, expect, it } from 'vitest';
import { enUS, zhCN } from './resources';

type Tree = { [key: string]: string | string[] | Tree };

/** Every leaf as "path → value". */
function leaves(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}
const placeholders = (s: string | string[]) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the console’s strings', () => {
  const zh = leaves(zhCN as unknown as Tree);
  const en = leaves(enUS as unknown as Tree);

  it('have the same keys in Chinese and English', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of zh) expect(placeholders(en.get(key)!), key).toEqual(placeholders(value));
  });

  it('have every key the pages ask for by name', () => {
    const sources = import.meta.glob('../**/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) {
        if (!zh.has(m[1])) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
