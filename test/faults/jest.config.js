/**
 * `npm run test:faults`: issue 17's faults reproduced on a real PostgreSQL that the suite stops, kills and starts
 * (a cluster of its own, in `.data/pg-faults` on port EMBEDDED_PG_FAULT_PORT), with API processes built as
 * `npm start` builds them and load running. One file at a time: each takes the database away from its processes.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/faults/.*\\.faults-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/faults/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/faults/support/global-teardown.ts',
  testTimeout: 300_000,
  maxWorkers: 1,
};
