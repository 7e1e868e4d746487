import { type TIssue, type TPathSegment, formatPath, prefixIssues } from '../errors.ts';
import type { TIsoDate } from '../domain/dates.ts';
import { closureReasons } from '../domain/enums.ts';
import { pairSpells, spellEndKind, spellStartKind } from './spells.ts';
import type { TEnrolmentFacts, TPathwayEvent } from './types.ts';

/*
 * Rules that must give a clear error, never a silent fix (process.md, last section).
 * Each check returns every problem it finds, with a path relative to the object it
 * was given, so a caller can prefix it (`participants[12]`) and collect all issues of
 * a document before answering. Voided events are mistakes kept for the audit trail,
 * so the date and pairing rules skip them.
 */

const knownClosureReasons: ReadonlySet<string> = new Set(closureReasons);

/** Closing needs a reason, an enrolment, and a date not before the enrolment. */
export function checkClosure(enrolment: TEnrolmentFacts): TIssue[] {
  const { closure, enrolledAt } = enrolment;
  if (!closure) return [];
  const issues: TIssue[] = [];
  if (!closure.reason || !knownClosureReasons.has(closure.reason)) {
    issues.push({
      path: ['closure', 'reason'],
      message: `closing needs a reason: one of ${closureReasons.join(', ')}`,
    });
  }
  if (!enrolledAt) {
    issues.push({
      path: ['closure'],
      message: 'only an enrolment can be closed: enrolledAt is missing',
    });
  } else if (closure.date < enrolledAt) {
    issues.push({
      path: ['closure', 'date'],
      message: `must be on or after enrolledAt ${enrolledAt}`,
    });
  }
  return issues;
}

/** Enrolling needs recorded consent to participate, given on or before the enrolment date (privacy.md "Consent"). */
export function checkConsent(enrolment: TEnrolmentFacts): TIssue[] {
  const { consent, enrolledAt } = enrolment;
  const issues: TIssue[] = [];
  if (!consent) {
    if (enrolledAt) {
      issues.push({
        path: ['consent'],
        message: `is required to enrol (enrolledAt ${enrolledAt}): consent must be recorded`,
      });
    }
    return issues;
  }
  if (enrolledAt && !consent.participation) {
    issues.push({ path: ['consent', 'participation'], message: 'must be true to enrol' });
  }
  if (enrolledAt && consent.date > enrolledAt) {
    issues.push({
      path: ['consent', 'date'],
      message: `must be on or before enrolledAt ${enrolledAt}`,
    });
  }
  if (consent.withdrawnAt && consent.withdrawnAt < consent.date) {
    issues.push({
      path: ['consent', 'withdrawnAt'],
      message: `must be on or after consent date ${consent.date}`,
    });
  }
  return issues;
}

/** Every event lies within [enrolledAt, closure date]; follow-ups after closure are not events. */
export function checkEventDates(enrolment: TEnrolmentFacts): TIssue[] {
  const events = enrolment.events ?? [];
  if (events.length === 0) return [];
  const { enrolledAt, closure } = enrolment;
  if (!enrolledAt) {
    return [
      { path: ['events'], message: 'only an enrolment can have events: enrolledAt is missing' },
    ];
  }
  const issues: TIssue[] = [];
  events.forEach((event, i) => {
    if (event.voided) return;
    if (event.date < enrolledAt) {
      issues.push({
        path: ['events', i, 'date'],
        message: `must be on or after enrolledAt ${enrolledAt}`,
      });
    } else if (closure && event.date > closure.date) {
      issues.push({
        path: ['events', i, 'date'],
        message: `must be on or before closure date ${closure.date}`,
      });
    }
  });
  return issues;
}

