import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/*
 * Test tiers (STYLE.md): unit tests beside the code; integration (`*.int.test.ts`)
 * and API tests (apps/server/test) run twice, on embedded PGlite and on a throw-away
 * PostgreSQL server started from the system binaries. CI requires the server; a
 * local run without the binaries says that it skipped those.
 */
const hasPostgres =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
if (!hasPostgres) {
  if (process.env.CI)
    throw new Error('CI requires the PostgreSQL server binaries (apt-get install postgresql)');
  console.warn(
    '\n⚠ PostgreSQL server binaries not found: the PostgreSQL integration project is SKIPPED (PGlite only).\n',
  );
}

const dbTests = [
  'packages/*/src/**/*.int.test.ts',
  'apps/server/test/**/*.test.ts',
  'apps/cli/test/**/*.test.ts',
];
const globalSetup = ['packages/services/test-support/global-setup.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.tsx',
            'bench/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.pg.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'pglite',
          include: dbTests,
          globalSetup,
          env: { LOTS_TEST_ENGINE: 'pglite' },
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      ...(hasPostgres
        ? [
            {
              test: {
                name: 'postgres',
                // `*.pg.test.ts`: about the server engine only (e.g. how DATABASE_URL logs in).
                include: [...dbTests, 'packages/*/src/**/*.pg.test.ts'],
                // The CLI tests are about the embedded data directory (lock, crash, files).
                exclude: ['apps/cli/test/**', '**/node_modules/**'],
                globalSetup,
                env: { LOTS_TEST_ENGINE: 'postgres' },
                testTimeout: 120_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
