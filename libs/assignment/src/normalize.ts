/**
 * A division code reduced to its level: '440106' (county), '4401' (city) or '44' (province).
 * Six-digit codes padded with zeros ('440100', '440000') become their 4- or 2-digit prefix; a code
 * that is not 2, 4 or 6 digits gives '' (matches nothing).
 */
export function canonicalDivision(code: string): string {
  const c = code.trim();
  if (/^\d{6}$/.test(c)) {
    if (c.endsWith('0000')) return c.slice(0, 2);
    if (c.endsWith('00')) return c.slice(0, 4);
    return c;
  }
  if (/^\d{4}$/.test(c)) return c.endsWith('00') ? c.slice(0, 2) : c;
  if (/^\d{2}$/.test(c)) return c;
  return '';
}

/** The 2-, 4- and 6-digit prefixes of a canonical division code, shortest first. */
export function divisionPrefixes(canonical: string): string[] {
  const out: string[] = [];
  for (let n = 2; n <= canonical.length; n += 2) out.push(canonical.slice(0, n));
  return out;
}

/**
 * A technician's service regions, canonical, without duplicates and without any region already covered
 * by a shorter one in the list (['44', '4401'] → ['44']). A job's division then matches at most one of them.
 */
export function canonicalRegions(regions: readonly string[]): string[] {
  const set = new Set<string>();
  for (const r of regions) {
    const c = canonicalDivision(r);
    if (c) set.add(c);
  }
  return [...set].filter((r) => !divisionPrefixes(r).some((p) => p !== r && set.has(p))).sort();
}

/** Skills compare trimmed, NFKC-normalised and case-insensitively: ' ac ' = 'AC' = 'ＡＣ'. */
export function normalizeSkill(skill: string): string {
  return skill.normalize('NFKC').trim().toLowerCase();
}
