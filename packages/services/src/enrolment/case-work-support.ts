import { AppError, type TIssue, type TPathSegment } from '@lots/core';
import { ZPriorityRule, type TEnrolmentState, type TPriorityRule } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { z } from 'zod';
import type { TAccess } from '../auth/access.ts';
import { hasPersonalData } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';

/*
 * What the case-work use cases share: loading an enrolment within the caller's
 * caseload, the supervisor-only checks, and the errors that name a field.
 */

export type TMeta = { ip: string | null };

export function invalid(path: TPathSegment[], message: string, userMessage: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }], userMessage });
}

export function conflict(path: TPathSegment[], message: string, userMessage: string): AppError {
  return new AppError('CONFLICT', message, { issues: [{ path, message }], userMessage });
}

export function rejectIssues(issues: TIssue[], userMessage: string): void {
  if (issues.length === 0) return;
  throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('; '), {
    issues,
    userMessage,
  });
}

/** Case work records what happened; a date in the future is a typing mistake. */
export function notInFuture(date: string, today: string, path: TPathSegment[]): void {
  if (date > today) {
    throw invalid(
      path,
      `must not be after today (${today}), got ${date}`,
      'Datumet kan inte ligga i framtiden.',
    );
  }
}

/** One enrolment within the caller's caseload; unknown and out-of-scope ids are both 404. */
export async function loadEnrolment(r: TRepositories, id: string) {
  const e = await r.caseWork.findEnrolment(id);
  if (!e) throw new AppError('NOT_FOUND', `Enrolment ${id} not found`);
  return e;
}

export type TLoadedEnrolment = Awaited<ReturnType<typeof loadEnrolment>>;

/** Intake, enrolment and data-subject requests are a supervisor's (privacy.md roles). */
export function requireSupervisor(access: TAccess, programmeId: string, what: string): void {
  const grant = access.programmes.get(programmeId);
  if (grant?.roles.has('supervisor')) return;
  throw new AppError('FORBIDDEN', `Only supervisors may ${what}`, {
    userMessage: 'Endast handledare kan göra detta.',
  });
}

/**
 * Intake on one referral: supervisors of the programme, or the specialist the
 * referral is assigned to (a specialist registers and enrols their own referrals).
 */
export function requireIntakeRole(
  access: TAccess,
  e: { programmeId: string; specialistId: string | null },
  what: string,
): void {
  const grant = access.programmes.get(e.programmeId);
  if (grant?.roles.has('supervisor')) return;
  if (
    grant?.roles.has('specialist') &&
    e.specialistId &&
    grant.specialistIds.includes(e.specialistId)
  )
    return;
  requireSupervisor(access, e.programmeId, what);
}

/**
 * The programme a new referral is registered in: a supervisor's, or one where the
 * caller is a specialist with their own specialist record — the referral is then
 * assigned to them, so it is in their caseload from the start.
 */
export async function intakeProgramme(r: TRepositories, access: TAccess, key: string) {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme) {
    throw new AppError('NOT_FOUND', `Programme ${key} not found`, {
      issues: [{ path: ['programme'], message: 'no such programme in your access' }],
    });
  }
  const grant = access.programmes.get(programme.id);
  if (grant?.roles.has('supervisor')) return { programme, ownSpecialistId: null };
  const own = grant?.roles.has('specialist') ? grant.specialistIds[0] : undefined;
  if (own) return { programme, ownSpecialistId: own };
  requireSupervisor(access, programme.id, 'register referrals');
  return { programme, ownSpecialistId: null };
}

/** A programme the caller supervises, by key: 404 when out of scope, 403 for other roles. */
export async function supervisedProgramme(r: TRepositories, access: TAccess, key: string) {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme) {
    throw new AppError('NOT_FOUND', `Programme ${key} not found`, {
      issues: [{ path: ['programme'], message: 'no such programme in your access' }],
    });
  }
  requireSupervisor(access, programme.id, 'manage referrals and the queue');
  return programme;
}

