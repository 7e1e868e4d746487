import { compareQueueEntries, daysBetween, queuePriority } from '@lots/core';
import type { TQueue, TProgrammeQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import {
  personalDataProgrammes,
  priorityRulesOf,
  type TMeta,
} from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';

/**
 * The queue of a programme and its sub-programmes (process.md "Caseload and
 * queue"): referred and waiting, ordered by priority, then referral date. A
 * waiting referral has the priority set at its intake decision; a referral not yet
 * decided gets the one its programme's rules give today. Supervisors only.
 */
export async function listQueue(
  lots: TLots,
  access: TAccess,
  query: TProgrammeQuery,
  meta: TMeta,
): Promise<TQueue> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme, ids } = await personalDataProgrammes(r, access, query.programme, true);
    const today = isoToday(lots.now());
    const rulesById = new Map(
      (await r.caseWork.programmeSettings(ids)).map((p) => [
        p.id,
        priorityRulesOf(p.priorityRules),
      ]),
    );
    const rows = await r.caseWork.listQueue(ids);
    const income = await r.participants.listIncomeSources(rows.map((e) => e.id));
    const items = rows
      .map((e) => {
        const effective = queuePriority(
          rulesById.get(e.programmeId) ?? [],
          {
            birthYear: e.birthYear,
            referralSource: e.referralSource,
            incomeSources: income
              .filter((i) => i.enrolmentId === e.id && i.phase === 'baseline')
              .map((i) => i.source),
            explicitPriority: e.queuePriority,
          },
          today,
        );
        return {
          id: e.id,
          programmeKey: e.programmeKey,
          caseNumber: e.caseNumber,
          status: e.status as 'referred' | 'waiting',
          name: e.nameEnc && !e.erasedAt ? lots.cipher.decrypt(e.nameEnc) : null,
          sex: e.sex,
          birthYear: e.birthYear,
          referralDate: e.referralDate,
          referralSource: e.referralSource,
          waitingDays: daysBetween(e.referralDate, today),
          priority: effective.priority,
          prioritySource: effective.source,
        };
      })
      .sort(compareQueueEntries);
    await r.audit.append({
      action: 'list',
      entity: 'queue',
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { count: items.length, caseNumbers: items.map((i) => i.caseNumber) },
    });
    return { items, rules: rulesById.get(programme.id) ?? [] };
  });
}
