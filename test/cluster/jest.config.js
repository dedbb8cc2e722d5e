/**
 * `npm run test:cluster`: issue 26's proof on the cluster `npm run start:cluster` runs — PostgreSQL 15 primary and
 * streaming standby, three API processes built as `npm start` builds them, HAProxy in front — made afresh in
 * `.data/cluster-test` on ports CLUSTER_TEST_PORT (default 55640) and up. One file at a time: each kills parts of it.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/cluster/.*\\.cluster-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/cluster/support/global-setup.ts',
  testTimeout: 600_000,
  maxWorkers: 1,
};
