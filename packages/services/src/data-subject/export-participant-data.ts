import type { TParticipantExport } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { requireSupervisor, type TMeta } from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { identityOut, loadSubject } from './subject-access.ts';

type TIncomeRow = { source: string; monthly: number | null; tax: number | null };

/**
 * Everything held about one person (GDPR art. 15, privacy.md): every enrolment with
 * its baseline, consent, events, closure and follow-ups, the identity decrypted, and
 * the audit rows about them. Supervisors only; the export itself is audited.
 */
export async function exportParticipantData(
  lots: TLots,
  access: TAccess,
  participantId: string,
  meta: TMeta,
): Promise<TParticipantExport> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { participant, enrolments } = await loadSubject(r, participantId);
    requireSupervisor(access, participant.programmeId, 'export a person’s data');
    const ids = enrolments.map((e) => e.id);
    const [identity, income, events, followUps] = await Promise.all([
      r.dataSubject.findIdentity(participant.id),
      r.participants.listIncomeSources(ids),
      r.participants.listEvents(ids),
      r.caseWork.listFollowUps(ids),
    ]);
    await r.audit.append({
      action: 'export',
      entity: 'participant',
      entityId: participant.id,
      programmeId: participant.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    const audit = await r.dataSubject.auditAbout(participant.id, ids);
    const incomeOf = (id: string, phase: 'baseline' | 'exit') =>
      income
        .filter((i) => i.enrolmentId === id && i.phase === phase)
        .map((i) => ({ source: i.source, monthly: i.monthly, tax: i.tax }));
    return {
      format: 'lots-subject-export',
      exportedAt: lots.now().toISOString(),
      participant: {
        id: participant.id,
        programmeKey: participant.programmeKey,
        key: participant.key,
      },
      identity: identityOut(lots, participant.id, identity),
      enrolments: enrolments.map((e) => ({
        id: e.id,
        participantId: e.participantId,
        programmeKey: e.programmeKey,
        caseNumber: e.caseNumber,
        status: e.status as TParticipantExport['enrolments'][number]['status'],
        sex: e.sex,
        birthYear: e.birthYear,
        municipality: e.municipalityCode,
        education: e.education,
        referralDate: e.referralDate,
        referral: {
          source: e.referralSource,
          officer: e.referralOfficer,
          organisation: e.referralOrganisation,
        },
        queuePriority: e.queuePriority,
        queueAcceptedAt: e.queueAcceptedAt,
        declined:
          e.declinedAt && e.declinedReason
            ? { date: e.declinedAt, reason: e.declinedReason }
            : null,
        withdrawn: e.withdrawnAt ? { date: e.withdrawnAt, reason: e.withdrawnReason } : null,
        enrolledAt: e.enrolledAt,
        specialistId: e.specialistId,
        specialistName: e.specialistName,
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
          incomeSources: incomeOf(e.id, 'baseline'),
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
                exitIncomeSources: incomeOf(e.id, 'exit'),
              }
            : null,
        events: events
          .filter((ev) => ev.enrolmentId === e.id)
          .map((ev) => ({
            id: ev.id,
            type: ev.type,
            date: ev.date,
            data: ev.data,
            employerName: ev.employerName,
            voided: ev.voidedAt ? { reason: ev.voidedReason ?? '' } : null,
          })),
        followUps: followUps
          .filter((f) => f.enrolmentId === e.id)
          .map((f) => ({
            id: f.id,
            enrolmentId: f.enrolmentId,
            months: f.months,
            date: f.date,
            status: f.status,
            incomeSources: Array.isArray(f.incomeSources)
              ? (f.incomeSources as Partial<TIncomeRow>[]).map((i) => ({
                  source: String(i.source),
                  monthly: i.monthly ?? null,
                  tax: i.tax ?? null,
                }))
              : null,
            note: f.note,
          })),
      })),
      audit: audit.map((a) => ({
        at: new Date(a.at).toISOString(),
        userEmail: a.userEmail,
        action: a.action,
        entity: a.entity,
        enrolmentId: a.enrolmentId,
        ip: a.ip,
        reason: a.reason,
      })),
    };
  });
}
