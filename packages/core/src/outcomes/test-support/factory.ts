import type { TIsoDate } from '../../domain/dates.ts';
import type { TPlacementKind, TStudyKind, TSubsidy } from '../../domain/enums.ts';
import type { TOutcomeEnrolment, TOutcomeEvent } from '../types.ts';

/* Factories for outcome-engine tests: plain data, defaults a reader can guess. */

let counter = 0;

export function enrolment(fields: Partial<TOutcomeEnrolment> = {}): TOutcomeEnrolment {
  counter += 1;
  return {
    id: `e${counter}`,
    programme: 'ips-demo',
    sex: 'female',
    birthYear: 1990,
    enrolledAt: '2024-01-01',
    events: [],
    ...fields,
  };
}

export function job(
  date: TIsoDate,
  fields: {
    competitive?: boolean;
    subsidy?: TSubsidy;
    hoursPerWeek?: number;
    employer?: string;
  } = {},
): TOutcomeEvent {
  return {
    type: 'job_start',
    date,
    employer: fields.employer ?? 'emp',
    competitive: fields.competitive ?? true,
    subsidy: fields.subsidy ?? 'none',
    hoursPerWeek: fields.hoursPerWeek ?? 40,
  };
}

export function jobEnd(date: TIsoDate, employer = 'emp'): TOutcomeEvent {
  return { type: 'job_end', date, employer };
}

export function study(date: TIsoDate, kind: TStudyKind = 'adult_education'): TOutcomeEvent {
  return { type: 'study_start', date, kind };
}

export function placement(date: TIsoDate, kind: TPlacementKind = 'work_training'): TOutcomeEvent {
  return { type: 'placement_start', date, kind };
}

export function contact(date: TIsoDate, faceToFace: boolean): TOutcomeEvent {
  return { type: 'employer_contact', date, employer: 'emp', faceToFace };
}

/** worked-example.md: five enrolments in `ips-demo`, period 2024. */
export function workedExample(): Record<'A' | 'B' | 'C' | 'D' | 'E', TOutcomeEnrolment> {
  return {
    A: enrolment({
      id: 'A',
      sex: 'female',
      birthYear: 1996,
      enrolledAt: '2023-11-06',
      events: [contact('2023-11-20', true), job('2024-02-05', { hoursPerWeek: 30 })],
      closedAt: '2024-04-08',
      closureReason: 'employment',
      exitIncomeSources: ['salary'],
    }),
    B: enrolment({
      id: 'B',
      sex: 'male',
      birthYear: 1970,
      enrolledAt: '2024-02-12',
      events: [
        placement('2024-03-01', 'work_training'),
        job('2024-05-02', { competitive: false, subsidy: 'wage_subsidy', hoursPerWeek: 20 }),
      ],
    }),
    C: enrolment({
      id: 'C',
      sex: 'female',
      birthYear: 2001,
      enrolledAt: '2024-03-04',
      events: [study('2024-04-15', 'folk_high_school')],
      closedAt: '2024-09-30',
      closureReason: 'studies',
      exitIncomeSources: ['study_allowance'],
    }),
    D: enrolment({
      id: 'D',
      sex: 'male',
      birthYear: 1984,
      enrolledAt: '2024-05-20',
      events: [contact('2024-06-03', false)],
      closedAt: '2024-10-14',
      closureReason: 'ill_health',
      exitIncomeSources: ['sickness_benefit'],
    }),
    E: enrolment({
      id: 'E',
      sex: 'female',
      birthYear: 1963,
      enrolledAt: '2024-09-02',
      events: [job('2025-01-13', { competitive: true })],
    }),
  };
}
