import {
  checkEnrolment,
  checkEnrolmentOverlaps,
  prefixIssues,
  type TEnrolmentSpan,
  type TIssue,
  type TPathSegment,
} from '@lots/core';
import { personKeyOf, type TDataset, type TParticipant } from '@lots/contracts';

/*
 * The pathway rules of one participant entry (process.md "Rules that must give a
 * clear error"): core's enrolment rules, plus what only the document form can get
 * wrong, such as a referral that is both declined and waiting.
 */

function checkReferral(p: TParticipant): TIssue[] {
  const issues: TIssue[] = [];
  const referred = p.referral.date;
  const notBeforeReferral = (path: TPathSegment[], date: string) => {
    if (date < referred)
      issues.push({ path, message: `must be on or after referral date ${referred}` });
  };

  if (p.enrolledAt !== undefined) {
    if (referred > p.enrolledAt) {
      issues.push({
        path: ['referral', 'date'],
        message: `must be on or before enrolledAt ${p.enrolledAt}`,
      });
    }
    for (const field of ['queue', 'declined', 'withdrawn'] as const) {
      if (p[field] !== undefined) {
        issues.push({
          path: [field],
          message: `only a referral can have ${field}: this entry is enrolled (enrolledAt ${p.enrolledAt})`,
        });
      }
    }
    return issues;
  }

  if (p.declined !== undefined) {
    for (const field of ['queue', 'withdrawn'] as const) {
      if (p[field] !== undefined) {
        issues.push({ path: [field], message: `a declined referral cannot also have ${field}` });
      }
    }
    notBeforeReferral(['declined', 'date'], p.declined.date);
  }
  if (p.queue?.acceptedAt !== undefined)
    notBeforeReferral(['queue', 'acceptedAt'], p.queue.acceptedAt);
  if (p.withdrawn !== undefined) {
    notBeforeReferral(['withdrawn', 'date'], p.withdrawn.date);
    const accepted = p.queue?.acceptedAt;
    if (accepted !== undefined && p.withdrawn.date < accepted) {
      issues.push({
        path: ['withdrawn', 'date'],
        message: `must be on or after queue.acceptedAt ${accepted}`,
      });
    }
  }
  return issues;
}

function checkEnrolledFacts(p: TParticipant): TIssue[] {
  if (p.enrolledAt === undefined) return [];
  const issues: TIssue[] = [];
  if (p.specialist === undefined) {
    issues.push({
      path: ['specialist'],
      message: `is required once enrolled (enrolledAt ${p.enrolledAt})`,
    });
  }
  if ((p.baseline?.incomeSources ?? []).length === 0) {
    issues.push({
      path: p.baseline ? ['baseline', 'incomeSources'] : ['baseline'],
      message: `income sources at start are required once enrolled (enrolledAt ${p.enrolledAt}); use source "none" if there are none`,
    });
  }
  return issues;
}

function checkFollowUps(p: TParticipant): TIssue[] {
  const closure = p.closure;
  return p.followUps.flatMap((followUp, i): TIssue[] => {
    if (!closure) {
      return [
        {
          path: ['followUps', i],
          message: 'a follow-up comes after closure, and this entry is not closed',
        },
      ];
    }
    if (followUp.date <= closure.date) {
      return [
        { path: ['followUps', i, 'date'], message: `must be after closure date ${closure.date}` },
      ];
    }
    return [];
  });
}

/** Every rule of one participant entry, paths relative to the entry. */
export function checkParticipant(p: TParticipant): TIssue[] {
  return [
    ...checkReferral(p),
    ...checkEnrolledFacts(p),
    ...checkEnrolment(p),
    ...checkFollowUps(p),
  ];
}

/** Per-entry rules for all participants, then the rule across entries: no overlapping enrolments of one person. */
export function checkParticipants(doc: TDataset): TIssue[] {
  const issues = doc.participants.flatMap((p, i) =>
    prefixIssues(['participants', i], checkParticipant(p)),
  );
  const spans = doc.participants.flatMap((p, i) => enrolmentSpan(p, i) ?? []);
  return [...issues, ...checkEnrolmentOverlaps(spans)];
}

/** What the rule across entries needs of entry `i`: nothing for a referral. */
export function enrolmentSpan(p: TParticipant, i: number): TEnrolmentSpan | undefined {
  if (p.enrolledAt === undefined) return undefined;
  return {
    path: ['participants', i],
    person: personKeyOf(p),
    programme: p.programme,
    enrolledAt: p.enrolledAt,
    closedAt: p.closure?.date ?? null,
  };
}
