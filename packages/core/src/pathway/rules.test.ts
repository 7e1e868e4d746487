import { describe, expect, it } from 'vitest';
import {
  checkClosure,
  checkConsent,
  checkEnrolment,
  checkEnrolmentOverlaps,
  checkEventDates,
  checkEventValues,
  checkSpellOrder,
} from './rules.ts';
import type { TEnrolmentFacts, TPathwayEvent } from './types.ts';

const consent = { date: '2016-09-20', participation: true };
const enrolment = (extra: Partial<TEnrolmentFacts> = {}): TEnrolmentFacts => ({
  enrolledAt: '2016-09-20',
  consent,
  ...extra,
});

describe('checkClosure', () => {
  it('needs a reason', () => {
    expect(checkClosure(enrolment({ closure: { date: '2017-03-10' } }))).toEqual([
      { path: ['closure', 'reason'], message: expect.stringContaining('closing needs a reason') },
    ]);
    expect(
      checkClosure(enrolment({ closure: { date: '2017-03-10', reason: 'bored' } })),
    ).toHaveLength(1);
  });
  it('is not before the enrolment', () => {
    expect(checkClosure(enrolment({ closure: { date: '2016-09-19', reason: 'moved' } }))).toEqual([
      { path: ['closure', 'date'], message: 'must be on or after enrolledAt 2016-09-20' },
    ]);
    expect(checkClosure(enrolment({ closure: { date: '2016-09-20', reason: 'moved' } }))).toEqual(
      [],
    );
  });
  it('needs an enrolment', () => {
    expect(checkClosure({ closure: { date: '2016-09-20', reason: 'moved' } })).toEqual([
      { path: ['closure'], message: 'only an enrolment can be closed: enrolledAt is missing' },
    ]);
  });
});

describe('checkConsent', () => {
  it('refuses enrolment without consent', () => {
    expect(checkConsent({ enrolledAt: '2016-09-20' })).toEqual([
      {
        path: ['consent'],
        message: 'is required to enrol (enrolledAt 2016-09-20): consent must be recorded',
      },
    ]);
    expect(checkConsent({})).toEqual([]);
  });
  it('checks consent dates', () => {
    expect(checkConsent(enrolment({ consent: { ...consent, date: '2016-09-21' } }))).toEqual([
      { path: ['consent', 'date'], message: 'must be on or before enrolledAt 2016-09-20' },
    ]);
    expect(checkConsent(enrolment({ consent: { ...consent, withdrawnAt: '2016-09-01' } }))).toEqual(
      [
        {
          path: ['consent', 'withdrawnAt'],
          message: 'must be on or after consent date 2016-09-20',
        },
      ],
    );
    expect(
      checkConsent(enrolment({ consent: { ...consent, participation: false } }))[0]?.path,
    ).toEqual(['consent', 'participation']);
  });
});

describe('checkEventDates', () => {
  const events: TPathwayEvent[] = [
    { type: 'note', date: '2016-09-19' },
    { type: 'note', date: '2016-09-20' },
    { type: 'note', date: '2017-03-10' },
    { type: 'note', date: '2017-03-11' },
    { type: 'note', date: '2016-01-01', voided: { reason: 'wrong person' } },
  ];
  it('keeps events within enrolment and closure, ignoring voided ones', () => {
    expect(
      checkEventDates(enrolment({ events, closure: { date: '2017-03-10', reason: 'employment' } })),
    ).toEqual([
      { path: ['events', 0, 'date'], message: 'must be on or after enrolledAt 2016-09-20' },
      { path: ['events', 3, 'date'], message: 'must be on or before closure date 2017-03-10' },
    ]);
  });
  it('refuses events on a referral', () => {
    expect(checkEventDates({ events })).toEqual([
      { path: ['events'], message: 'only an enrolment can have events: enrolledAt is missing' },
    ]);
  });
});

