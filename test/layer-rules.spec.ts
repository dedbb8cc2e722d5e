import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The layer rules of .dependency-cruiser.cjs (run by `npm run lint:layers` in .ci/run) fire when broken: a small
 * tree of libraries, one file breaking each rule and a few that keep them all, cruised with the repository's own
 * configuration. Removing or loosening a rule fails the first test; a rule that catches the good files fails it too.
 */
const ROOT = join(__dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string, paths: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'json', '--no-progress'],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    // depcruise exits with the number of errors; the report is on stdout all the same.
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

function fakePackage(name: string, types: string): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({
      name,
      version: '0.0.0',
      main: 'index.js',
      types: 'index.d.ts',
    }),
    [`node_modules/${name}/index.js`]: 'module.exports = {};\n',
    [`node_modules/${name}/index.d.ts`]: `${types}\n`,
  };
}

const FIXTURE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      baseUrl: '.',
      module: 'commonjs',
      paths: {
        '@app/kernel': ['libs/kernel/src'],
        '@app/alpha': ['libs/alpha/src'],
        '@app/beta': ['libs/beta/src'],
        '@app/beta/domain': ['libs/beta/src/domain'],
      },
    },
  }),
  // Stand-ins for the packages, so that the fixture resolves them as the repository does (node_modules/<name>/).
  ...fakePackage(
    '@nestjs/common',
    'export declare function Injectable(): ClassDecorator;\nexport declare function Module(m: object): ClassDecorator;',
  ),
  ...fakePackage(
    'typeorm',
    'export declare function In(v: unknown[]): unknown;\nexport declare class Repository<T> { t?: T }',
  ),
  ...fakePackage('zod', 'export declare const z: { string(): { parse(v: unknown): string } };'),
  'libs/kernel/src/index.ts': `export const KERNEL = 'k';\n`,
  'libs/beta/src/index.ts': `export * from './domain';\nexport * from './beta.module';\n`,
  'libs/beta/src/beta.module.ts': `import { Module } from '@nestjs/common';\n@Module({})\nexport class BetaModule {}\n`,
  'libs/beta/src/beta.repository.ts': `import { Repository } from 'typeorm';\nexport type BetaRows = Repository<object>;\n`,
  'libs/beta/src/domain/index.ts': `export * from './beta.events';\n`,
  'libs/beta/src/domain/beta.events.ts': `export const BETA_HAPPENED = 'BetaHappened';\n`,
  'libs/alpha/src/index.ts': `export * from './alpha.service';\n`,

  // Keep every rule: a decider on its own domain, the kernel, another domain's door and a pure package.
  'libs/alpha/src/domain/alpha.events.ts': `export const ALPHA_HAPPENED = 'AlphaHappened';\n`,
  'libs/alpha/src/domain/alpha.decider.ts': [
    `import { z } from 'zod';`,
    `import { KERNEL } from '@app/kernel';`,
    `import { BETA_HAPPENED } from '@app/beta/domain';`,
    `import { ALPHA_HAPPENED } from './alpha.events';`,
    `export const decide = () => [z.string().parse(ALPHA_HAPPENED), BETA_HAPPENED, KERNEL];`,
  ].join('\n'),
  // A service may reach another library through its index, and a resolver its own service.
  'libs/alpha/src/alpha.service.ts': `import { BetaModule } from '@app/beta';\nexport const uses = BetaModule;\n`,
  'libs/alpha/src/graphql/alpha.resolver.ts': `import { uses } from '../alpha.service';\nexport const r = uses;\n`,

  // Break one rule each.
  'libs/alpha/src/domain/framework.decider.ts': `import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n`,
  'libs/alpha/src/domain/reaches-index.decider.ts': `import { BetaModule } from '@app/beta';\nexport const b = BetaModule;\n`,
  'libs/alpha/src/domain/reaches-service.decider.ts': `import { uses } from '../alpha.service';\nexport const u = uses;\n`,
  'libs/alpha/src/deep-import.ts': `import { BetaModule } from '../../beta/src/beta.module';\nexport const d = BetaModule;\n`,
  'libs/alpha/src/graphql/database.resolver.ts': `import { In } from 'typeorm';\nexport const q = In;\n`,
  'libs/alpha/src/graphql/repository.resolver.ts': `import { BetaRows } from '../../../beta/src/beta.repository';\nexport type R = BetaRows;\n`,
  'libs/alpha/src/cycle-a.ts': `import { b } from './cycle-b';\nexport const a = () => b;\n`,
  'libs/alpha/src/cycle-b.ts': `import { a } from './cycle-a';\nexport const b = () => a;\n`,
  'libs/kernel/src/reaches-up.ts': `import { uses } from '@app/alpha';\nexport const up = uses;\n`,
  'apps/api/src/main.ts': `import { BetaModule } from '../../../libs/beta/src/beta.module';\nexport const m = BetaModule;\n`,
};

describe('layer rules (.dependency-cruiser.cjs)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layer-rules-'));
    for (const [file, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fires each rule on the file that breaks it, and on no other', () => {
    const found = cruise(dir, ['libs', 'apps'])
      .map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)
      .sort();
    expect(found).toEqual(
      [
        'apps-through-lib-index: apps/api/src/main.ts → libs/beta/src/beta.module.ts',
        'domain-stays-in-domain: libs/alpha/src/domain/reaches-index.decider.ts → libs/beta/src/index.ts',
        'domain-stays-in-domain: libs/alpha/src/domain/reaches-service.decider.ts → libs/alpha/src/alpha.service.ts',
        'domain-without-frameworks: libs/alpha/src/domain/framework.decider.ts → node_modules/@nestjs/common/index.js',
        'kernel-at-the-bottom: libs/kernel/src/reaches-up.ts → libs/alpha/src/index.ts',
        'lib-through-its-index: libs/alpha/src/deep-import.ts → libs/beta/src/beta.module.ts',
        'lib-through-its-index: libs/alpha/src/graphql/repository.resolver.ts → libs/beta/src/beta.repository.ts',
        'no-cycles: libs/alpha/src/cycle-a.ts → libs/alpha/src/cycle-b.ts',
        'resolvers-only-delegate: libs/alpha/src/graphql/database.resolver.ts → node_modules/typeorm/index.js',
        'resolvers-only-delegate: libs/alpha/src/graphql/repository.resolver.ts → libs/beta/src/beta.repository.ts',
      ].sort(),
    );
  });

  it('holds in this repository', () => {
    expect(cruise(ROOT, ['apps/api', 'apps/cli', 'libs', 'migrations', 'test', 'scripts'])).toEqual([]);
  });
});
