// Writes packages/contracts/dataset.schema.json, the published JSON Schema of the
// lots-dataset format, from the zod schema (the single source).
//
//   npx tsx packages/contracts/scripts/write-dataset-schema.ts           write it
//   npx tsx packages/contracts/scripts/write-dataset-schema.ts --check   exit 1 if stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/dataset.ts';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'dataset.schema.json');
const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== text) {
    console.error(
      `${target} is out of date: run npx tsx packages/contracts/scripts/write-dataset-schema.ts`,
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