describe('checkSpellOrder', () => {
  it('reports an end before its start', () => {
    const events: TPathwayEvent[] = [
      { type: 'job_end', date: '2016-12-01', employer: 'e1' },
      { type: 'job_start', date: '2017-01-09', employer: 'e1' },
    ];
    expect(checkSpellOrder(events)).toEqual([
      {
        path: ['events', 0, 'date'],
        message: 'must be on or after its job_start 2017-01-09 (events[1])',
      },
    ]);
  });
  it('reports an end with no start', () => {
    expect(
      checkSpellOrder([{ type: 'placement_end', date: '2016-12-01', kind: 'internship' }]),
    ).toEqual([
      {
        path: ['events', 0],
        message: 'placement_end has no open placement_start of kind internship before it',
      },
    ]);
  });
  it('accepts a same-day start and end, and ignores voided ends', () => {
    expect(
      checkSpellOrder([
        { type: 'study_start', date: '2017-01-09', kind: 'sfi' },
        { type: 'study_end', date: '2017-01-09', kind: 'sfi' },
        { type: 'study_end', date: '2016-01-09', kind: 'sfi', voided: { reason: 'typo' } },
      ]),
    ).toEqual([]);
  });
});

describe('checkEventValues', () => {
  it('checks extent, hours, salary and subsidy', () => {
    const job: TPathwayEvent = {
      type: 'job_start',
      date: '2017-01-09',
      extentPct: 120,
      hoursPerWeek: -1,
      salary: -5,
      subsidyMonthly: -2,
    };
    expect(checkEventValues(job)).toEqual([
      { path: ['extentPct'], message: 'must be between 1 and 100 (% of full time), got 120' },
      { path: ['hoursPerWeek'], message: 'must not be negative, got -1' },
      { path: ['salary'], message: 'must not be negative, got -5' },
      { path: ['subsidyMonthly'], message: 'must not be negative, got -2' },
    ]);
    expect(
      checkEventValues({ ...job, extentPct: 0.5, hoursPerWeek: 200, salary: 0, subsidyMonthly: 0 }),
    ).toEqual([
      { path: ['extentPct'], message: 'must be between 1 and 100 (% of full time), got 0.5' },
      { path: ['hoursPerWeek'], message: 'must be at most 168 (hours in a week), got 200' },
    ]);
    expect(
      checkEventValues({
        ...job,
        extentPct: 100,
        hoursPerWeek: 40,
        salary: 24000,
        subsidyMonthly: 0,
      }),
    ).toEqual([]);
  });
});

describe('checkEnrolment', () => {
  it('collects every issue, with paths relative to the enrolment', () => {
    const issues = checkEnrolment({
      enrolledAt: '2016-09-20',
      closure: { date: '2016-09-01' },
      events: [{ type: 'job_start', date: '2016-09-25', employer: 'e1', extentPct: 0 }],
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'consent',
      'closure.reason',
      'closure.date',
      'events.0.date',
      'events.0.extentPct',
    ]);
  });
});

describe('checkEnrolmentOverlaps', () => {
  const span = (i: number, enrolledAt: string, closedAt?: string, person = 'anna') => ({
    path: ['participants', i],
    person,
    programme: 'ips-hud',
    enrolledAt,
    closedAt: closedAt ?? null,
  });
  it('refuses a second open enrolment', () => {
    expect(checkEnrolmentOverlaps([span(3, '2017-01-01'), span(0, '2016-09-20')])).toEqual([
      {
        path: ['participants', 3, 'enrolledAt'],
        message:
          'second open enrolment of person anna in programme ips-hud: participants[0] (enrolled 2016-09-20) is still open',
      },
    ]);
  });
  it('refuses overlaps but allows re-enrolment after closure, even on the same day', () => {
    expect(
      checkEnrolmentOverlaps([span(0, '2016-09-20', '2017-03-10'), span(1, '2017-03-10')]),
    ).toEqual([]);
    expect(
      checkEnrolmentOverlaps([
        span(0, '2016-09-20', '2017-03-10'),
        span(1, '2017-02-01', '2017-05-01'),
      ]),
    ).toEqual([
      {
        path: ['participants', 1, 'enrolledAt'],
        message:
          'overlaps enrolment participants[0] (enrolled 2016-09-20), closed 2017-03-10, of person anna in programme ips-hud',
      },
    ]);
    expect(
      checkEnrolmentOverlaps([span(0, '2016-09-20'), span(1, '2016-10-01', '2016-12-01', 'bo')]),
    ).toEqual([]);
  });
});
