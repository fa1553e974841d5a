import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, printSchema } from 'graphql';
import { typeDefs } from './schema.graphql';

/** The schema as SDL, the file the console's typed operations are generated from. */
export function printedSchema(): string {
  return `${printSchema(buildSchema(typeDefs))}\n`;
}

export const CONSOLE_SCHEMA = path.resolve(__dirname, '../../console/schema.graphql');

if (require.main === module) {
  writeFileSync(CONSOLE_SCHEMA, printedSchema());
  console.log(`wrote ${CONSOLE_SCHEMA}`);
}
