import {
  addDays,
  closureReasons,
  educationLevels,
  followUpStatuses,
  incomeSources,
  placementKinds,
  referralSources,
  sexes,
  studyKinds,
} from '@lots/core';
import type { TDataset, TEvent, TParticipant } from '@lots/contracts';
import fc from 'fast-check';

/*
 * fast-check arbitrary of valid lots-dataset documents: generated as a small plan
 * of numbers and choices, then built so that every rule holds by construction
 * (events inside the enrolment, ends after their starts, re-enrolment only after
 * closure, follow-ups after closure).
 */

const origin = '2015-01-01';
const municipalities = ['2184', '2132', '2161'] as const;

const eventPlan = fc.record({
  offset: fc.integer({ min: 0, max: 400 }),
  kind: fc.constantFrom(
    'note',
    'plan',
    'contact',
    'counselling',
    'follow',
    'income',
    'housing',
    'job',
    'study',
    'placement',
  ),
  length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  voided: fc.boolean(),
  choice: fc.nat(),
});

const enrolmentPlan = fc.record({
  start: fc.integer({ min: 0, max: 3000 }),
  waitDays: fc.integer({ min: 0, max: 90 }),
  enrolled: fc.boolean(),
  referralState: fc.constantFrom('queue', 'declined', 'withdrawn', 'none'),
  events: fc.array(eventPlan, { maxLength: 8 }),
  closeAfter: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  followUps: fc.integer({ min: 0, max: 2 }),
  reEnrolGap: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  choice: fc.nat(),
});
type TEnrolmentPlan = typeof enrolmentPlan extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

function buildEvents(
  plan: TEnrolmentPlan,
  enrolledAt: string,
  employers: readonly string[],
): TEvent[] {
  const events: TEvent[] = [];
  for (const e of plan.events) {
    const date = addDays(enrolledAt, e.offset);
    // Spell starts and ends are never voided: voiding a start would orphan its end.
    const voided = e.voided ? { voided: { reason: 'recorded by mistake' } } : {};
    const employer = employers.length > 0 ? pick(employers, e.choice) : undefined;
    const end = e.length === null ? null : addDays(date, e.length);
    switch (e.kind) {
      case 'note':
        events.push({ type: 'note', date, text: 'Samtal om arbete', ...voided });
        break;
      case 'plan':
        events.push({ type: 'plan', date, dueDate: addDays(date, 90), ...voided });
        break;
      case 'contact':
        events.push({
          type: 'employer_contact',
          date,
          faceToFace: e.choice % 3 !== 0,
          ...(employer ? { employer } : {}),
          ...voided,
        });
        break;
      case 'counselling':
        events.push({ type: 'benefits_counselling', date, ...voided });
        break;
      case 'follow':
        events.push({
          type: 'follow_along',
          date,
          with: e.choice % 2 === 0 ? 'participant' : 'employer',
          ...voided,
        });
        break;
      case 'income':
        events.push({
          type: 'income_change',
          date,
          source: pick(incomeSources, e.choice),
          monthly: e.choice % 30000,
          ...voided,
        });
        break;
      case 'housing':
        events.push({
          type: 'housing_support_change',
          date,
          hoursPerWeek: e.choice % 10,
          ...voided,
        });
        break;
      case 'job':
        if (!employer) break;
        events.push({
          type: 'job_start',
          date,
          employer,
          hoursPerWeek: 10 + (e.choice % 31),
          extentPct: 25 + (e.choice % 76),
          contract: 'permanent',
          salary: 15000 + (e.choice % 15000),
          subsidy: 'none',
          competitive: true,
        });
        if (end) events.push({ type: 'job_end', date: end, employer });
        break;
      case 'study': {
        const kind = pick(studyKinds, e.choice);
        events.push({ type: 'study_start', date, kind });
        if (end) events.push({ type: 'study_end', date: end, kind });
        break;
      }
      case 'placement': {
        const kind = pick(placementKinds, e.choice);
        events.push({ type: 'placement_start', date, kind });
        if (end) events.push({ type: 'placement_end', date: end, kind });
        break;
      }
    }
  }
  return events;
}

