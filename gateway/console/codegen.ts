import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema (gateway/console/schema.graphql, printed by the gateway).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' }, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
