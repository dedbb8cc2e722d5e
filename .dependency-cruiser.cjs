// @ts-check
/**
 * The layer rules the build checks (`npm run lint:layers`, run by .ci/run next to lint). Each rule names the
 * STYLE.md line it enforces; test/architecture/layer-rules.spec.ts breaks each one on purpose and expects it to fire.
 *
 * Paths are matched after resolution, so `@app/x` is `libs/x/src/index.ts` here (the tsconfig's paths).
 * Spec files are left out of the domain and resolver rules: a test may reach for whatever it checks.
 */
const SPEC = '\\.(spec|int-spec|e2e-spec)\\.ts$';

/** A library's doors: its index, and the pure door of its domain (`@app/<lib>/domain`). */
const DOORS = ['^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/domain/index\\.ts$'];

/** Packages that tie code to a framework, a database or the network: never in a domain file. */
const IMPURE_PACKAGES =
  'node_modules/(@types/)?(@nestjs/[^/]+|typeorm|pg|pg-boss|@apollo/[^/]+|graphql|graphql-ws|express|ws|nodemailer|dataloader)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'No module depends on itself through others (a cycle makes load order and layering meaningless).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-through-its-index',
      comment:
        'STYLE: index.ts is the door into a library (and domain/index.ts the door into its domain, for other ' +
        'domains). Import @app/<lib> or @app/<lib>/domain, never a file inside another library.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: ['^libs/$1/', ...DOORS] },
    },
    {
      name: 'apps-through-lib-index',
      comment: 'The same door for programs, tests and scripts: @app/<lib>, never a file inside a library.',
      severity: 'error',
      from: { path: '^(apps|test|scripts|migrations)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: DOORS },
    },
    {
      name: 'domain-stays-in-domain',
      comment:
        'STYLE: domain/ holds the decider, events and errors with no framework. A domain file imports only its own ' +
        "domain folder, the kernel, another library's pure door (@app/<lib>/domain: a domain file itself, so pure by " +
        'this same rule) and pure npm packages.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/', pathNot: SPEC },
      to: {
        path: '^(libs|apps|migrations|test|scripts)/',
        pathNot: ['^libs/$1/src/domain/', '^libs/kernel/src/', '^libs/[^/]+/src/domain/index\\.ts$'],
      },
    },
    {
      name: 'domain-without-frameworks',
      comment: 'STYLE: domain files import no Nest, TypeORM, pg, GraphQL or HTTP package.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: SPEC },
      to: { path: IMPURE_PACKAGES },
    },
    {
      name: 'kernel-at-the-bottom',
      comment: 'The kernel is what every library shares: it imports no library and no framework.',
      severity: 'error',
      from: { path: '^libs/kernel/src/', pathNot: SPEC },
      to: { path: ['^(libs/(?!kernel/)|apps/|migrations/|test/|scripts/)', IMPURE_PACKAGES] },
    },
    {
      name: 'resolvers-only-delegate',
      comment:
        'STYLE: resolvers parse, dispatch, map. A resolver reaches its own commands, queries, services, domain ' +
        "labels and GraphQL types, other libraries' public index, never a repository, the database or TypeORM.",
      severity: 'error',
      from: { path: '\\.resolver\\.ts$|/graphql/[^/]+\\.graphql\\.ts$', pathNot: SPEC },
      to: {
        path: ['\\.repository\\.ts$', 'node_modules/(typeorm|pg|@nestjs/typeorm)/', '^libs/database/src/'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|\\.data)/' },
    includeOnly: '^(apps/(api|cli)|libs|migrations|test|scripts|node_modules)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