function buildEntry(
  plan: TEnrolmentPlan,
  base: { key: string; person: string; programme: string; specialist: string; start: string },
  employers: readonly string[],
): TParticipant {
  const referralDate = base.start;
  const entry: TParticipant = {
    key: base.key,
    person: base.person,
    programme: base.programme,
    caseNumber: `C-${base.key}`,
    sex: pick(sexes, plan.choice),
    birthYear: 1960 + (plan.choice % 40),
    municipality: pick(municipalities, plan.choice),
    education: pick(educationLevels, plan.choice),
    referral: { date: referralDate, source: pick(referralSources, plan.choice) },
    events: [],
    followUps: [],
  };
  if (!plan.enrolled) {
    const later = addDays(referralDate, plan.waitDays);
    if (plan.referralState === 'queue')
      entry.queue = { priority: 1 + (plan.choice % 3), acceptedAt: later };
    if (plan.referralState === 'declined') entry.declined = { date: later, reason: 'Inte aktuell' };
    if (plan.referralState === 'withdrawn') entry.withdrawn = { date: later };
    return entry;
  }
  const enrolledAt = addDays(referralDate, plan.waitDays);
  entry.enrolledAt = enrolledAt;
  entry.specialist = base.specialist;
  entry.consent = {
    date: enrolledAt,
    participation: true,
    handBack: plan.choice % 2 === 0,
    survey: false,
  };
  entry.baseline = {
    incomeSources: [{ source: pick(incomeSources, plan.choice), monthly: plan.choice % 20000 }],
  };
  entry.events = buildEvents(plan, enrolledAt, employers);
  if (plan.closeAfter !== null) {
    const last = entry.events.reduce((max, e) => (e.date > max ? e.date : max), enrolledAt);
    const closed = addDays(last, plan.closeAfter);
    entry.closure = { date: closed, reason: pick(closureReasons, plan.choice) };
    entry.followUps = Array.from({ length: plan.followUps }, (_, i) => ({
      date: addDays(closed, 182 * (i + 1)),
      status: pick(followUpStatuses, plan.choice + i),
      months: 6 * (i + 1),
    }));
  }
  return entry;
}

function buildDataset(shape: {
  associations: number;
  programmesPerAssociation: number;
  employersPerAssociation: number;
  people: TEnrolmentPlan[][];
}): TDataset {
  const doc: TDataset = {
    format: 'lots-dataset',
    version: 1,
    associations: [],
    programmes: [],
    specialists: [],
    employers: [],
    participants: [],
  };
  let personCount = 0;
  for (let a = 0; a < shape.associations; a++) {
    const association = `assoc-${a}`;
    doc.associations.push({ key: association, name: `Förbund ${a}` });
    const employers = Array.from(
      { length: shape.employersPerAssociation },
      (_, e) => `${association}-e${e}`,
    );
    for (const key of employers)
      doc.employers.push({ key, name: `Arbetsgivare ${key}`, association });
    for (let p = 0; p < shape.programmesPerAssociation; p++) {
      const programme = `${association}-prog-${p}`;
      doc.programmes.push({
        key: programme,
        name: `Program ${programme}`,
        association,
        parent: p === 0 ? null : `${association}-prog-0`,
        municipality: '2184',
        closureAfterDays: 60,
        minHoursPerWeekForEmployment: 0,
        followUpMonths: [6, 12],
        retentionYears: 2,
      });
      const specialist = `${programme}-s`;
      doc.specialists.push({ key: specialist, programme, fte: 1, name: `Coach ${programme}` });
      for (const chain of shape.people) {
        const person = `person-${personCount++}`;
        let start = addDays(origin, chain[0]?.start ?? 0);
        chain.forEach((plan, n) => {
          const isLast = n === chain.length - 1;
          // Every enrolment but the last is enrolled and closed, so the next one can follow it.
          const fixed = isLast
            ? plan
            : { ...plan, enrolled: true, closeAfter: plan.closeAfter ?? 30 };
          const entry = buildEntry(
            fixed,
            { key: `${person}-${n}`, person, programme, specialist, start },
            employers,
          );
          doc.participants.push(entry);
          if (entry.closure) start = addDays(entry.closure.date, plan.reEnrolGap ?? 0);
        });
      }
    }
  }
  return doc;
}

export const arbitraryDataset: fc.Arbitrary<TDataset> = fc
  .record({
    associations: fc.integer({ min: 1, max: 2 }),
    programmesPerAssociation: fc.integer({ min: 1, max: 2 }),
    employersPerAssociation: fc.integer({ min: 0, max: 3 }),
    people: fc.array(fc.array(enrolmentPlan, { minLength: 1, maxLength: 2 }), { maxLength: 5 }),
  })
  .map(buildDataset);