/** An end is never before its start; an end with no start at all is reported too. */
export function checkSpellOrder(events: readonly TPathwayEvent[]): TIssue[] {
  const { unmatchedEnds } = pairSpells(events);
  return unmatchedEnds.flatMap((endIndex): TIssue[] => {
    const end = events[endIndex];
    if (!end) return [];
    const kind = spellEndKind(end.type);
    const startType = end.type.replace(/_end$/, '_start');
    const key = kind === 'job' ? end.employer : end.kind;
    // A later start of the same type (same key if the end names one) means the dates are swapped.
    const laterIndex = events.findIndex(
      (e, i) =>
        i !== endIndex &&
        !e.voided &&
        spellStartKind(e.type) === kind &&
        e.date > end.date &&
        (key == null || (kind === 'job' ? e.employer : e.kind) === key),
    );
    const later = events[laterIndex];
    if (later) {
      return [
        {
          path: ['events', endIndex, 'date'],
          message: `must be on or after its ${startType} ${later.date} (events[${laterIndex}])`,
        },
      ];
    }
    const which = key == null ? '' : kind === 'job' ? ` for employer ${key}` : ` of kind ${key}`;
    return [
      {
        path: ['events', endIndex],
        message: `${end.type} has no open ${startType}${which} before it`,
      },
    ];
  });
}

/**
 * Amounts and extents of one event: extent 1–100 % of full time, no negative salary,
 * hours, subsidy or income, hours at most 168 a week (process.md: "a job with extent
 * outside 1–100 %, or negative salary or hours").
 */
export function checkEventValues(event: TPathwayEvent): TIssue[] {
  const issues: TIssue[] = [];
  const { extentPct, hoursPerWeek } = event;
  if (extentPct != null && !(extentPct >= 1 && extentPct <= 100)) {
    issues.push({
      path: ['extentPct'],
      message: `must be between 1 and 100 (% of full time), got ${extentPct}`,
    });
  }
  if (hoursPerWeek != null && hoursPerWeek > 168) {
    issues.push({
      path: ['hoursPerWeek'],
      message: `must be at most 168 (hours in a week), got ${hoursPerWeek}`,
    });
  }
  for (const field of ['hoursPerWeek', 'salary', 'subsidyMonthly', 'monthly'] as const) {
    const value = event[field];
    if (value != null && !(value >= 0)) {
      issues.push({ path: [field], message: `must not be negative, got ${value}` });
    }
  }
  return issues;
}

/** All per-enrolment rules, paths relative to the enrolment. */
export function checkEnrolment(enrolment: TEnrolmentFacts): TIssue[] {
  const events = enrolment.events ?? [];
  return [
    ...checkConsent(enrolment),
    ...checkClosure(enrolment),
    ...checkEventDates(enrolment),
    ...checkSpellOrder(events),
    ...events.flatMap((event, i) =>
      event.voided ? [] : prefixIssues(['events', i], checkEventValues(event)),
    ),
  ];
}

/** One enrolment of one person in one programme, located by its path in the caller's document. */
export type TEnrolmentSpan = {
  path: TPathSegment[];
  person: string;
  programme: string;
  enrolledAt: TIsoDate;
  closedAt?: TIsoDate | null;
};

/**
 * A person has at most one open enrolment per programme, and enrolments of one
 * person in one programme do not overlap (process.md; re-enrolment is allowed after
 * closure). A new enrolment may start on the day the previous one closed. The issue
 * goes on the later enrolment.
 */
export function checkEnrolmentOverlaps(spans: readonly TEnrolmentSpan[]): TIssue[] {
  const groups = new Map<string, TEnrolmentSpan[]>();
  for (const span of spans) {
    const id = JSON.stringify([span.programme, span.person]);
    groups.set(id, [...(groups.get(id) ?? []), span]);
  }
  const issues: TIssue[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) =>
      a.enrolledAt < b.enrolledAt ? -1 : a.enrolledAt > b.enrolledAt ? 1 : 0,
    );
    sorted.forEach((later, j) => {
      for (const earlier of sorted.slice(0, j)) {
        const where = `${formatPath(earlier.path)} (enrolled ${earlier.enrolledAt})`;
        if (!earlier.closedAt && !later.closedAt) {
          issues.push({
            path: [...later.path, 'enrolledAt'],
            message: `second open enrolment of person ${later.person} in programme ${later.programme}: ${where} is still open`,
          });
        } else if (!earlier.closedAt || later.enrolledAt < earlier.closedAt) {
          const until = earlier.closedAt ? `closed ${earlier.closedAt}` : 'still open';
          issues.push({
            path: [...later.path, 'enrolledAt'],
            message: `overlaps enrolment ${where}, ${until}, of person ${later.person} in programme ${later.programme}`,
          });
        }
      }
    });
  }
  return issues;
}
