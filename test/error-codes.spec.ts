import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Error sub-codes (`extensions.reason`, e.g. `LETTER.NOT_FOUND`) are declared once, in a library's `*.errors.ts`,
 * and thrown through its constructors (issue 18). Clients and tests match on these strings, so a code is never
 * spelt in two places. The files below still spell theirs where they throw them; the list only shrinks.
 */
const ROOT = join(__dirname, '..');
const CODE = /'([A-Z][A-Z_]*\.[A-Z][A-Z_]*)'/g;

/** Files that may still spell a code where they throw it: none since issue 18 (kept so the rule reads the same). */
const STILL_LOOSE: string[] = [];

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
