// Layering of STYLE.md ("Layout"), enforced on resolved paths.
//
//   core  <-  contracts, db  <-  services  <-  server, cli
//   web   ->  contracts only
//   cli   ->  server's entry (apps/server/src/index.ts), for `lots serve`
//
// Workspace imports (`@lots/core`) go through the node_modules/@lots symlinks;
// with preserveSymlinks: false they resolve to `packages/core/src/index.ts`, so the
// rules below match on real paths. Each rule also matches the bare specifier
// (`@lots/db`) so that an import that fails to resolve still trips the rule.
//
// Run: npx depcruise packages apps bench --config .dependency-cruiser.cjs

/** npm packages `packages/core` may use in production code. Core does no I/O. */
const CORE_NPM_ALLOWED = [];
/** npm packages `packages/contracts` may use in production code. */
const CONTRACTS_NPM_ALLOWED = ['zod'];

/** Files that are tests or test support: they may use test tooling and node built-ins. */
const TEST_FILES = [
  '\\.test\\.[cm]?[jt]sx?$',
  '\\.spec\\.[cm]?[jt]sx?$',
  '(^|/)test/',
  '(^|/)tests/',
  '(^|/)test-support/',
  '(^|/)__tests__/',
  '(^|/)[^/]+\\.config\\.[cm]?[jt]s$',
];

/**
 * Test files plus a workspace's own `scripts/` (build-time generators such as the
 * dataset JSON Schema writer): these may do I/O. Rule `not-to-package-scripts` keeps
 * production code from importing them.
 */
const TOOLING_FILES = [...TEST_FILES, '^(packages|apps)/[^/]+/scripts/'];

/** A workspace, by resolved path or by (possibly unresolved) `@lots/<name>` specifier. */
const ws = (dir, name) => `^(${dir}/|@lots/${name}($|/))`;
const CORE = ws('packages/core', 'core');
const CONTRACTS = ws('packages/contracts', 'contracts');
const DB = ws('packages/db', 'db');
const SERVICES = ws('packages/services', 'services');
const APPS = '^(apps/|@lots/(server|web|cli|e2e)($|/))';
const BENCH = ws('bench', 'bench');

/** Any npm package, wherever npm hoisted it. */
const npmExcept = (allowed) =>
  allowed.length === 0
    ? '(^|/)node_modules/'
    : `(^|/)node_modules/(?!(${allowed.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})/)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No dependency cycles anywhere (type-only imports count too).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that cannot be resolved would slip past the layering rules; fix the path or add the package.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment:
        'This npm package is not in any package.json (the workspace one or the root one). Add it with npm i -w.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },

    // ---- core: pure domain, no I/O --------------------------------------------------
    {
      name: 'core-no-workspaces',
      severity: 'error',
      comment: 'packages/core depends on no other workspace.',
      from: { path: CORE },
      to: { path: '^(packages|apps|bench)/|^@lots/', pathNot: CORE },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'packages/core does no I/O: no fs, no node:* modules (tests may read fixtures).',
      from: { path: CORE, pathNot: TOOLING_FILES },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-npm',
      severity: 'error',
      comment:
        'packages/core uses no npm packages outside CORE_NPM_ALLOWED in .dependency-cruiser.cjs (tests may use vitest and fast-check).',
      from: { path: CORE, pathNot: TOOLING_FILES },
      to: { path: npmExcept(CORE_NPM_ALLOWED) },
    },

    // ---- contracts: zod schemas, error codes, typed client ---------------------------
    {
      name: 'contracts-only-core',
      severity: 'error',
      comment: 'packages/contracts may import only packages/core among the workspaces.',
      from: { path: CONTRACTS },
      to: { path: '^(packages|apps|bench)/|^@lots/', pathNot: [CONTRACTS, CORE] },
    },
    {
      name: 'contracts-no-node-builtins',
      severity: 'error',
      comment: 'packages/contracts is shared with the browser: no node built-ins.',
      from: { path: CONTRACTS, pathNot: TOOLING_FILES },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contracts-npm-allow-list',
      severity: 'error',
      comment:
        'packages/contracts uses only the npm packages in CONTRACTS_NPM_ALLOWED in .dependency-cruiser.cjs.',
      from: { path: CONTRACTS, pathNot: TOOLING_FILES },
      to: { path: npmExcept(CONTRACTS_NPM_ALLOWED) },
    },

    // ---- db: may use core -----------------------------------------------------------
    {
      name: 'db-only-core',
      severity: 'error',
      comment: 'packages/db may import only packages/core among the workspaces.',
      from: { path: DB },
      to: { path: '^(packages|apps|bench)/|^@lots/', pathNot: [DB, CORE] },
    },

    // ---- services: may use core, contracts, db ---------------------------------------
    {
      name: 'services-not-to-apps',
      severity: 'error',
      comment: 'packages/services may import core, contracts and db, never an app or bench.',
      from: { path: SERVICES },
      to: { path: '^(packages|apps|bench)/|^@lots/', pathNot: [SERVICES, CORE, CONTRACTS, DB] },
    },

    // ---- apps -----------------------------------------------------------------------
    {
      name: 'apps-not-to-db',
      severity: 'error',
      comment:
        'No app imports packages/db directly (tests included): go through packages/services.',
      from: { path: APPS },
      to: { path: DB },
    },
    {
      name: 'web-only-contracts',
      severity: 'error',
      comment: 'apps/web talks to the server only through packages/contracts (the typed client).',
      from: { path: '^apps/web/' },
      to: { path: '^(packages|apps|bench)/|^@lots/', pathNot: ['^apps/web/', CONTRACTS] },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      comment: 'apps/web/src runs in the browser: no node built-ins.',
      from: { path: '^apps/web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-other-apps',
      severity: 'error',
      comment: 'An app never imports another app.',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/cli/' },
      to: { path: APPS, pathNot: ['^apps/$1/', '^@lots/$1($|/)'] },
    },
    {
      name: 'cli-only-to-server-entry',
      severity: 'error',
      comment:
        '`lots serve` (npm start) starts the server, so apps/cli may import apps/server through its entry apps/server/src/index.ts, and nothing else of any other app.',
      from: { path: '^apps/cli/' },
      to: {
        path: APPS,
        pathNot: [
          '^apps/cli/',
          '^@lots/cli($|/)',
          '^apps/server/src/index\\.ts$',
          '^@lots/server$',
        ],
      },
    },
    {
      name: 'nothing-imports-apps',
      severity: 'error',
      comment: 'Packages and bench never import an app.',
      from: { pathNot: '^apps/' },
      to: { path: APPS },
    },
    {
      name: 'not-to-package-scripts',
      severity: 'error',
      comment:
        "A workspace's scripts/ are build-time tools: only other scripts and tests import them.",
      from: { pathNot: TOOLING_FILES },
      to: { path: '^(packages|apps)/[^/]+/scripts/' },
    },
    {
      name: 'nothing-imports-bench',
      severity: 'error',
      comment: 'Only bench imports bench.',
      from: { pathNot: '^bench/' },
      to: { path: BENCH },
    },
  ],
  options: {
    // npm packages stay in the graph as leaves (so core-no-npm can see them) but are
    // not cruised into.
    doNotFollow: { path: '(^|/)node_modules/' },
    // Build output and local data of our own tree (anchored: npm packages keep their dist/).
    exclude: {
      path: [
        '^(dist|coverage|data|test-results)/',
        '^(apps|packages)/[^/]+/(dist|coverage|data|test-results)/',
        '^bench/(dist|results|\\.data)/',
      ],
    },
    preserveSymlinks: false,
    combinedDependencies: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx', '.d.ts', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
