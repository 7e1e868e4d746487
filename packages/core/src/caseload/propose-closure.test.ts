import { describe, expect, it } from 'vitest';
import type { TPathwayEvent } from '../pathway/types.ts';
import { proposeClosure } from './propose-closure.ts';

const job = (date: string, employer = 'e1'): TPathwayEvent => ({
  type: 'job_start',
  date,
  employer,
});

describe('proposeClosure (Hudiksvall two-month rule, seed 001)', () => {
  const enrolledAt = '2016-09-20';

  it('proposes closing for employment once a job has lasted 60 days, counted from its start', () => {
    const events = [job('2017-01-09')];
    expect(proposeClosure(events, enrolledAt, 60, '2017-03-09')).toEqual({
      proposed: false,
      reason: 'employment',
      since: '2017-01-09',
      days: 59,
    });
    expect(proposeClosure(events, enrolledAt, 60, '2017-03-10')).toEqual({
      proposed: true,
      reason: 'employment',
      since: '2017-01-09',
      days: 60,
    });
  });

  it('uses the programme’s own closureAfterDays', () => {
    expect(proposeClosure([job('2017-01-09')], enrolledAt, 90, '2017-03-10')?.proposed).toBe(false);
  });

  it('proposes studies for an open study, and nothing once it has ended', () => {
    const study: TPathwayEvent[] = [{ type: 'study_start', date: '2017-01-09', kind: 'sfi' }];
    expect(proposeClosure(study, enrolledAt, 60, '2017-04-01')).toMatchObject({
      proposed: true,
      reason: 'studies',
    });
    const ended: TPathwayEvent[] = [
      ...study,
      { type: 'study_end', date: '2017-02-01', kind: 'sfi' },
    ];
    expect(proposeClosure(ended, enrolledAt, 60, '2017-04-01')).toBeNull();
  });

  it('ignores placements, voided jobs and jobs that ended', () => {
    expect(
      proposeClosure(
        [
          { type: 'placement_start', date: '2016-10-01', kind: 'internship' },
          { ...job('2016-10-01'), voided: { reason: 'wrong participant' } },
          job('2016-10-02', 'e2'),
          { type: 'job_end', date: '2016-11-01', employer: 'e2' },
        ],
        enrolledAt,
        60,
        '2017-04-01',
      ),
    ).toBeNull();
  });

  it('prefers a due job over a due study, and a due study over a job still counting', () => {
    const both: TPathwayEvent[] = [
      { type: 'study_start', date: '2016-10-01', kind: 'sfi' },
      job('2016-11-01'),
    ];
    expect(proposeClosure(both, enrolledAt, 60, '2017-01-15')?.reason).toBe('employment');
    expect(proposeClosure(both, enrolledAt, 60, '2016-12-15')).toMatchObject({
      proposed: true,
      reason: 'studies',
      since: '2016-10-01',
    });
  });
});
