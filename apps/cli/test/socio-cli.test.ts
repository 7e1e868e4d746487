import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSocioOutput } from '@lots/contracts';
import { runCli } from './run-cli.ts';

/*
 * `lots socio` and `lots budget allocate` need no database: they read a JSON file and
 * print the calculation. The Hudiksvall and MIA figures are the reference numbers of
 * shared/fixtures (socioeconomics.md, funding.md).
 */
const fixtures = new URL('../../../../shared/fixtures/', import.meta.url);
const readFixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as Record<string, unknown>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-socio-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

/** The fixture is already the input shape; name its parameter set and add the seed's extra figures. */
function hudiksvallInput() {
  const f = readFixture('hudiksvall-2017-socioeconomic.json') as {
    parameters: Record<string, unknown>;
    publishedTotals: Record<string, unknown>;
  };
  return {
    ...f,
    parameters: { ...f.parameters, set: 'SE-2017-hudiksvall' },
    outcomeRate: 0.28,
    publishedTotals: { ...f.publishedTotals, sicknessBenefitYear2Reduction: 63500 },
  };
}

describe('lots socio', () => {
  it('reproduces the Hudiksvall 2017 analysis', () => {
    const res = runCli([
      'socio',
      '--input',
      file('hud.json', hudiksvallInput()),
      '--format',
      'json',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as TSocioOutput;
    expect(out.rows[1]).toEqual({
      id: 2,
      monthly: {
        taxIncrease: 8745,
        reducedSocialServices: 10000,
        reducedFK: 0,
        reducedAF: 0,
        productionValue: 37100,
        subsidies: 0,
      },
    });
    expect(out.yearly).toEqual({
      before: 1772604,
      taxIncrease: 386520,
      reducedSocialServices: 171600,
      reducedFK: 1403004,
      reducedAF: 198000,
      productionValue: 3365808,
      subsidies: 1090440,
    });
    expect(out.housingSupport).toMatchObject({
      hoursPerYear: { before: 1066, after: 234, reduction: 832 },
      costPerYear: { before: 501937, after: 110181, reduction: 391756 },
    });
    expect(out.perspectives.municipality).toBe(563356);
    expect(out.summary).toMatchObject({ grossSavings: 2164360, grossSavingsPlusTax: 2550880 });
    expect(out.benefitPeriod).toMatchObject({
      rule: 'seed_simple',
      multiplier: 1.5,
      figures: { taxIncrease: 579780, housingSupport: 587634 },
    });
    expect(out.sicknessBenefitYear2).toEqual({ sicknessBenefitYearly: 1270080, reduction: 79380 });
    expect(out.differences[0]).toEqual({
      row: 1,
      field: 'productionValue',
      published: 15646,
      computed: 21904,
    });
    expect(out.differences).toContainEqual({
      row: null,
      field: 'monthly.salary',
      published: 202700,
      computed: 200346,
    });
  });

  it('on the fixture file as published, prints the figures with both multi-year rules', () => {
    const res = runCli([
      'socio',
      '--input',
      fileURLToPath(new URL('hudiksvall-2017-socioeconomic.json', fixtures)),
      '--format',
      'json',
    ]);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as {
      yearly: Record<string, number>;
      housingSupport: { costPerYear: { reduction: number }; hoursPerYear: { reduction: number } };
      perspectives: { municipality: number };
      benefitPeriod: { rule: string };
      benefitPeriodByRule: {
        seed_simple: { figures: { taxIncrease: number; housingSupport: number } };
      };
      differences: { row: number | null; field: string; published: number; computed: number }[];
    };
    expect(out.yearly.before).toBe(1772604);
    expect(out.housingSupport.hoursPerYear.reduction).toBe(832);
    expect(out.housingSupport.costPerYear.reduction).toBe(391756);
    expect(out.perspectives.municipality).toBe(563356);
    // New analyses default to the cohort rule; the seed's own rule is shown beside it.
    expect(out.benefitPeriod.rule).toBe('geometric');
    expect(out.benefitPeriodByRule.seed_simple.figures).toMatchObject({
      taxIncrease: 579780,
      housingSupport: 587634,
    });
    expect(out.differences).toContainEqual({
      row: 1,
      field: 'productionValue',
      published: 15646,
      computed: 21904,
    });
  });

  it('prints a table for people', () => {
    const res = runCli([
      'socio',
      '--input',
      file('hud.json', hudiksvallInput()),
      '--format',
      'table',
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Kommunens perspektiv\s+563 356/);
    expect(res.stdout).toMatch(/Minskat boendestöd\s+391 756/);
  });

  it('prints the seed_simple three-year figures beside the default rule on the fixture', () => {
    const res = runCli([
      'socio',
      '--input',
      fileURLToPath(new URL('hudiksvall-2017-socioeconomic.json', fixtures)),
      '--format',
      'table',
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(
      /Nyttoperiod geometric \(summa över 3 år, × [\d,]+, analysens regel\)/,
    );
    expect(res.stdout).toMatch(
      /Nyttoperiod seed_simple \(årsvärde år 3, × 1,5\): utbetalningar\s+2 539 836/,
    );
    const seed = res.stdout.slice(res.stdout.indexOf('Nyttoperiod seed_simple'));
    expect(seed).toMatch(/skatt\s+579 780/);
    expect(seed).toMatch(/boendestöd\s+587 634/);
  });

  it('lists every problem with its JSON path and exits 1', () => {
    const res = runCli([
      'socio',
      '--input',
      file('bad.json', {
        parameters: { taxRate: 3 },
        rows: [
          {
            id: 1,
            before: [{ source: 'social_assistance', monthly: 100, tax: 5 }],
            after: { kind: 'employment', salary: 'x', extentPct: 100, employer: 'private' },
          },
        ],
      }),
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('parameters.taxRate: must be between 0 and 1');
    expect(res.stderr).toContain('rows[0].after.salary: must be a number, got string');
    const rule = runCli([
      'socio',
      '--input',
      file('rule.json', {
        rows: [
          {
            id: 1,
            before: [{ source: 'social_assistance', monthly: 100, tax: 5 }],
            after: { kind: 'studies' },
          },
        ],
        housingSupport: { rows: [{ hoursBefore: 2, hoursAfter: 0 }] },
      }),
    ]);
    expect(rule.code).toBe(1);
    expect(rule.stderr).toContain(
      'rows[0].before[0].tax: must be 0: social assistance is not taxed',
    );
    expect(rule.stderr).toContain('parameters.housingSupportHourlyCost: is required');
  });
});

describe('lots budget allocate', () => {
  it('divides the MIA budget by participant targets, exactly 100 000 000 kr', () => {
    const key = new URL('mia-2017-subprojects.json', fixtures).pathname;
    const res = runCli(['budget', 'allocate', '--key', key, '--format', 'json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as {
      total: number;
      allocations: { name: string; amount: number }[];
    };
    expect(out.total).toBe(100_000_000);
    expect(out.allocations.reduce((s, a) => s + a.amount, 0)).toBe(100_000_000);
    const expected = (readFixture('mia-2017-subprojects.json').expected as Record<string, unknown>)
      .budgetShareByTarget;
    expect(Object.fromEntries(out.allocations.map((a) => [a.name, a.amount]))).toEqual(expected);
  });

  it('takes --weights on the command line and reports bad pairs', () => {
    const ok = runCli(['budget', 'allocate', '--total', '100', '--weights', 'a=1,b=1,c=1']);
    expect(ok.code).toBe(0);
    expect(
      (JSON.parse(ok.stdout) as { allocations: { amount: number }[] }).allocations.map(
        (a) => a.amount,
      ),
    ).toEqual([34, 33, 33]);
    const bad = runCli(['budget', 'allocate', '--total', '100', '--weights', 'a=1,b']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('weights[1]: "b" must be name=weight');
  });
});
