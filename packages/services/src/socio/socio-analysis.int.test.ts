import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSocioInput } from '@lots/contracts';
import {
  createTestLots,
  createTestUser,
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '../../test-support/index.ts';
import { resolveAccess, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { createSocioAnalysis } from './create-socio-analysis.ts';
import { importSocioAnalysis } from './import-socio-analysis.ts';

/*
 * The socio-economic use cases against a real database: the Hudiksvall fixture
 * through the service gives the figures of `lots socio` (issue part 6), and a row
 * built from the records equals the same row typed in (part 1).
 */

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../../shared/fixtures/hudiksvall-2017-socioeconomic.json', import.meta.url),
    'utf8',
  ),
) as { parameters: Record<string, unknown> };

let lots: TLots;
let analyst: TAccess;

beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(
    lots,
    dataset({
      programmes: [programme('hud', 'assoc-a')],
      specialists: [specialist('s1', 'hud')],
      employers: [
        { key: 'e1', name: 'Bolaget', association: 'assoc-a', industry: 'G', type: 'private' },
      ],
      participants: [
        enrolment('p1', 'hud', 's1', {
          events: [
            {
              type: 'job_start',
              date: '2024-04-01',
              employer: 'e1',
              hoursPerWeek: 40,
              extentPct: 100,
              contract: 'permanent',
              salary: 24000,
              subsidy: 'none',
              competitive: true,
            },
          ],
        }),
      ],
    }),
  );
  await createTestUser(lots, { email: 'analyst@test.se', role: 'analyst', association: 'assoc-a' });
  const user = await lots.db.unscoped((r) => r.users.findByEmail('analyst@test.se'));
  if (!user) throw new Error('no user');
  analyst = await lots.db.unscoped((r) =>
    resolveAccess(r, { id: user.id, email: user.email, displayName: 'A', locale: 'sv' }),
  );
});
afterAll(async () => lots.close());

describe('socio-economic analyses in the database', () => {
  it('gives the Hudiksvall figures for the fixture scenario (as lots socio)', async () => {
    const document = ZSocioInput.parse({
      ...fixture,
      parameters: { ...fixture.parameters, set: 'SE-2017-hudiksvall' },
    });
    const a = await importSocioAnalysis(
      lots,
      analyst,
      { programme: 'hud', name: 'Hudiksvall 2017', document },
      { ip: null },
    );
    expect(a.result?.perspectives.municipality).toBe(563356);
    expect(a.result?.summary.housingSupport).toBe(391756);
    expect(a.result?.yearly.before).toBe(1772604);
    expect(a.result?.summary.grossSavingsPlusTax).toBe(2550880);
    // seed_simple over 3 years: 386 520 × 1.5 and 391 756 × 1.5.
    expect(a.years[2]).toMatchObject({ taxIncrease: 579780, housingSupport: 587634 });
    expect(a.savingsPerPayer.find((p) => p.payer === 'FK')?.yearly).toBe(1403004);
  });

  it('builds the same row from the records as typed in', async () => {
    const built = await createSocioAnalysis(
      lots,
      analyst,
      {
        programme: 'hud',
        name: 'Journal',
        mode: 'records',
        period: { from: '2024-01-01', to: '2024-12-31' },
        parameters: {},
      },
      { ip: null },
    );
    const typed = await createSocioAnalysis(
      lots,
      analyst,
      {
        programme: 'hud',
        name: 'Typed',
        mode: 'scenario',
        parameters: {},
        outcomeRate: built.outcomeRate,
        rows: [
          {
            before: [{ source: 'sickness_benefit', monthly: 15000, tax: 4000 }],
            after: {
              kind: 'employment',
              salary: 24000,
              extentPct: 100,
              employer: 'private',
              subsidyPct: 0,
              subsidyMonthly: 0,
            },
            housing: null,
            published: undefined,
          },
        ],
      },
      { ip: null },
    );
    expect(built.rows.map((r) => r.inputs)).toEqual(typed.rows.map((r) => r.inputs));
    expect(built.result).toEqual(typed.result);
    expect(built.parameterSet).toBe('SE-2026');
  });

  it('row-level security: without a scope the new tables show nothing', async () => {
    const k = lots.db.kysely;
    expect(await k.selectFrom('socioAnalysis').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('socioAnalysisRow').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('fundingDecision').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('funder').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('costSharingKey').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('budgetAllocation').select('id').execute()).toEqual([]);
    expect(await k.selectFrom('spend').select('year').execute()).toEqual([]);
  });
});
