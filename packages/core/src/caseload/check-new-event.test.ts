import { describe, expect, it } from 'vitest';
import type { TPathwayEvent } from '../pathway/types.ts';
import { checkNewEvent, endsOrphanedByVoiding } from './check-new-event.ts';

const enrolment = { enrolledAt: '2024-01-15', closedAt: null };
const jobStart: TPathwayEvent = { type: 'job_start', date: '2024-03-01', employer: 'e1' };

describe('checkNewEvent', () => {
  it('refuses dates before enrolment and after closure', () => {
    expect(checkNewEvent(enrolment, [], { type: 'meeting', date: '2024-01-14' })).toEqual([
      {
        path: ['date'],
        message: 'must be on or after enrolledAt 2024-01-15',
        rule: 'before_enrolment',
      },
    ]);
    expect(
      checkNewEvent({ ...enrolment, closedAt: '2024-06-30' }, [], {
        type: 'meeting',
        date: '2024-07-01',
      }).map((i) => i.rule),
    ).toEqual(['after_closure']);
  });

  it('refuses an end before its start and an end without a start', () => {
    const end: TPathwayEvent = { type: 'job_end', date: '2024-02-01', employer: 'e1' };
    expect(checkNewEvent(enrolment, [jobStart], end)).toMatchObject([
      { path: ['date'], rule: 'end_before_start' },
    ]);
    expect(
      checkNewEvent(enrolment, [], { type: 'study_end', date: '2024-02-01', kind: 'sfi' }),
    ).toMatchObject([{ path: ['type'], rule: 'end_without_start' }]);
    expect(checkNewEvent(enrolment, [jobStart], { ...end, date: '2024-04-01' })).toEqual([]);
  });

  it('refuses an end that would take the start of a later, recorded end', () => {
    const existing: TPathwayEvent[] = [
      jobStart,
      { type: 'job_end', date: '2024-05-01', employer: 'e1' },
    ];
    expect(
      checkNewEvent(enrolment, existing, { type: 'job_end', date: '2024-04-01', employer: 'e1' }),
    ).toMatchObject([{ path: ['date'], rule: 'orphans_later_end' }]);
  });

  it('refuses extents outside 1–100 and negative amounts', () => {
    expect(
      checkNewEvent(enrolment, [], { ...jobStart, extentPct: 120, salary: -1 }).map((i) => i.path),
    ).toEqual([['extentPct'], ['salary']]);
  });
});

describe('endsOrphanedByVoiding', () => {
  it('names the end that would lose its start', () => {
    const end: TPathwayEvent = { type: 'job_end', date: '2024-05-01', employer: 'e1' };
    expect(endsOrphanedByVoiding([jobStart, end], 0)).toEqual([end]);
    expect(endsOrphanedByVoiding([jobStart, end], 1)).toEqual([]);
  });
});
