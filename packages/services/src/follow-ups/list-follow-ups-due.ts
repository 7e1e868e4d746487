import { followUpSchedule } from '@lots/core';
import type { TProgrammeQuery, TScheduledFollowUpList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { personalDataProgrammes, type TMeta } from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';

/**
 * Follow-ups after closure (process.md), every configured month of every closed
 * enrolment in the caller's caseload, by due date. People without survey consent
 * are listed as `no_consent` so that nobody silently drops out of the count.
 */
export async function listFollowUpsDue(
  lots: TLots,
  access: TAccess,
  query: TProgrammeQuery,
  meta: TMeta,
): Promise<TScheduledFollowUpList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme, ids } = await personalDataProgrammes(r, access, query.programme);
    const today = isoToday(lots.now());
    const closed = await r.caseWork.listClosed(ids);
    const recorded = await r.caseWork.listFollowUps(closed.map((c) => c.id));
    const items = closed.flatMap((c) => {
      if (!c.closedAt) return [];
      const name = c.nameEnc && !c.erasedAt ? lots.cipher.decrypt(c.nameEnc) : null;
      return followUpSchedule({
        closedAt: c.closedAt,
        months: c.followUpMonths,
        recorded: recorded.filter((f) => f.enrolmentId === c.id),
        surveyConsent: c.consentSurvey ?? false,
        consentWithdrawnAt: c.consentWithdrawnAt,
        today,
      }).map((f) => ({
        enrolmentId: c.id,
        programmeKey: c.programmeKey,
        caseNumber: c.caseNumber,
        name,
        closedAt: c.closedAt ?? '',
        ...f,
      }));
    });
    items.sort((a, b) =>
      a.dueDate === b.dueDate
        ? a.caseNumber.localeCompare(b.caseNumber)
        : a.dueDate < b.dueDate
          ? -1
          : 1,
    );
    await r.audit.append({
      action: 'list',
      entity: 'follow_up',
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { count: items.length },
    });
    return { items };
  });
}
