import { identityRetentionExpired } from '@lots/core';
import { systemScope } from '@lots/db';
import type { TLots } from '../runtime.ts';

export type TRetentionResult = {
  today: string;
  erased: { participantId: string; programmeKey: string }[];
};

/**
 * The retention job (privacy.md "Retention"): erases the identity of everyone whose
 * latest enrolment ended more than the programme's `retentionYears` ago. Runs in the
 * system scope (a scheduled job, `lots retention run`); one transaction, one audit
 * row per person.
 */
export async function eraseExpiredIdentities(
  lots: TLots,
  today: string,
): Promise<TRetentionResult> {
  return lots.db.inScope(systemScope(), async (r) => {
    const rows = await r.dataSubject.retentionCandidates();
    const people = new Map<string, typeof rows>();
    for (const row of rows)
      people.set(row.participantId, [...(people.get(row.participantId) ?? []), row]);
    const erased: TRetentionResult['erased'] = [];
    const at = lots.now();
    for (const [participantId, enrolments] of people) {
      const first = enrolments[0];
      if (!first) continue;
      const ended = enrolments.map((e) => ({
        status: e.status,
        endedAt: e.closedAt ?? e.declinedAt ?? e.withdrawnAt,
      }));
      if (!identityRetentionExpired(ended, first.retentionYears, today)) continue;
      await r.dataSubject.eraseIdentity(participantId, first.programmeId, at);
      await r.audit.append({
        action: 'erase',
        entity: 'participant_identity',
        entityId: participantId,
        programmeId: first.programmeId,
        reason: 'retention',
        details: { today, retentionYears: first.retentionYears },
      });
      erased.push({ participantId, programmeKey: first.programmeKey });
    }
    return { today, erased };
  });
}
