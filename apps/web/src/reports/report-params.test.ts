import { describe, expect, it } from 'vitest';
import {
  apiParams,
  effectivePeriod,
  matchingPreset,
  presetPeriod,
  readFilters,
  withParams,
} from './report-params.ts';

const filters = (qs: string) => readFilters(new URLSearchParams(qs));

describe('readFilters', () => {
  it('reads the API parameters from the URL', () => {
    expect(
      filters(
        'programme=ips-hud&from=2025-01-01&to=2025-12-31&denominator=closed_or_outcome&ageBands=youth&by=sex,quarter',
      ),
    ).toEqual({
      programme: 'ips-hud',
      association: null,
      all: false,
      from: '2025-01-01',
      to: '2025-12-31',
      denominator: 'closed_or_outcome',
      ageBands: 'youth',
      by: ['sex', 'quarter'],
    });
  });

  it('drops values the API would refuse, so the default applies', () => {
    const f = filters('from=2025-02-30&to=idag&denominator=all&ageBands=x&by=sex,shoe,sex');
    expect([f.from, f.to, f.denominator, f.ageBands, f.by]).toEqual([
      null,
      null,
      null,
      null,
      ['sex'],
    ]);
  });
});

describe('apiParams', () => {
  it('sends the association instead of the programme when one is chosen', () => {
    expect(apiParams(filters('programme=ips-hud&association=halsingland'))).toEqual({
      association: 'halsingland',
    });
  });

  it('sends neither programme nor association for every programme the user may see', () => {
    expect(apiParams(filters('programme=ips-hud&scope=all&from=2025-01-01'))).toEqual({
      from: '2025-01-01',
    });
    // An association chosen after "all" wins.
    expect(apiParams(filters('programme=ips-hud&scope=all&association=h'))).toEqual({
      association: 'h',
    });
  });

  it('sends only the filters the report takes', () => {
    const f = filters('programme=p&denominator=started_in_period&ageBands=sus&by=sex');
    expect(apiParams(f)).toEqual({ programme: 'p' });
    expect(apiParams(f, { denominator: true, by: true })).toEqual({
      programme: 'p',
      denominator: 'started_in_period',
      by: ['sex'],
    });
  });
});

describe('period presets', () => {
  const today = '2026-11-22';

  it('"i år", "förra året" and "senaste 12 mån"', () => {
    expect(presetPeriod('this_year', today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetPeriod('last_year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('last_12_months', today)).toEqual({ from: '2025-11-23', to: today });
    expect(presetPeriod('last_12_months', '2028-02-29')).toEqual({
      from: '2027-03-01',
      to: '2028-02-29',
    });
    expect(presetPeriod('last_12_months', '2026-01-01').from).toBe('2025-01-02');
  });

  it('without dates in the URL the period is this year, and its preset is pressed', () => {
    const period = effectivePeriod(filters('programme=p'), today);
    expect(period).toEqual({ from: '2026-01-01', to: today });
    expect(matchingPreset(period, today)).toBe('this_year');
    expect(matchingPreset({ from: '2025-03-01', to: today }, today)).toBeNull();
  });
});

describe('withParams', () => {
  it('changes and removes parameters, keeping the rest', () => {
    const search = new URLSearchParams('programme=p&from=2025-01-01&by=sex');
    expect(withParams(search, { from: null, to: '2025-06-30' })).toBe(
      '?programme=p&by=sex&to=2025-06-30',
    );
  });
});
