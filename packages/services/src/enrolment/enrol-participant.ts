import { checkConsent, prefixIssues } from '@lots/core';
import type { TEnrolmentState, TEnrolRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import {
  conflict,
  enrolmentState,
  invalid,
  loadEnrolment,
  notInFuture,
  openEnrolmentConflict,
  rejectIssues,
  requireIntakeRole,
  type TMeta,
} from './case-work-support.ts';

/**
 * Enrolment (process.md `enrolled`): a referred or waiting referral starts, with a
 * specialist, recorded consent and the baseline profile. The enrolment date starts
 * the clock and is never before the referral. Supervisors only (they assign).
 */
export async function enrolParticipant(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TEnrolRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  try {
    return await lots.db.inScope(scopeFor(access), async (r) => {
      const e = await loadEnrolment(r, id);
      requireIntakeRole(access, e, 'enrol participants');
      if (e.status !== 'referred' && e.status !== 'waiting') {
        throw conflict(
          ['status'],
          `the enrolment is ${e.status}: only a referred or waiting referral can be enrolled`,
          'Bara en remiss som väntar på beslut eller står i kö kan skrivas in.',
        );
      }
      rejectIssues(
        prefixIssues(
          ['body'],
          checkConsent({
            enrolledAt: body.date,
            consent: body.consent ? { ...body.consent, withdrawnAt: null } : null,
          }),
        ),
        'Samtycke saknas eller är ofullständigt: registrera deltagarens samtycke (consent) före inskrivning.',
      );
      notInFuture(body.date, isoToday(lots.now()), ['body', 'date']);
      if (body.date < e.referralDate) {
        throw invalid(
          ['body', 'date'],
          `must be on or after the referral date ${e.referralDate}`,
          'Inskrivningsdatum kan inte ligga före remissdatum.',
        );
      }
      const specialist = await r.caseWork.findSpecialist(body.specialist, e.programmeId);
      if (!specialist) {
        throw invalid(
          ['body', 'specialist'],
          `no specialist ${body.specialist} in programme ${e.programmeKey}`,
          'Välj en IPS-specialist i programmet.',
        );
      }
      const other = await r.caseWork.findOpenEnrolment(e.participantId, e.programmeId, e.id);
      if (other) {
        throw conflict(
          ['participantId'],
          `the person already has an open enrolment ${other.caseNumber} (${other.status}) in the programme`,
          `Personen har redan en öppen inskrivning (${other.caseNumber}) i programmet.`,
        );
      }
      const consent = body.consent;
      const b = body.baseline;
      // The queue belongs to the referral (lots-dataset: only a referral has `queue`);
      // waiting time stays readable as referral date → enrolment date.
      await r.caseWork.updateEnrolment(e.id, {
        status: 'enrolled',
        queuePriority: null,
        queueAcceptedAt: null,
        enrolledAt: body.date,
        specialistId: specialist.id,
        consentDate: consent?.date ?? null,
        consentParticipation: consent?.participation ?? null,
        consentHandBack: consent?.handBack ?? null,
        consentSurvey: consent?.survey ?? null,
        consentWithdrawnAt: null,
        timeOnSupport: b.timeOnSupport,
        housingSupportHours: b.housingSupportHoursPerWeek ?? null,
        diagnosisGroup: b.diagnosisGroup ?? null,
        goal: b.goal ?? null,
        networkAgencies: b.networkAgencies ?? null,
        preferences: b.preferences ?? null,
      });
      await r.caseWork.replaceIncomeSources(e.id, e.programmeId, 'baseline', b.incomeSources);
      await r.audit.append({
        action: 'enrol',
        entity: 'enrolment',
        entityId: e.participantId,
        enrolmentId: e.id,
        programmeId: e.programmeId,
        userEmail: access.user.email,
        ip: meta.ip,
        details: { date: body.date, specialistId: specialist.id },
      });
      return enrolmentState(r, e.id);
    });
  } catch (error) {
    throw openEnrolmentConflict(error, ['participantId']);
  }
}
