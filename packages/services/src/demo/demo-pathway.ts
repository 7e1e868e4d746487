import { addDays, maxDate, type TIsoDate, type TPlacementKind, type TStudyKind } from '@lots/core';
import type { TClosure, TEvent, TFollowUp, TIncome } from '@lots/contracts';
import type { TDemoEmployer } from './demo-catalogue.ts';
import { demoClosure, otherReasons, type TClosurePlan } from './demo-closure.ts';
import { jobStart, pickEmployer } from './demo-job.ts';
import type { TDemoPerson } from './demo-person.ts';
import type { TRandom } from './demo-random.ts';

/*
 * What happens during one demo enrolment, as IPS Hudiksvall describes it (seed 001):
 * employer contacts, mostly face to face, in the first weeks; benefits counselling
 * before a job; follow-along support once employed; a plan every three months; and
 * closure about two months after a job or study start (the two-month rule). About
 * 40 % of closed enrolments reach a job, some with wage subsidy, and about 15 %
 * studies. Whatever would happen after `today` is left out, so late enrolments
 * are still open.
 */

export type TPathwayContext = {
  rng: TRandom;
  enrolledAt: TIsoDate;
  today: TIsoDate;
  person: TDemoPerson;
  employers: readonly TDemoEmployer[];
  closureAfterDays: number;
  followUpMonths: readonly number[];
  handBackTo?: string;
};

export type TDemoPathway = { events: TEvent[]; closure?: TClosure; followUps: TFollowUp[] };

