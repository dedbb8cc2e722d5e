/**
 * Browser tests of the web console (`npm run test:ui`) and its load benchmark (`npm run bench:ui`): Chromium driven
 * by playwright-core against the real API, which serves the built console. Not part of the root `npm test`.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/ui/.*\\.ui-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 300_000,
  maxWorkers: 1,
};
