import { addDays, formatIssue, yearOf } from '@lots/core';
import type { TDataset } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import { testMunicipalityCodes } from '../dataset/test-support/interchange-example.ts';
import { validateDataset } from '../dataset/validate-dataset.ts';
import { buildDemoDataset } from './demo-dataset.ts';

const ref = { municipalityCodes: testMunicipalityCodes };
const todays = ['2026-11-22', '2019-05-31', '2024-02-29'] as const;
const seeds = [1, 7, 2184] as const;

function allDates(doc: TDataset): string[] {
  return doc.participants.flatMap((p) => [
    p.referral.date,
    ...(p.enrolledAt ? [p.enrolledAt] : []),
    ...p.events.map((e) => e.date),
    ...(p.closure ? [p.closure.date] : []),
    ...p.followUps.map((f) => f.date),
    ...(p.queue?.acceptedAt ? [p.queue.acceptedAt] : []),
    ...(p.declined ? [p.declined.date] : []),
    ...(p.withdrawn ? [p.withdrawn.date] : []),
  ]);
}

describe('buildDemoDataset', () => {
  it.each(todays.flatMap((today) => seeds.map((seed) => [seed, today] as const)))(
    'seed %i, today %s passes validateDataset',
    (seed, today) => {
      const result = validateDataset(buildDemoDataset({ seed, today }), ref);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    },
  );

  it('is identical for identical inputs and differs between seeds', () => {
    const a = buildDemoDataset({ seed: 2184, today: '2026-11-22' });
    expect(JSON.stringify(buildDemoDataset({ seed: 2184, today: '2026-11-22' }))).toBe(
      JSON.stringify(a),
    );
    expect(JSON.stringify(buildDemoDataset({ seed: 2185, today: '2026-11-22' }))).not.toBe(
      JSON.stringify(a),
    );
  });

  it('has the programmes, specialists and employers the demo logins expect', () => {
    const doc = buildDemoDataset({ seed: 1, today: '2026-11-22' });
    expect(doc.associations).toEqual([
      { key: 'halsingland', name: 'Samordningsförbundet Hälsingland Demo' },
    ]);
    expect(doc.programmes.map((p) => [p.key, p.name, p.municipality, p.caseNumberPrefix])).toEqual([
      ['ips-hud', 'IPS Hudiksvall (demo)', '2184', 'HUD'],
      ['ips-nor', 'IPS Nordanstig (demo)', '2132', 'NOR'],
    ]);
    expect(doc.specialists.map((s) => [s.key, s.programme, s.fte])).toEqual([
      ['hud-s1', 'ips-hud', 1],
      ['hud-s2', 'ips-hud', 0.6],
      ['nor-s1', 'ips-nor', 1],
    ]);
    expect(doc.employers.length).toBeGreaterThanOrEqual(18);
    expect(doc.employers.every((e) => e.industry && e.type && e.name.includes('(demo)'))).toBe(
      true,
    );
  });

  it.each(seeds)('seed %i has a realistic mix, all within the three years before today', (seed) => {
    const today = '2026-11-22';
    const doc = buildDemoDataset({ seed, today });
    const dates = allDates(doc);
    expect(dates.every((d) => d <= today)).toBe(true);

    const hud = doc.participants.filter((p) => p.programme === 'ips-hud');
    const enrolled = doc.participants.filter((p) => p.enrolledAt !== undefined);
    const hudEnrolled = hud.filter((p) => p.enrolledAt !== undefined);
    expect(hudEnrolled.length).toBeGreaterThanOrEqual(65);
    expect(hudEnrolled.length).toBeLessThanOrEqual(75);
    expect(enrolled.filter((p) => p.programme === 'ips-nor').length).toBe(25);
    expect(enrolled.every((p) => (p.enrolledAt ?? '') >= addDays(today, -3 * 365))).toBe(true);

    // Re-enrolment: a couple of persons have two enrolments (seed 001: 72 enrolments, 70 persons).
    const persons = new Set(hudEnrolled.map((p) => p.person ?? p.key));
    expect(hudEnrolled.length - persons.size).toBe(2);

    const waiting = hud.filter((p) => p.queue && !p.withdrawn);
    expect(waiting).toHaveLength(8);
    expect(hud.some((p) => p.declined)).toBe(true);

    const closed = enrolled.filter((p) => p.closure);
    const withJob = closed.filter((p) => p.events.some((e) => e.type === 'job_start'));
    expect(withJob.length / closed.length).toBeGreaterThan(0.25);
    expect(withJob.length / closed.length).toBeLessThan(0.6);
    expect(
      withJob.some((p) =>
        p.events.some((e) => e.type === 'job_start' && e.subsidy === 'wage_subsidy'),
      ),
    ).toBe(true);
    expect(closed.some((p) => p.closure?.reason === 'studies')).toBe(true);
    expect(closed.some((p) => p.followUps.length === 2)).toBe(true);

    const female = enrolled.filter((p) => p.sex === 'female').length / enrolled.length;
    expect(female).toBeGreaterThan(0.4);
    expect(female).toBeLessThan(0.72);
    for (const p of enrolled) {
      const age = yearOf(p.enrolledAt ?? '') - p.birthYear;
      expect(age).toBeGreaterThanOrEqual(19);
      expect(age).toBeLessThanOrEqual(60);
      expect(p.caseNumber).toMatch(/^(HUD|NOR)-\d{4}-\d{3}$/);
      expect(p.identity?.personalNumber).toBeUndefined();
    }
  });

  it('refuses a today that is not a date', () => {
    expect(() => buildDemoDataset({ seed: 1, today: '2026-02-30' })).toThrow(/today/);
  });
});
