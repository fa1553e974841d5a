/** A PostgreSQL text[] literal for a parameter cast with `?::text[]`: quotes and backslashes escaped. */
export const pgTextArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
