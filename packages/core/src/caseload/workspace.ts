import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  toDayNumber,
  type TIsoDate,
} from '../domain/dates.ts';
import type { TEventType } from '../domain/enums.ts';
import type { TPathwayEvent } from '../pathway/types.ts';

/*
 * What a specialist's list ("Mina deltagare") shows about each participant, as pure
 * functions of the events (process.md "Caseload and queue").
 */

/**
 * Event types that are contact with or about the participant. Notes, income and
 * housing-support changes are records, not contact, so they do not reset "days since
 * last contact".
 */
export const contactEventTypes: readonly TEventType[] = [
  'employer_contact',
  'job_start',
  'job_end',
  'study_start',
  'study_end',
  'placement_start',
  'placement_end',
  'benefits_counselling',
  'follow_along',
  'meeting',
  'plan',
];

/** The latest non-voided contact event on or before `today`, and the days since it. */
export function lastContact(
  events: readonly TPathwayEvent[],
  today: TIsoDate,
): { date: TIsoDate; days: number } | null {
  let latest: TIsoDate | null = null;
  for (const e of events) {
    if (e.voided || e.date > today || !contactEventTypes.includes(e.type)) continue;
    if (latest === null || e.date > latest) latest = e.date;
  }
  return latest === null ? null : { date: latest, days: daysBetween(latest, today) };
}

/** Months between plan reviews (process.md: "a plan review is due every 3 months"). */
export const PLAN_REVIEW_MONTHS = 3;

/**
 * The next plan review: the latest non-voided `plan` event (on or before `today`) + 3
 * months, or the enrolment date + 3 months when there is no plan yet. Overdue when
 * the due date has passed.
 */
export function planReviewDue(
  events: readonly TPathwayEvent[],
  enrolledAt: TIsoDate,
  today: TIsoDate,
): { lastPlan: TIsoDate | null; dueOn: TIsoDate; overdue: boolean } {
  let lastPlan: TIsoDate | null = null;
  for (const e of events) {
    if (e.voided || e.type !== 'plan' || e.date > today) continue;
    if (lastPlan === null || e.date > lastPlan) lastPlan = e.date;
  }
  const dueOn = addMonths(lastPlan ?? enrolledAt, PLAN_REVIEW_MONTHS);
  return { lastPlan, dueOn, overdue: dueOn < today };
}

export type TRecordedFollowUp = { date: TIsoDate; months: number | null };

/**
 * Follow-ups after closure that are due (closure + `months` on or before `today`)
 * and not recorded (process.md "Follow-up after closure", default +6 and +12
 * months). A recorded follow-up covers the scheduled one with the same `months`;
 * one recorded without `months` covers the earliest scheduled one still uncovered
 * whose due date it is nearest to, so a follow-up typed in without its label is not
 * asked for twice.
 */
export function overdueFollowUps(
  closedAt: TIsoDate,
  scheduleMonths: readonly number[],
  recorded: readonly TRecordedFollowUp[],
  today: TIsoDate,
): { months: number; dueOn: TIsoDate }[] {
  const schedule = scheduleMonths.map((months) => ({
    months,
    dueOn: addMonths(closedAt, months),
    covered: false,
  }));
  for (const r of recorded) {
    const labelled = schedule.find((s) => s.months === r.months);
    if (labelled) labelled.covered = true;
  }
  const unlabelled = recorded
    .filter((r) => r.months === null)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const r of unlabelled) {
    const open = schedule.filter((s) => !s.covered);
    const nearest = open.sort(
      (a, b) => Math.abs(daysBetween(a.dueOn, r.date)) - Math.abs(daysBetween(b.dueOn, r.date)),
    )[0];
    if (nearest) nearest.covered = true;
  }
  return schedule
    .filter((s) => !s.covered && s.dueOn <= today)
    .map(({ months, dueOn }) => ({ months, dueOn }));
}

/** ISO 8601 week of a date, e.g. `2026-W47`, and the Monday it starts on. */
export function isoWeekOf(date: TIsoDate): { week: string; start: TIsoDate } {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: weekday 0 = Monday.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = toDayNumber(`${year}-01-01`);
  const jan1Weekday = (((firstThursday + 3) % 7) + 7) % 7;
  const week1Monday = firstThursday - jan1Weekday + (jan1Weekday > 3 ? 7 : 0);
  const week = Math.floor((monday - week1Monday) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: fromDayNumber(monday) };
}

/** Every ISO week that overlaps [from, to], in order. */
export function isoWeeksBetween(from: TIsoDate, to: TIsoDate): { week: string; start: TIsoDate }[] {
  const out: { week: string; start: TIsoDate }[] = [];
  for (let d = isoWeekOf(from).start; d <= to; d = addDays(d, 7)) out.push(isoWeekOf(d));
  return out;
}
