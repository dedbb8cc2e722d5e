/**
 * One jest run for every tier: `.spec.ts` (unit, beside the code), `.int-spec.ts` (on PostgreSQL) and
 * `.e2e-spec.ts` (GraphQL over HTTP against a running server). All of them use a real PostgreSQL: the embedded one
 * started by global-setup, or the server in DATABASE_URL.
 */
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|int-spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/ui/'],
  transform: {
    // Transpile only: types are checked once by `npm run typecheck`, not per test file.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true } }],
    // otplib's crypto dependencies, file-type (with its tokenizer) and the tus server (@tus/*, srvx) ship only as ES
    // modules; jest's CommonJS runtime needs them transpiled.
    '^.+\\.m?js$': ['ts-jest', { diagnostics: false, tsconfig: { isolatedModules: true, allowJs: true } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@scure|@noble|otplib|@otplib|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|@tus|srvx)/)',
  ],
  moduleNameMapper: {
    ...moduleNameMapper,
    // file-type's export map offers `import` only under `node`; jest resolves with `require`.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
