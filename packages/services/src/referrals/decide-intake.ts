import { queuePriority } from '@lots/core';
import type { TEnrolmentState, TIntakeDecisionRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import {
  conflict,
  enrolmentState,
  invalid,
  loadEnrolment,
  notInFuture,
  priorityRulesOf,
  requireIntakeRole,
  type TMeta,
} from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';

/**
 * The intake decision on a referral (process.md): accepted to the queue with a
 * priority, declined ("ej aktuell", reason required), or withdrawn before starting.
 * Accepting again re-prioritises a waiting referral. The priority stored is the
 * effective one at the decision: the explicit one, else the programme's rules.
 */
export async function decideIntake(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TIntakeDecisionRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await loadEnrolment(r, id);
    requireIntakeRole(access, e, 'make intake decisions');
    if (e.status !== 'referred' && e.status !== 'waiting') {
      throw conflict(
        ['body', 'decision'],
        `the enrolment is ${e.status}: intake decisions apply to referred or waiting referrals`,
        'Beslutet kan bara fattas för remisser som väntar på beslut eller står i kö.',
      );
    }
    notInFuture(body.date, isoToday(lots.now()), ['body', 'date']);
    if (body.date < e.referralDate) {
      throw invalid(
        ['body', 'date'],
        `must be on or after the referral date ${e.referralDate}`,
        'Beslutsdatum kan inte ligga före remissdatum.',
      );
    }
    switch (body.decision) {
      case 'accept_waiting': {
        const programme = await r.organisation.findProgrammeByKey(e.programmeKey);
        const income = await r.participants.listIncomeSources([e.id]);
        const effective = queuePriority(
          priorityRulesOf(programme?.priorityRules),
          {
            birthYear: e.birthYear,
            referralSource: e.referralSource,
            incomeSources: income.filter((i) => i.phase === 'baseline').map((i) => i.source),
            explicitPriority: body.priority ?? null,
          },
          body.date,
        );
        await r.caseWork.updateEnrolment(e.id, {
          status: 'waiting',
          queuePriority: effective.priority,
          queueAcceptedAt: e.queueAcceptedAt ?? body.date,
        });
        break;
      }
      case 'decline':
        if (!body.reason) {
          throw invalid(
            ['body', 'reason'],
            'is required to decline a referral',
            'Ange skäl till att remissen inte blir aktuell.',
          );
        }
        // A declined referral never was in the queue as far as the record goes
        // (lots-dataset: `declined` excludes `queue`), so the queue fields are cleared.
        await r.caseWork.updateEnrolment(e.id, {
          status: 'declined',
          declinedAt: body.date,
          declinedReason: body.reason,
          queuePriority: null,
          queueAcceptedAt: null,
        });
        break;
      case 'withdraw':
        if (e.queueAcceptedAt && body.date < e.queueAcceptedAt) {
          throw invalid(
            ['body', 'date'],
            `must be on or after the queue acceptance ${e.queueAcceptedAt}`,
            'Datumet kan inte ligga före beslutet om kö.',
          );
        }
        await r.caseWork.updateEnrolment(e.id, {
          status: 'withdrawn',
          withdrawnAt: body.date,
          withdrawnReason: body.reason ?? null,
        });
        break;
    }
    await r.audit.append({
      action: 'decide',
      entity: 'enrolment',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { decision: body.decision, date: body.date },
    });
    return enrolmentState(r, e.id);
  });
}
