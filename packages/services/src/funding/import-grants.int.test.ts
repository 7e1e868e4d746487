import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemScope } from '@lots/db';
import { createTestLots, dataset, importOrThrow, programme } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { grantReporting, grantUsePeriod, importGrants } from './import-grants.ts';

/*
 * The whole state-grant table of seed 000 (Tabell 1, fixture statsbidrag-2011-2013.csv)
 * imported into an association with one programme per pilot municipality.
 */

const csv = readFileSync(
  new URL('../../../../../shared/fixtures/statsbidrag-2011-2013.csv', import.meta.url),
  'utf8',
);
const municipalities = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

let lots: TLots;

beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(
    lots,
    dataset({
      associations: [{ key: 'pilots', name: 'IPS-piloter 2011–2013' }],
      programmes: municipalities.map((m, i) => ({
        ...programme(`pilot-${i + 1}`, 'pilots'),
        name: m,
      })),
    }),
  );
});
afterAll(async () => lots.close());

const decisions = () =>
  lots.db.inScope(systemScope(), async (r) => {
    const ids = (await r.organisation.listProgrammes()).map((p) => p.id);
    return r.funding.listDecisions(ids);
  });

describe('importing the statsbidrag table 2011–2013', () => {
  it('gives 32 pilots 82 690 713 kr as decisions with their period of use and reports', async () => {
    const result = await importGrants(
      lots,
      { kind: 'system' },
      { association: 'pilots', csv },
      { ip: null },
    );
    // 2011: 25 589 877, 2012: 24 100 836, 2013: 33 000 000; 69 non-zero cells (96 cells less 27 zeros).
    expect(result).toEqual({
      funder: 'Socialstyrelsen',
      rows: 32,
      decisions: 69,
      total: 82690713,
      years: [2011, 2012, 2013],
    });
    const all = await decisions();
    expect(all).toHaveLength(69);
    expect(new Set(all.map((d) => d.programmeKey)).size).toBe(32);
    const sum = (year?: number) =>
      all.filter((d) => year === undefined || d.year === year).reduce((s, d) => s + d.amount, 0);
    expect(sum()).toBe(82690713);
    expect([sum(2011), sum(2012), sum(2013)]).toEqual([25589877, 24100836, 33000000]);

    // Värmdö (m.fl.): 5 675 000 in 2011, usable until June 2013 (the extension).
    const varmdo = all.find((d) => d.programmeKey === 'pilot-31' && d.year === 2011);
    expect(varmdo).toMatchObject({ amount: 5675000, useFrom: '2011-01-01', useTo: '2013-06-30' });
    expect(varmdo?.reporting).toEqual([
      {
        due: '2012-01-31',
        label: 'Delredovisning 2011: aktiviteter och förbrukning',
        sentAt: null,
      },
      {
        due: '2013-01-31',
        label: 'Delredovisning 2012: aktiviteter och förbrukning',
        sentAt: null,
      },
      { due: '2014-01-31', label: 'Slutredovisning: hur medlen har använts', sentAt: null },
    ]);
    const y2013 = all.find((d) => d.programmeKey === 'pilot-31' && d.year === 2013);
    expect(y2013).toMatchObject({ amount: 3900000, useFrom: '2013-01-01', useTo: '2013-12-31' });
  });

  it('a re-import keeps the amounts once and the reports already sent', async () => {
    const before = await decisions();
    const first = before.find((d) => d.programmeKey === 'pilot-1' && d.year === 2011)!;
    const reporting = first.reporting as { due: string; label: string; sentAt: string | null }[];
    await lots.db.inScope(systemScope(), (r) =>
      r.funding.updateDecisionReporting(first.id, [
        { ...reporting[0], sentAt: '2012-01-20' },
        ...reporting.slice(1),
      ]),
    );
    await importGrants(lots, { kind: 'system' }, { association: 'pilots', csv }, { ip: null });
    const after = await decisions();
    expect(after).toHaveLength(69);
    const again = after.find((d) => d.id === first.id);
    expect((again?.reporting as { sentAt: string | null }[])[0]?.sentAt).toBe('2012-01-20');
  });
});

describe('grant period of use and reports', () => {
  it('2011–2012 funds run to June 2013, 2013 funds to the end of 2013', () => {
    expect(grantUsePeriod(2011, 2013)).toEqual({ from: '2011-01-01', to: '2013-06-30' });
    expect(grantUsePeriod(2012, 2013)).toEqual({ from: '2012-01-01', to: '2013-06-30' });
    expect(grantUsePeriod(2013, 2013)).toEqual({ from: '2013-01-01', to: '2013-12-31' });
    expect(grantReporting(2013, '2013-12-31')).toEqual([
      { due: '2014-01-31', label: 'Slutredovisning: hur medlen har använts', sentAt: null },
    ]);
  });
});