export function demoPathway(ctx: TPathwayContext): TDemoPathway {
  const { rng, enrolledAt, today, person, employers } = ctx;
  const day = (offset: number) => addDays(enrolledAt, offset);
  const events: TEvent[] = [];
  const baselineIncome = person.baseline.incomeSources;
  const outcome = rng.weighted([
    ['employment', 39],
    ['studies', 15],
    ['placement', 14],
    ['none', 32],
  ] as const);

  events.push({
    type: 'plan',
    date: day(rng.int(0, 10)),
    goals: 'Kartläggning och karriärprofil.',
    dueDate: day(90),
  });
  const contacts = rng.int(2, 5);
  for (let i = 0; i < contacts; i++) {
    const employer = rng.chance(0.75) ? pickEmployer(rng, employers).key : undefined;
    events.push({
      type: 'employer_contact',
      date: day(i === 0 ? rng.int(4, 25) : rng.int(10, 75)),
      ...(employer ? { employer } : {}),
      faceToFace: rng.chance(0.8),
      purpose: 'job_development',
    });
  }
  if (rng.chance(0.6)) {
    events.push({
      type: 'meeting',
      date: day(rng.int(7, 30)),
      kind: 'network',
      parties: ['Vuxenpsykiatrin', 'Försäkringskassan'],
    });
  }
  if (rng.chance(0.5)) {
    events.push({
      type: 'note',
      date: day(rng.int(1, 40)),
      text: 'Samtal om yrkesintressen och tidigare erfarenheter.',
    });
  }

  let placementEnd: TIsoDate | undefined;
  if (outcome === 'placement' || (outcome !== 'none' && rng.chance(0.3)) || rng.chance(0.1)) {
    const kind = rng.weighted<TPlacementKind>([
      ['internship', 35],
      ['work_training', 35],
      ['work_trial', 15],
      ['social_training', 15],
    ]);
    const start = day(rng.int(25, 110));
    const at =
      kind === 'social_training'
        ? { provider: 'Aktivitetshuset (demo)' }
        : rng.chance(0.7)
          ? { employer: pickEmployer(rng, employers).key }
          : {};
    const hoursPerWeek = rng.int(2, 6) * 4;
    placementEnd = addDays(start, rng.int(30, 120));
    events.push({ type: 'placement_start', date: start, kind, ...at, hoursPerWeek });
    events.push({ type: 'placement_end', date: placementEnd, kind, ...at });
  }
  const afterPlacement = (offset: number) =>
    maxDate(day(offset), addDays(placementEnd ?? enrolledAt, rng.int(3, 30)));
  const twoMonthsAfter = (start: TIsoDate) => addDays(start, ctx.closureAfterDays + rng.int(0, 15));

  let plan: TClosurePlan;
  if (outcome === 'employment') {
    const employer = pickEmployer(rng, employers);
    const job = jobStart(rng, afterPlacement(rng.int(35, 320)), employer);
    if (rng.chance(0.6)) {
      events.push({
        type: 'benefits_counselling',
        date: maxDate(enrolledAt, addDays(job.date, -rng.int(7, 30))),
      });
    }
    events.push(job, {
      type: 'income_change',
      date: job.date,
      source: 'salary',
      monthly: job.salary,
      from: job.date,
    });
    events.push({
      type: 'employer_contact',
      date: addDays(job.date, rng.int(3, 10)),
      employer: employer.key,
      faceToFace: true,
      purpose: 'follow_along',
    });
    for (let d = rng.int(10, 20); d < 120; d += rng.int(14, 28)) {
      events.push({
        type: 'follow_along',
        date: addDays(job.date, d),
        with: rng.chance(0.6) ? 'participant' : 'employer',
      });
    }
    const housing = person.baseline.housingSupportHoursPerWeek;
    if (housing !== undefined && rng.chance(0.7)) {
      const hoursPerWeek = Math.max(0, housing - rng.int(1, 4));
      events.push({
        type: 'housing_support_change',
        date: addDays(job.date, rng.int(20, 45)),
        hoursPerWeek,
      });
    }
    if (rng.chance(0.08)) {
      // A job that does not last: the outcome still counts, the closure is another.
      const ended = addDays(job.date, rng.int(20, 50));
      events.push({
        type: 'job_end',
        date: ended,
        employer: employer.key,
        reason: 'Provanställningen avslutades.',
      });
      plan = {
        closureDate: addDays(ended, rng.int(30, 120)),
        reason: rng.weighted(otherReasons.slice(0, 3)),
        exit: baselineIncome,
      };
    } else {
      const exit: TIncome[] = [{ source: 'salary', monthly: job.salary }];
      const benefit = baselineIncome[0];
      if (
        job.extentPct <= 50 &&
        benefit?.monthly !== undefined &&
        !['social_assistance', 'salary'].includes(benefit.source)
      ) {
        exit.push({
          source: benefit.source,
          monthly: Math.round((benefit.monthly * (100 - job.extentPct)) / 1000) * 10,
        });
      }
      plan = { closureDate: twoMonthsAfter(job.date), reason: 'employment', exit };
    }
  } else if (outcome === 'studies') {
    const date = afterPlacement(rng.int(40, 250));
    const kind = rng.weighted<TStudyKind>([
      ['adult_education', 35],
      ['folk_high_school', 30],
      ['vocational', 15],
      ['university', 10],
      ['sfi', 10],
    ]);
    const monthly = rng.amount(10000, 11500);
    events.push({ type: 'study_start', date, kind, extentPct: rng.pick([50, 75, 100]) });
    events.push({ type: 'income_change', date, source: 'study_allowance', monthly, from: date });
    events.push({
      type: 'follow_along',
      date: addDays(date, rng.int(14, 30)),
      with: 'participant',
    });
    plan = {
      closureDate: twoMonthsAfter(date),
      reason: 'studies',
      exit: [{ source: 'study_allowance', monthly }],
    };
  } else {
    const from = placementEnd ?? day(rng.int(60, 200));
    plan = {
      closureDate: addDays(from, rng.int(30, 320)),
      reason: rng.weighted(otherReasons),
      ...(rng.chance(0.9) ? { exit: baselineIncome } : {}),
    };
  }

  const end = plan.closureDate <= today ? plan.closureDate : today;
  for (let d = rng.int(85, 100); day(d) <= end; d += rng.int(85, 100)) {
    events.push({
      type: 'plan',
      date: day(d),
      goals: 'Uppföljning av planen.',
      dueDate: day(d + 90),
    });
  }
  const kept = events
    .filter((e) => e.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (plan.closureDate > today) return { events: kept, followUps: [] };

  const { closure, followUps } = demoClosure(rng, plan, {
    today,
    followUpMonths: ctx.followUpMonths,
    ...(ctx.handBackTo ? { handBackTo: ctx.handBackTo } : {}),
  });
  return { events: kept, closure, followUps };
}
