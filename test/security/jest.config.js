/**
 * `npm run test:security`: the findings of a 等保 level-3 style probe, each reproduced against a real server in
 * production mode (NODE_ENV=production semantics: no introspection, no suggestions, no stack traces). Same real
 * PostgreSQL set-up as `npm test`; kept apart so that `npm test` stays short.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/security/.*\\.security-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
