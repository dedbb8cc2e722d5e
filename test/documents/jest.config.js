/**
 * `npm run test:documents`: every document rendered to PDF by LibreOffice headless (Debian's
 * libreoffice-writer-nogui) and read back with pdftotext (poppler-utils). Not part of `npm test`, which must pass
 * on a machine without LibreOffice; this suite fails, never skips, when soffice or pdftotext is missing.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/documents/.*\\.pdf-spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
