import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fidelityItemIds } from '@lots/core';
import type { TFidelitySuggestionOutput, TParticipantInput } from '@lots/contracts';
import { dataset, enrolment, programme, specialist } from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

/*
 * `lots fidelity score` on a hand-built review, and `lots fidelity suggest` on a small
 * imported programme (with a sub-programme) where every proposal is obvious. D is
 * 2018-05-31, so the window is 2017-06-01 … 2018-05-31 and the 12 weeks start
 * 2018-03-09.
 */
let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-fidelity-'));
  dataDir = join(dir, 'data');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
};

describe('lots fidelity score', () => {
  it('prints total, band and label of a complete review (103: good)', () => {
    // 18 items at 5, 2 at 4, 5 at 1 = 90 + 8 + 5 = 103 (Helsingborg's second review).
    const items = Object.fromEntries(
      fidelityItemIds.map((id, i) => [id, i < 18 ? 5 : i < 20 ? 4 : 1]),
    );
    const res = runCli([
      'fidelity',
      'score',
      '--input',
      file('review.json', { items }),
      '--format',
      'json',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      total: 103,
      max: 125,
      band: 'good',
      bandLabel: 'Stämmer bra',
      missing: [],
    });
  });

  it('scores with a corrected instrument definition file, and names the errors of a broken one', () => {
    const printed = runCli(['fidelity', 'instrument']);
    expect(printed.code).toBe(0);
    const instrument = JSON.parse(printed.stdout) as {
      bands: { id: string; label: { svShort?: string; sv: string } }[];
      items: { anchors: { sv: string }[] }[];
    };
    // A corrected band label, as a programme would fix a wording without a release.
    const good = instrument.bands.find((b) => b.id === 'good')!;
    good.label = { ...good.label, svShort: 'Stämmer bra (rättad)' };
    const items = Object.fromEntries(
      fidelityItemIds.map((id, i) => [id, i < 18 ? 5 : i < 20 ? 4 : 1]),
    );
    const res = runCli([
      'fidelity',
      'score',
      '--input',
      file('review2.json', { items }),
      '--instrument',
      file('instrument.json', instrument),
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      total: 103,
      band: 'good',
      bandLabel: 'Stämmer bra (rättad)',
    });
    instrument.items[0]!.anchors.pop();
    const broken = runCli([
      'fidelity',
      'score',
      '--input',
      file('review3.json', { items }),
      '--instrument',
      file('broken.json', instrument),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/items\[0\]\.anchors/);
  });

  it('has no band while items are missing, and names them', () => {
    const res = runCli([
      'fidelity',
      'score',
      '--input',
      file('partial.json', { items: { caseload_size: 4, rapid_job_search: 3 } }),
    ]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { total: number; band: null; missing: string[] };
    expect(out).toMatchObject({ total: 7, band: null, bandLabel: null });
    expect(out.missing).toHaveLength(23);
    expect(out.missing[0]).toBe('employment_services_staff');
  });

  it('lists every bad score and unknown item with its path and exits 1', () => {
    const res = runCli([
      'fidelity',
      'score',
      '--input',
      file('bad.json', { items: { caseload_size: 7, teamwork: 2 } }),
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('items.caseload_size: must be a whole number from 1 to 5');
    expect(res.stderr).toContain('items.teamwork: is not a known property here');
  });
});

const enrolled = (
  key: string,
  programmeKey: string,
  specialistKey: string,
  enrolledAt: string,
  extra: Partial<TParticipantInput> = {},
) =>
  enrolment(key, programmeKey, specialistKey, {
    referral: { date: enrolledAt, source: 'psychiatry' },
    enrolledAt,
    consent: { date: enrolledAt, participation: true, handBack: true, survey: false },
    ...extra,
  });

type TEvents = NonNullable<TParticipantInput['events']>;
const f2f = (date: string): TEvents[number] => ({
  type: 'employer_contact',
  date,
  employer: 'emp-a',
  faceToFace: true,
});
const jobStart = (
  employer: string,
  extra: {
    occupation?: string;
    title?: string;
    competitive?: boolean;
    contract?: 'permanent' | 'fixed_term';
  },
): TEvents[number] => ({
  type: 'job_start',
  date: '2018-01-10',
  employer,
  hoursPerWeek: 20,
  extentPct: 50,
  contract: extra.contract ?? 'permanent',
  salary: 15000,
  subsidy: 'none',
  competitive: extra.competitive ?? true,
  ...(extra.occupation ? { occupation: extra.occupation } : {}),
  ...(extra.title ? { title: extra.title } : {}),
});

/**
 * 34 open enrolments on 1 + 0.6 FTE (21 with anna, 13 with bo in the sub-programme):
 * Hudiksvall's 21.25 → 21 → 4. Four enrolments started in the window, two with a
 * first face-to-face contact after 20 and 40 days. 48 face-to-face contacts in the 12
 * weeks by 2 specialists = 2.0 a week. Four jobs in the window (and one before it).
 */
function fidelityWorld() {
  const participants: TParticipantInput[] = [];
  const old = '2017-01-15';
  for (let i = 1; i <= 34; i++) {
    const key = `p${String(i).padStart(2, '0')}`;
    const [prog, spec] = i <= 21 ? ['ips-t', 'anna'] : ['ips-t1', 'bo'];
    const events: TEvents = [];
    let enrolledAt = old;
    if (i === 1) {
      enrolledAt = '2018-01-01';
      events.push(f2f('2018-01-21'));
    } else if (i === 2) {
      enrolledAt = '2018-01-15';
      events.push(f2f('2018-02-24'));
    } else if (i === 3) {
      enrolledAt = '2018-03-01';
    } else if (i === 4) {
      enrolledAt = '2018-03-01';
      events.push({
        type: 'employer_contact',
        date: '2018-03-10',
        employer: 'emp-a',
        faceToFace: false,
      });
    } else if (i <= 28) {
      events.push(f2f('2018-04-10'), f2f('2018-05-10'));
    }
    if (i === 5) {
      events.push(
        { type: 'benefits_counselling', date: '2017-12-20' },
        jobStart('emp-a', { occupation: '5223' }),
        { type: 'follow_along', date: '2018-04-20', with: 'participant' },
      );
    }
    if (i === 6)
      events.push(
        { type: 'benefits_counselling', date: '2018-01-05' },
        jobStart('emp-a', { occupation: '5223', contract: 'fixed_term' }),
      );
    if (i === 7) events.push(jobStart('emp-b', { title: 'Lagerarbetare' }));
    if (i === 8) events.push(jobStart('emp-c', { title: 'lagerarbetare', competitive: false }));
    if (i === 9) events.push({ ...jobStart('emp-c', { title: 'Kock' }), date: '2017-03-01' });
    participants.push(enrolled(key, prog, spec, enrolledAt, { events }));
  }
  participants.push(
    enrolled('closed-1', 'ips-t', 'anna', old, {
      closure: { date: '2018-04-30', reason: 'own_choice' },
    }),
    {
      key: 'declined-1',
      programme: 'ips-t',
      sex: 'male',
      birthYear: 1985,
      municipality: '2184',
      education: 'compulsory',
      referral: { date: '2018-02-01', source: 'AF' },
      declined: { date: '2018-02-10', reason: 'Inte aktuell' },
    },
  );
  const employer = (key: string) => ({ key, name: `Arbetsgivare ${key}`, association: 'assoc-a' });
  return dataset({
    programmes: [
      programme('ips-t', 'assoc-a', { caseNumberPrefix: 'T' }),
      programme('ips-t1', 'assoc-a', { parent: 'ips-t', caseNumberPrefix: 'TS' }),
      programme('other', 'assoc-a', { caseNumberPrefix: 'O' }),
    ],
    specialists: [
      specialist('anna', 'ips-t'),
      specialist('bo', 'ips-t1', 0.6),
      specialist('olle', 'other'),
    ],
    employers: [employer('emp-a'), employer('emp-b'), employer('emp-c')],
    participants: [...participants, enrolled('o-1', 'other', 'olle', old)],
  });
}

describe('lots fidelity suggest', () => {
  it('proposes scores with evidence from the imported records', () => {
    const imported = runCli(['import', file('world.json', fidelityWorld()), '--data-dir', dataDir]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const res = runCli([
      'fidelity',
      'suggest',
      '--programme',
      'ips-t',
      '--date',
      '2018-05-31',
      '--format',
      'json',
      '--data-dir',
      dataDir,
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as TFidelitySuggestionOutput;
    expect(out).toMatchObject({
      programme: 'ips-t',
      date: '2018-05-31',
      window: { from: '2017-06-01', to: '2018-05-31' },
    });
    const byId = Object.fromEntries(out.items.map((i) => [i.id, i]));
    expect(byId.caseload_size).toMatchObject({
      score: 4,
      evidence: { numerator: 34, denominator: 1.6, value: 21 },
    });
    expect(byId.caseload_size!.evidence.details).toMatchObject({
      specialists: [
        { specialist: 'anna', fte: 1, open: 21, adjusted: 21 },
        { specialist: 'bo', fte: 0.6, open: 13, adjusted: 21.67 },
      ],
      maxAdjusted: 21.67,
    });
    expect(byId.rapid_job_search).toMatchObject({
      score: 5,
      evidence: { numerator: 60, denominator: 2, value: 30 },
    });
    expect(byId.rapid_job_search!.evidence.details).toMatchObject({
      enrolmentsStarted: 4,
      withoutContact: 2,
    });
    expect(byId.employer_contact_frequency).toMatchObject({
      score: 2,
      evidence: { numerator: 48, denominator: 24, value: 2 },
    });
    expect(byId.job_type_diversity).toMatchObject({
      score: 2,
      evidence: { numerator: 2, denominator: 4, value: 50 },
    });
    expect(byId.employer_diversity).toMatchObject({
      score: 4,
      evidence: { numerator: 3, denominator: 4, value: 75 },
    });
    expect(byId.competitive_jobs).toMatchObject({
      score: 3,
      evidence: { numerator: 3, denominator: 4, value: 75 },
    });
    expect(byId.work_incentives_planning).toMatchObject({
      score: 3,
      evidence: { numerator: 2, denominator: 4, value: 50 },
    });
    expect(byId.time_unlimited_follow_along).toMatchObject({
      score: 2,
      evidence: { numerator: 1, denominator: 4, value: 25 },
    });
    expect(byId.zero_exclusion).toMatchObject({
      score: null,
      evidence: { numerator: 1, denominator: 5 },
    });
    // Evidence names case numbers, never names or keys of people.
    expect(res.stdout).not.toMatch(/"p\d\d"/);
  });

  it('takes --window-months and refuses bad options with their paths', () => {
    const res = runCli([
      'fidelity',
      'suggest',
      '--programme',
      'ips-t',
      '--date',
      '2018-05-31',
      '--window-months',
      '3',
      '--data-dir',
      dataDir,
    ]);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as TFidelitySuggestionOutput;
    expect(out.window).toEqual({ from: '2018-03-01', to: '2018-05-31' });
    const jobs = out.items.find((i) => i.id === 'competitive_jobs');
    expect(jobs).toMatchObject({
      score: null,
      note: 'No job start in the window: nothing to count.',
    });

    const bad = runCli([
      'fidelity',
      'suggest',
      '--programme',
      'ips-t',
      '--date',
      '2018-02-30',
      '--window-months',
      'x',
      '--data-dir',
      dataDir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('date: must be a real calendar date');
    expect(bad.stderr).toContain('windowMonths');
    const unknown = runCli([
      'fidelity',
      'suggest',
      '--programme',
      'nope',
      '--date',
      '2018-05-31',
      '--data-dir',
      dataDir,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('programme: no such programme');
  });
});
