import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Error sub-codes (`extensions.reason`, e.g. `LETTER.NOT_FOUND`) are declared once, in a library's `*.errors.ts`,
 * and thrown through its constructors (issue 18). Clients and tests match on these strings, so a code is never
 * spelt in two places. The files below still spell theirs where they throw them; the list only shrinks.
 */
const ROOT = join(__dirname, '..');
const CODE = /'([A-Z][A-Z_]*\.[A-Z][A-Z_]*)'/g;

const STILL_LOOSE = [
  // The access policy's FORBIDDEN reasons, one per rule (to become access.errors.ts with the policy's next change).
  'libs/access/src/policy/access-policy.ts',
  'libs/access/src/auth.guard.ts',
  'libs/access/src/request-context.ts',
  // Request-level refusals outside any library's domain: the HTTP server, the socket, paging, query limits.
  'apps/api/src/api-server.ts',
  'apps/api/src/graphql/graphql-socket.ts',
  'libs/graphql/src/error-formatter.ts',
  'libs/graphql/src/pagination.ts',
  'libs/kernel/src/app-error.ts',
  'libs/kernel/src/validation.ts',
  'libs/calendar/src/domain/holiday-calendar.ts',
  'libs/witness/src/witness.controller.ts',
  'libs/documents/src/http/documents.controller.ts',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'console' ? [] : files(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

const sources = [...files(join(ROOT, 'libs')), ...files(join(ROOT, 'apps'))].map((path) => ({
  path: relative(ROOT, path),
  codes: [...readFileSync(path, 'utf8').matchAll(CODE)].map((m) => m[1]),
}));

it('declares each error code in one errors file, once', () => {
  const declared = sources.filter((s) => s.path.endsWith('.errors.ts')).flatMap((s) => s.codes);
  expect(declared.length).toBeGreaterThan(40);
  expect(declared.filter((code, i) => declared.indexOf(code) !== i)).toEqual([]);
});

it('spells no error code outside the errors files but in those still listed', () => {
  const loose = sources.filter((s) => !s.path.endsWith('.errors.ts') && s.codes.length).map((s) => s.path);
  expect(loose.filter((path) => !STILL_LOOSE.includes(path))).toEqual([]);
  expect(STILL_LOOSE.filter((path) => !loose.includes(path))).toEqual([]);
});
