import data from './divisions.json';

/** A GB/T 2260 administrative division: province (2 digits), city (4) or county (6). */
export interface Division {
  c: string;
  n: string;
  ch?: Division[];
}

export const DIVISIONS: Division[] = data.tree;
export const DIVISIONS_SOURCE: string = data.source;

const byCode = new Map<string, Division>();
(function index(list: Division[]) {
  for (const d of list) {
    byCode.set(d.c, d);
    if (d.ch) index(d.ch);
  }
})(DIVISIONS);

/** Accepts 2-, 4- or 6-digit codes and the 6-digit forms padded with zeros (440000, 440100). */
export function normalizeCode(code: string): string | undefined {
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(code)) return undefined;
  let c = code;
  if (c.length === 6 && c.endsWith('0000')) c = c.slice(0, 2);
  else if (c.length === 6 && c.endsWith('00') && !byCode.has(c)) c = c.slice(0, 4);
  return byCode.has(c) ? c : undefined;
}

export function division(code: string): Division | undefined {
  const c = normalizeCode(code);
  return c ? byCode.get(c) : undefined;
}

/** "广东省 / 广州市 / 天河区". */
export function divisionPath(code: string): string | undefined {
  const c = normalizeCode(code);
  if (!c) return undefined;
  return [c.slice(0, 2), c.length >= 4 ? c.slice(0, 4) : '', c.length === 6 ? c : '']
    .filter(Boolean)
    .map((x) => byCode.get(x)?.n)
    .filter((n) => n && n !== '市辖区' && n !== '县')
    .join(' / ');
}
