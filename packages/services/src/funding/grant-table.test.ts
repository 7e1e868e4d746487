import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGrantTable } from './grant-table.ts';

const fixture = readFileSync(
  new URL('../../../../../shared/fixtures/statsbidrag-2011-2013.csv', import.meta.url),
  'utf8',
);

describe('parseGrantTable', () => {
  it('reads the statsbidrag table: 32 pilots, 82 690 713 kr (seed 000, Tabell 1)', () => {
    const t = parseGrantTable(fixture);
    expect(t.issues).toEqual([]);
    expect(t.years).toEqual([2011, 2012, 2013]);
    expect(t.rows).toHaveLength(32);
    const sum = t.rows.reduce((s, r) => s + r.amounts.reduce((x, a) => x + a.amount, 0), 0);
    expect(sum).toBe(82690713);
  });

  it('reports a bad header, cell, total and repeated municipality with line and column', () => {
    expect(parseGrantTable('kommun,2011\nA,1').issues[0]?.path).toEqual(['csv', 1]);
    const t = parseGrantTable('municipality,y2011,total\nA,x,1\nB,1,2\nb,1,1\n');
    expect(t.issues.map((i) => i.path)).toEqual([
      ['csv', 2, 'y2011'],
      ['csv', 2, 'total'],
      ['csv', 3, 'total'],
      ['csv', 4, 'municipality'],
    ]);
  });
});
