import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation in the console, generated from the API's committed schema (paths from the repo root). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};
export default config;
