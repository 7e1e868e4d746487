import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@lots/db';
import { startPgServer } from './pg-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    lotsEngine: 'pglite' | 'postgres';
    pgliteTemplate: string;
    pgUrl: string;
  }
}

export const TEMPLATE_DB = 'lots_template';

/**
 * Migrates one template per test run — a PGlite data-directory dump, or a template
 * database on a throw-away PostgreSQL server — so each test file starts from a copy
 * in well under a second instead of migrating its own.
 */
export async function setup(project: TestProject) {
  const engine = (project.config.env.LOTS_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';
  project.provide('lotsEngine', engine);
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' }, 'apply');
    const dump = await database.dumpDataDir!();
    await database.close();
    const file = join(tmpdir(), `lots-pglite-template-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteTemplate', file);
    project.provide('pgUrl', '');
    return;
  }
  const server = await startPgServer();
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url: server.url(TEMPLATE_DB) }, 'apply');
  await database.close();
  project.provide('pgliteTemplate', '');
  project.provide('pgUrl', server.url());
  return () => server.stop();
}
