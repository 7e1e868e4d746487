import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, programme } from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

/* `lots funding import-grants` on two lines of shared/fixtures/statsbidrag-2011-2013.csv. */

let dir: string;
const fixture = readFileSync(
  new URL('../../../../shared/fixtures/statsbidrag-2011-2013.csv', import.meta.url),
  'utf8',
).split('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-funding-cli-'));
  const doc = dataset({
    associations: [{ key: 'pilots', name: 'IPS-piloter' }],
    programmes: [
      programme('ale', 'pilots', { municipality: '1440' }),
      programme('boden', 'pilots', { municipality: '2582' }),
    ],
  });
  writeFileSync(join(dir, 'world.json'), JSON.stringify(doc));
  expect(runCli(['import', join(dir, 'world.json'), '--data-dir', join(dir, 'data')]).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lots funding import-grants', () => {
  it('imports the grant table as decisions of the programmes in those municipalities', () => {
    const csv = join(dir, 'grants.csv');
    writeFileSync(csv, [fixture[0], fixture[1], fixture[2]].join('\n') + '\n');
    const res = runCli([
      'funding',
      'import-grants',
      csv,
      '--association',
      'pilots',
      '--data-dir',
      join(dir, 'data'),
    ]);
    expect(res.code, res.stderr).toBe(0);
    // Ale 1 387 500 + 1 500 000, Boden 1 164 125 + 753 600 + 1 300 000.
    expect(JSON.parse(res.stdout)).toEqual({
      funder: 'Socialstyrelsen',
      rows: 2,
      decisions: 5,
      total: 2887500 + 3217725,
      years: [2011, 2012, 2013],
    });
  });

  it('prints every issue with its line and exits 1', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, `${fixture[0]}\nAle,1,2,3,7\nMalmö,1,0,0,1\n`);
    const res = runCli([
      'funding',
      'import-grants',
      csv,
      '--association',
      'pilots',
      '--data-dir',
      join(dir, 'data'),
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('csv[2].total');
    expect(res.stderr).toContain('csv[3].municipality');
  });
});
