import { addMonths, daysBetween, minDate, type TIsoDate } from '../domain/dates.ts';
import { pairSpells } from '../pathway/spells.ts';
import { isClosedInPeriod } from './denominators.ts';
import type { TOutcomeEnrolment, TPeriod } from './types.ts';

/** Mean rounded to one decimal (worked-example.md: 170.3), null for no values. */
export function meanOneDecimal(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/** Median; the mean of the two middle values for an even count; null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function liveOnOrBefore(enrolment: TOutcomeEnrolment, asOf: TIsoDate) {
  const until = enrolment.closedAt ? minDate(enrolment.closedAt, asOf) : asOf;
  return enrolment.events.filter(
    (e) => !e.voided && e.date >= enrolment.enrolledAt && e.date <= until,
  );
}

/**
 * Days from enrolment to the first face-to-face employer contact on or before
 * `asOf` (outcomes.md "Time measures"; IPS: within 30 days). `null` = none.
 */
export function daysToFirstFaceToFaceContact(
  enrolment: TOutcomeEnrolment,
  asOf: TIsoDate,
): number | null {
  const dates = liveOnOrBefore(enrolment, asOf)
    .filter((e) => e.type === 'employer_contact' && e.faceToFace === true)
    .map((e) => e.date)
    .sort();
  return dates[0] === undefined ? null : daysBetween(enrolment.enrolledAt, dates[0]);
}

/** Days to first face-to-face employer contact (outcomes.md "Time measures"). */
export type TContactSummary = {
  /** Days per enrolment that had a face-to-face contact. */
  days: { id: string; days: number }[];
  mean: number | null;
  median: number | null;
  /** How many had their first face-to-face contact within `withinDays` (IPS: 30). */
  within: number;
  withinDays: number;
  /**
   * Enrolments with employer contacts recorded but none face to face: worked-example.md
   * reports D as "1 without".
   */
  without: number;
  /** Enrolments with no employer contact recorded at all (not counted in `without`). */
  noContactRecorded: number;
};

/** Summary of days to first face-to-face employer contact (outcomes.md "Time measures"). */
export function summariseFirstContact(
  enrolments: readonly TOutcomeEnrolment[],
  asOf: TIsoDate,
  withinDays = 30,
): TContactSummary {
  const days: { id: string; days: number }[] = [];
  let without = 0;
  let noContactRecorded = 0;
  for (const e of enrolments) {
    const d = daysToFirstFaceToFaceContact(e, asOf);
    if (d !== null) days.push({ id: e.id, days: d });
    else if (liveOnOrBefore(e, asOf).some((ev) => ev.type === 'employer_contact')) without += 1;
    else noContactRecorded += 1;
  }
  const values = days.map((d) => d.days);
  return {
    days,
    mean: meanOneDecimal(values),
    median: medianOf(values),
    within: values.filter((v) => v <= withinDays).length,
    withinDays,
    without,
    noContactRecorded,
  };
}

/** Days from enrolment to the first job start on or before `asOf`; null = none (outcomes.md "Time measures"). */
export function daysToFirstJob(enrolment: TOutcomeEnrolment, asOf: TIsoDate): number | null {
  const dates = liveOnOrBefore(enrolment, asOf)
    .filter((e) => e.type === 'job_start')
    .map((e) => e.date)
    .sort();
  return dates[0] === undefined ? null : daysBetween(enrolment.enrolledAt, dates[0]);
}

/** Summary of days to first job: mean, median, and how many have none yet. */
export function summariseFirstJob(
  enrolments: readonly TOutcomeEnrolment[],
  asOf: TIsoDate,
): {
  days: { id: string; days: number }[];
  mean: number | null;
  median: number | null;
  without: number;
} {
  const days: { id: string; days: number }[] = [];
  for (const e of enrolments) {
    const d = daysToFirstJob(e, asOf);
    if (d !== null) days.push({ id: e.id, days: d });
  }
  const values = days.map((d) => d.days);
  return {
    days,
    mean: meanOneDecimal(values),
    median: medianOf(values),
    without: enrolments.length - days.length,
  };
}

/** Bands of time in programme in months (outcomes.md "Time measures"; seed 001 diagram 8). */
export const timeInProgrammeBands = ['1-3', '4-6', '7-9', '10-12', '13+'] as const;
export type TTimeInProgrammeBand = (typeof timeInProgrammeBands)[number];

/**
 * The band of a stay, counting calendar months begun: a stay up to and including
 * the same day three calendar months after enrolment (`addMonths`, end-of-month
 * clamped) is in `1-3`; one day more is in `4-6`; and so on, `13+` from twelve
 * months and one day. A stay closed on its first day is in `1-3`. So 2024-01-15 →
 * 2024-04-15 is `1-3`, → 2024-04-16 is `4-6`.
 */
export function timeInProgrammeBand(
  enrolledAt: TIsoDate,
  closedAt: TIsoDate,
): TTimeInProgrammeBand {
  for (const [i, band] of (['1-3', '4-6', '7-9', '10-12'] as const).entries()) {
    if (closedAt <= addMonths(enrolledAt, (i + 1) * 3)) return band;
  }
  return '13+';
}

/** Time in programme of the enrolments closed in the period (outcomes.md "Time measures"). */
export type TTimeInProgramme = {
  closed: number;
  meanDays: number | null;
  medianDays: number | null;
  bands: { band: TTimeInProgrammeBand; count: number }[];
};

/**
 * Time in programme for enrolments closed in the period: mean (one decimal) and
 * median days from enrolment to closure, and the month bands (outcomes.md "Time
 * measures"; Hudiksvall: 37 closed, mean 194 days).
 */
export function timeInProgramme(
  enrolments: readonly TOutcomeEnrolment[],
  period: TPeriod,
): TTimeInProgramme {
  const stays = enrolments
    .filter((e) => isClosedInPeriod(e, period))
    .map((e) => ({ from: e.enrolledAt, to: e.closedAt ?? e.enrolledAt }));
  const days = stays.map((s) => daysBetween(s.from, s.to));
  return {
    closed: stays.length,
    meanDays: meanOneDecimal(days),
    medianDays: medianOf(days),
    bands: timeInProgrammeBands.map((band) => ({
      band,
      count: stays.filter((s) => timeInProgrammeBand(s.from, s.to) === band).length,
    })),
  };
}

/** One job's tenure (outcomes.md "Time measures"). */
export type TJobTenure = {
  enrolmentId: string;
  start: TIsoDate;
  end: TIsoDate | null;
  /** Days from job start to job end, or to `asOf` while the job is open. */
  days: number;
  ongoing: boolean;
};

/**
 * Job tenure (outcomes.md "Time measures"): for every job started on or after
 * enrolment and on or before `asOf`, days from its start to its end, or to `asOf`
 * (the report date) while still open. Jobs are paired by `pairSpells`.
 */
export function jobTenures(enrolments: readonly TOutcomeEnrolment[], asOf: TIsoDate): TJobTenure[] {
  const tenures: TJobTenure[] = [];
  for (const e of enrolments) {
    for (const spell of pairSpells(e.events, asOf).spells) {
      if (spell.kind !== 'job' || spell.start < e.enrolledAt) continue;
      const end = spell.end ?? asOf;
      tenures.push({
        enrolmentId: e.id,
        start: spell.start,
        end: spell.end,
        days: daysBetween(spell.start, end),
        ongoing: spell.end === null,
      });
    }
  }
  return tenures;
}
