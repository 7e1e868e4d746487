import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phases } from '../domain/enums.ts';
import { derivePhase } from './phase.ts';
import { pairSpells } from './spells.ts';
import type { TPathwayEvent } from './types.ts';

describe('derivePhase', () => {
  const events: TPathwayEvent[] = [
    { type: 'plan', date: '2016-09-22' },
    { type: 'employer_contact', date: '2016-10-03', employer: 'e1' },
    { type: 'placement_start', date: '2016-11-01', kind: 'work_training' },
    { type: 'placement_end', date: '2016-12-20', kind: 'work_training' },
    { type: 'study_start', date: '2016-12-21', kind: 'sfi' },
    { type: 'job_start', date: '2017-01-09', employer: 'e1' },
    { type: 'job_end', date: '2017-05-31', employer: 'e1' },
  ];

  it.each([
    ['2016-09-21', 'profile'],
    ['2016-09-30', 'profile'],
    ['2016-10-03', 'job_search'],
    ['2016-11-01', 'in_placement'],
    ['2016-12-20', 'job_search'],
    ['2016-12-21', 'studying'],
    ['2017-01-09', 'employed'],
    ['2017-05-31', 'studying'],
  ] as const)('on %s is %s', (onDate, phase) => {
    expect(derivePhase(events, onDate)).toBe(phase);
  });

  it('ignores voided events', () => {
    const voided: TPathwayEvent[] = [
      {
        type: 'job_start',
        date: '2017-01-09',
        employer: 'e1',
        voided: { reason: 'wrong participant' },
      },
    ];
    expect(derivePhase(voided, '2017-02-01')).toBe('profile');
  });

  it('ends the job at the named employer when two are open', () => {
    const twoJobs: TPathwayEvent[] = [
      { type: 'job_start', date: '2017-01-09', employer: 'e1' },
      { type: 'job_start', date: '2017-02-01', employer: 'e2' },
      { type: 'job_end', date: '2017-03-01', employer: 'e1' },
    ];
    const { spells } = pairSpells(twoJobs);
    expect(spells.map((s) => [s.match, s.end])).toEqual([
      ['e1', '2017-03-01'],
      ['e2', null],
    ]);
    expect(derivePhase(twoJobs, '2017-03-02')).toBe('employed');
  });

  it('without a named employer ends the most recent open job', () => {
    const { spells } = pairSpells([
      { type: 'job_start', date: '2017-01-09', employer: 'e1' },
      { type: 'job_start', date: '2017-02-01', employer: 'e2' },
      { type: 'job_end', date: '2017-03-01' },
    ]);
    expect(spells.map((s) => s.end)).toEqual([null, '2017-03-01']);
  });

  it('falls back to the most recent open study when the kind differs', () => {
    const { spells, unmatchedEnds } = pairSpells([
      { type: 'study_start', date: '2017-01-09', kind: 'sfi' },
      { type: 'study_end', date: '2017-03-01', kind: 'adult_education' },
    ]);
    expect(unmatchedEnds).toEqual([]);
    expect(spells[0]?.end).toBe('2017-03-01');
  });

  it('always returns a known phase (property)', () => {
    const types = [
      'employer_contact',
      'job_start',
      'job_end',
      'study_start',
      'study_end',
      'placement_start',
      'placement_end',
      'note',
    ] as const;
    const event = fc.record({
      type: fc.constantFrom(...types),
      date: fc.constantFrom('2017-01-01', '2017-02-01', '2017-03-01'),
      employer: fc.constantFrom('e1', 'e2'),
      kind: fc.constantFrom('sfi', 'internship'),
    });
    fc.assert(
      fc.property(
        fc.array(event),
        fc.constantFrom('2016-12-31', '2017-02-15', '2017-04-01'),
        (events, onDate) => (phases as readonly string[]).includes(derivePhase(events, onDate)),
      ),
    );
  });
});
