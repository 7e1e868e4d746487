import { AppError } from '@lots/core';
import type { TParticipantDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { phaseOf } from './phase-of.ts';

type TItem = TParticipantDetail;

/** One enrolment with its baseline, closure and events. Unknown and out-of-scope ids are both 404. */
export async function getParticipant(
  lots: TLots,
  access: TAccess,
  id: string,
  meta: { ip: string | null },
): Promise<TParticipantDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await r.participants.findEnrolment(id);
    if (!e) throw new AppError('NOT_FOUND', `Participant ${id} not found`);
    const [income, events] = await Promise.all([
      r.participants.listIncomeSources([e.id]),
      r.participants.listEvents([e.id]),
    ]);
    await r.audit.append({
      action: 'read',
      entity: 'participant',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    const visible = !e.erasedAt;
    const incomeOf = (phase: 'baseline' | 'exit') =>
      income
        .filter((i) => i.phase === phase)
        .map((i) => ({ source: i.source, monthly: i.monthly, tax: i.tax }));
    return {
      id: e.id,
      participantId: e.participantId,
      programmeKey: e.programmeKey,
      caseNumber: e.caseNumber,
      name: visible && e.nameEnc ? lots.cipher.decrypt(e.nameEnc) : null,
      personalNumber:
        visible && e.personalNumberEnc ? lots.cipher.decrypt(e.personalNumberEnc) : null,
      status: e.status as TItem['status'],
      phase: phaseOf(e.status, events, isoToday(lots.now())),
      sex: e.sex as TItem['sex'],
      birthYear: e.birthYear,
      municipality: e.municipalityCode,
      education: e.education,
      referralDate: e.referralDate,
      enrolledAt: e.enrolledAt,
      closedAt: e.closedAt,
      specialist:
        e.specialistId && e.specialistName ? { id: e.specialistId, name: e.specialistName } : null,
      referral: {
        date: e.referralDate,
        source: e.referralSource,
        officer: e.referralOfficer,
        organisation: e.referralOrganisation,
      },
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
      },
      closure:
        e.closedAt && e.closureReason
          ? {
              date: e.closedAt,
              reason: e.closureReason,
              summary: e.closureSummary,
              exitIncomeSources: incomeOf('exit'),
            }
          : null,
      events: events.map((ev) => ({
        id: ev.id,
        type: ev.type,
        date: ev.date,
        data: ev.data,
        employerName: ev.employerName,
        voided: ev.voidedAt ? { reason: ev.voidedReason ?? '' } : null,
      })),
    };
  });
}
