import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TLots } from '@lots/services';
import { buildApp } from '../src/app.ts';

/** The OpenAPI document as committed: generated from the routes' zod schemas. */
export async function generateOpenApi(): Promise<string> {
  // Building the routes never touches the database; any use of it here is a bug.
  const unused = new Proxy({} as TLots, {
    get: () => {
      throw new Error('the database is not used while generating OpenAPI');
    },
  });
  const app = await buildApp({ lots: unused, webDist: null });
  await app.ready();
  const doc = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  return doc;
}

export const OPENAPI_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'packages',
  'contracts',
  'openapi.json',
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, await generateOpenApi());
  process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}