/**
 * The programme and its sub-programmes where the caller sees personal data (as the
 * participant list): 404 for a programme out of scope, 403 for roles without
 * personal data.
 */
export async function personalDataProgrammes(
  r: TRepositories,
  access: TAccess,
  key: string,
  onlySupervised = false,
) {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme) {
    throw new AppError('NOT_FOUND', `Programme ${key} not found`, {
      issues: [{ path: ['programme'], message: 'no such programme in your access' }],
    });
  }
  const tree = await r.organisation.programmeTree();
  const ids = descendantsOf(programme.id, tree).filter((id) => {
    const grant = access.programmes.get(id);
    return grant && (onlySupervised ? grant.roles.has('supervisor') : hasPersonalData(grant));
  });
  if (ids.length === 0) {
    throw new AppError('FORBIDDEN', 'Your role has no access to this in this programme', {
      userMessage: onlySupervised
        ? 'Endast handledare kan göra detta.'
        : 'Din roll ger inte tillgång till personuppgifter i detta program.',
    });
  }
  return { programme, ids };
}

const ZRules = z.array(ZPriorityRule);

/** Priority rules as stored (validated on import); a malformed row is a bug, not user input. */
export function priorityRulesOf(stored: unknown): TPriorityRule[] {
  const parsed = ZRules.safeParse(stored ?? []);
  if (!parsed.success) throw new AppError('INTERNAL', 'programme.priority_rules is malformed');
  return parsed.data;
}

/**
 * The one-open-enrolment unique index is the last guard against a race between two
 * referrals of one person; its violation becomes the same CONFLICT as the check.
 */
export function openEnrolmentConflict(error: unknown, path: TPathSegment[]): unknown {
  const e = error as { code?: string; message?: string; constraint?: string };
  if (e.code === '23505' && `${e.constraint ?? ''} ${e.message ?? ''}`.includes('one_open')) {
    return conflict(
      path,
      'the person already has an open enrolment in this programme',
      'Personen har redan en öppen inskrivning i programmet.',
    );
  }
  return error;
}

/** The enrolment as answered after a case-work step. */
export async function enrolmentState(r: TRepositories, id: string): Promise<TEnrolmentState> {
  const e = await loadEnrolment(r, id);
  const income = await r.participants.listIncomeSources([e.id]);
  const incomeOf = (phase: 'baseline' | 'exit') =>
    income
      .filter((i) => i.phase === phase)
      .map((i) => ({ source: i.source, monthly: i.monthly, tax: i.tax }));
  return {
    id: e.id,
    participantId: e.participantId,
    programmeKey: e.programmeKey,
    caseNumber: e.caseNumber,
    status: e.status as TEnrolmentState['status'],
    referralDate: e.referralDate,
    queuePriority: e.queuePriority,
    queueAcceptedAt: e.queueAcceptedAt,
    declined:
      e.declinedAt && e.declinedReason ? { date: e.declinedAt, reason: e.declinedReason } : null,
    withdrawn: e.withdrawnAt ? { date: e.withdrawnAt, reason: e.withdrawnReason } : null,
    enrolledAt: e.enrolledAt,
    specialistId: e.specialistId,
    consent: e.consentDate
      ? {
          date: e.consentDate,
          participation: e.consentParticipation ?? false,
          handBack: e.consentHandBack ?? false,
          survey: e.consentSurvey ?? false,
          withdrawnAt: e.consentWithdrawnAt,
        }
      : null,
    baseline: {
      incomeSources: incomeOf('baseline'),
      timeOnSupport: e.timeOnSupport,
      housingSupportHoursPerWeek: e.housingSupportHours,
      diagnosisGroup: e.diagnosisGroup,
      goal: e.goal,
      networkAgencies: e.networkAgencies,
      preferences: e.preferences,
    },
    closure:
      e.closedAt && e.closureReason
        ? {
            date: e.closedAt,
            reason: e.closureReason,
            summary: e.closureSummary,
            handBackTo: e.handBackTo,
            exitIncomeSources: incomeOf('exit'),
          }
        : null,
  };
}
