import { describe, expect, it } from 'vitest';
import { baselineActivity, exitActivity, movementFromBaseline } from './movement.ts';
import {
  contact,
  enrolment,
  job,
  jobEnd,
  placement,
  study,
  workedExample,
} from './test-support/factory.ts';
import {
  jobTenures,
  summariseFirstContact,
  summariseFirstJob,
  timeInProgrammeBand,
} from './time-measures.ts';

const period = { from: '2024-01-01', to: '2024-12-31' };

describe('movement from baseline', () => {
  it('reads the activity open on the closure date, highest on the scale', () => {
    const e = enrolment({
      enrolledAt: '2024-01-10',
      closedAt: '2024-06-30',
      events: [
        placement('2024-02-01'),
        job('2024-05-01', { competitive: false, subsidy: 'wage_subsidy', hoursPerWeek: 20 }),
      ],
    });
    expect(exitActivity(e)).toBe('employment');
    expect(exitActivity({ ...e, events: [...e.events, jobEnd('2024-06-01')] })).toBe('occupation');
    // A job ending on the closure date was still held that day.
    expect(exitActivity({ ...e, events: [...e.events, jobEnd('2024-06-30')] })).toBe('employment');
    // Under the programme's minimum hours a job is occupation, as in the outcome definitions.
    expect(exitActivity(e, 25)).toBe('occupation');
    expect(exitActivity(enrolment({ closedAt: null }))).toBeNull();
  });

  it('derives the baseline from income when it was not recorded', () => {
    expect(
      baselineActivity(enrolment({ baselineIncomeSources: ['salary', 'sickness_benefit'] })),
    ).toBe('employment');
    expect(baselineActivity(enrolment({ baselineIncomeSources: ['study_allowance'] }))).toBe(
      'studies',
    );
    expect(baselineActivity(enrolment({ baselineIncomeSources: ['social_assistance'] }))).toBe(
      'none',
    );
    expect(baselineActivity(enrolment({ baselineActivity: 'occupation' }))).toBe('occupation');
  });

  it('shares up / stayed / down, and self-support among the dependent at baseline (Helsingborg)', () => {
    const closed = {
      enrolledAt: '2024-01-10',
      closedAt: '2024-09-30',
      closureReason: 'other',
    } as const;
    const data = [
      // none → competitive job, sickness benefit → salary: up, became self-supporting.
      enrolment({
        ...closed,
        baselineIncomeSources: ['sickness_benefit'],
        exitIncomeSources: ['salary'],
        events: [job('2024-05-01')],
      }),
      // already on salary at baseline (employment) → none: down; not counted as "became".
      enrolment({ ...closed, baselineIncomeSources: ['salary'], exitIncomeSources: ['salary'] }),
      // none → studies, social assistance → study allowance: up, became self-supporting.
      enrolment({
        ...closed,
        baselineIncomeSources: ['social_assistance'],
        exitIncomeSources: ['study_allowance'],
        events: [study('2024-08-01')],
      }),
      // none → none, exit income unknown.
      enrolment({
        ...closed,
        baselineIncomeSources: ['activity_compensation'],
        exitIncomeSources: [],
      }),
      // open: no exit, not in the movement population.
      enrolment({ enrolledAt: '2024-01-10', baselineIncomeSources: ['sickness_benefit'] }),
    ];
    const m = movementFromBaseline(data, { period });
    expect(m.closed).toBe(4);
    expect(m.movedUp).toEqual({ count: 2, rate: 0.5 });
    expect(m.stayed).toEqual({ count: 1, rate: 0.25 });
    expect(m.movedDown).toEqual({ count: 1, rate: 0.25 });
    expect(m.matrix.none.competitive_employment).toBe(1);
    expect(m.matrix.employment.none).toBe(1);
    expect(m.selfSupportFromDependence).toEqual({ count: 2, denominator: 2, rate: 1, unknown: 1 });
  });
});

describe('time measures', () => {
  it('days to first job and job tenure to job end or report date', () => {
    const w = workedExample();
    const first = summariseFirstJob(Object.values(w), period.to);
    // A 2023-11-06 → 2024-02-05 = 91; B 2024-02-12 → 2024-05-02 = 80; E's job is after the report date.
    expect(first.days).toEqual([
      { id: 'A', days: 91 },
      { id: 'B', days: 80 },
    ]);
    expect(first.without).toBe(3);
    expect(first.median).toBe(85.5);

    const e = enrolment({
      id: 'T',
      enrolledAt: '2024-01-01',
      events: [
        job('2024-02-01', { employer: 'x' }),
        jobEnd('2024-03-02', 'x'),
        job('2024-11-01', { employer: 'y' }),
      ],
    });
    expect(jobTenures([e], '2024-12-31')).toEqual([
      { enrolmentId: 'T', start: '2024-02-01', end: '2024-03-02', days: 30, ongoing: false },
      { enrolmentId: 'T', start: '2024-11-01', end: null, days: 60, ongoing: true },
    ]);
  });

  it('voided events never count', () => {
    const e = enrolment({
      enrolledAt: '2024-01-01',
      events: [
        { ...contact('2024-01-05', true), voided: { reason: 'wrong participant' } },
        contact('2024-02-01', true),
      ],
    });
    expect(summariseFirstContact([e], '2024-12-31').days).toEqual([{ id: e.id, days: 31 }]);
  });

  it('month bands count calendar months begun, end-of-month clamped', () => {
    expect(timeInProgrammeBand('2024-01-15', '2024-01-15')).toBe('1-3');
    expect(timeInProgrammeBand('2024-01-15', '2024-04-15')).toBe('1-3');
    expect(timeInProgrammeBand('2024-01-15', '2024-04-16')).toBe('4-6');
    expect(timeInProgrammeBand('2023-11-30', '2024-02-29')).toBe('1-3');
    expect(timeInProgrammeBand('2023-11-30', '2024-03-01')).toBe('4-6');
    expect(timeInProgrammeBand('2024-01-15', '2025-01-15')).toBe('10-12');
    expect(timeInProgrammeBand('2024-01-15', '2025-01-16')).toBe('13+');
  });
});
