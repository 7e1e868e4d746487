import { createHash } from 'node:crypto';
import type { TFollowUpOut, TRecordFollowUpRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { canonicalJson } from '../dataset/canonical.ts';
import {
  conflict,
  invalid,
  loadEnrolment,
  notInFuture,
  type TMeta,
} from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';

/**
 * Records a follow-up after closure (process.md): only for a closed enrolment, only
 * with consent to survey contact that is not withdrawn, one per month mark.
 * Supervisors and the assigned specialist.
 */
export async function recordFollowUp(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TRecordFollowUpRequest,
  meta: TMeta,
): Promise<TFollowUpOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await loadEnrolment(r, id);
    if (e.status !== 'closed' || !e.closedAt) {
      throw invalid(
        ['closedAt'],
        `follow-ups come after closure; the enrolment is ${e.status}`,
        'Uppföljning görs efter avslut. Avsluta inskrivningen först.',
      );
    }
    if (!e.consentSurvey || e.consentWithdrawnAt) {
      throw invalid(
        ['consent', 'survey'],
        e.consentWithdrawnAt
          ? `consent was withdrawn on ${e.consentWithdrawnAt}: the person may not be contacted`
          : 'the participant has not consented to follow-up contact',
        'Deltagaren har inte samtyckt till uppföljning.',
      );
    }
    notInFuture(body.date, isoToday(lots.now()), ['body', 'date']);
    if (body.date <= e.closedAt) {
      throw invalid(
        ['body', 'date'],
        `must be after the closure date ${e.closedAt}`,
        'Uppföljningen ska ligga efter avslutsdatum.',
      );
    }
    const existing = await r.caseWork.listFollowUps([e.id]);
    const same = existing.find((f) => f.months === body.months);
    if (same) {
      throw conflict(
        ['body', 'months'],
        `the ${body.months}-month follow-up is already recorded (${same.date})`,
        `Uppföljningen efter ${body.months} månader är redan registrerad.`,
      );
    }
    // The same content reference as the dataset import gives it, so that exporting and
    // importing into this database again matches the row instead of copying it.
    const facts = {
      date: body.date,
      status: body.status,
      months: body.months,
      ...(body.incomeSources ? { incomeSources: body.incomeSources } : {}),
      ...(body.note ? { note: body.note } : {}),
    };
    const hash = createHash('sha256').update(canonicalJson(facts)).digest('hex').slice(0, 32);
    const followUpId = await r.caseWork.insertFollowUp({
      programmeId: e.programmeId,
      enrolmentId: e.id,
      months: body.months,
      date: body.date,
      status: body.status,
      incomeSources: body.incomeSources ? JSON.stringify(body.incomeSources) : null,
      note: body.note ?? null,
      sourceRef: `${hash}#0`,
      recordedBy: access.user.id,
    });
    await r.audit.append({
      action: 'create',
      entity: 'follow_up',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { months: body.months, date: body.date },
    });
    return {
      id: followUpId,
      enrolmentId: e.id,
      months: body.months,
      date: body.date,
      status: body.status,
      incomeSources: body.incomeSources
        ? body.incomeSources.map((i) => ({
            source: i.source,
            monthly: i.monthly ?? null,
            tax: i.tax ?? null,
          }))
        : null,
      note: body.note ?? null,
    };
  });
}
