import { AppError, lastContact, overdueFollowUps, planReviewDue, proposeClosure } from '@lots/core';
import type { TMyParticipants, TMyParticipantsQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { toRuleEvent } from '../events/event-rows.ts';
import { phaseOf, type TEventRow } from '../participants/phase-of.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { forbidden, isSupervisorOf, programmeWithDescendants } from './caseload-access.ts';

/**
 * "Mina deltagare": the open enrolments of a specialist with what needs doing (days
 * since last contact, plan review due, proposed closure), and the follow-ups after
 * closure that are past due. A specialist sees their own; a supervisor everyone in
 * their programmes, or one specialist with `?specialist=`. Audited.
 */
export async function listMyParticipants(
  lots: TLots,
  access: TAccess,
  query: TMyParticipantsQuery,
  meta: { ip: string | null },
): Promise<TMyParticipants> {
  const scope = scopeFor(access);
  return lots.db.inScope(scope, async (r) => {
    const personal = new Set(scope.personalData.map((p) => p.programmeId));
    let ids = [...personal];
    if (query.programme) {
      const p = await programmeWithDescendants(r, query.programme, ['querystring', 'programme']);
      ids = p.ids.filter((id) => personal.has(id));
    }
    if (ids.length === 0) {
      throw forbidden(
        'No personal-data access',
        'Din roll ger inte tillgång till personuppgifter om deltagare.',
      );
    }
    if (query.specialist) {
      const s = await r.caseload.findSpecialist(query.specialist);
      if (!s) {
        throw new AppError('NOT_FOUND', `Specialist ${query.specialist} not found`, {
          issues: [{ path: ['querystring', 'specialist'], message: 'no such specialist' }],
        });
      }
      const own = access.programmes.get(s.programmeId)?.specialistIds.includes(s.id) ?? false;
      if (!own && !isSupervisorOf(access, s.programmeId)) {
        throw forbidden(
          'Only supervisors see another specialist’s list',
          'Bara samordnare kan se en annan specialists deltagare.',
        );
      }
    }
    const filter = {
      programmeIds: ids,
      ...(query.specialist ? { specialistId: query.specialist } : {}),
    };
    const [open, closed] = await Promise.all([
      r.caseload.listEnrolled(filter),
      r.caseload.listClosed(filter),
    ]);
    const [events, followUps] = await Promise.all([
      r.participants.listEvents(open.map((e) => e.id)),
      r.caseload.listFollowUps(closed.map((e) => e.id)),
    ]);
    const eventsBy = new Map<string, TEventRow[]>();
    for (const e of events)
      eventsBy.set(e.enrolmentId, [...(eventsBy.get(e.enrolmentId) ?? []), e]);
    const today = isoToday(lots.now());
    const nameOf = (e: { nameEnc: string | null; erasedAt: unknown }) =>
      e.nameEnc && !e.erasedAt ? lots.cipher.decrypt(e.nameEnc) : null;
    const specialistOf = (e: { specialistId: string | null; specialistName: string | null }) =>
      e.specialistId && e.specialistName ? { id: e.specialistId, name: e.specialistName } : null;

    const items: TMyParticipants['items'] = open.flatMap((e) => {
      if (!e.enrolledAt) return [];
      const rows = eventsBy.get(e.id) ?? [];
      const ruleEvents = rows.map(toRuleEvent);
      const proposal = proposeClosure(ruleEvents, e.enrolledAt, e.closureAfterDays, today);
      return [
        {
          id: e.id,
          programmeKey: e.programmeKey,
          caseNumber: e.caseNumber,
          name: nameOf(e),
          specialist: specialistOf(e),
          enrolledAt: e.enrolledAt,
          phase: phaseOf('enrolled', rows, today),
          lastContact: lastContact(ruleEvents, today),
          planReview: planReviewDue(ruleEvents, e.enrolledAt, today),
          closureProposal: proposal ? { ...proposal, closureAfterDays: e.closureAfterDays } : null,
        },
      ];
    });

    const followUpsBy = new Map<string, { date: string; months: number | null }[]>();
    for (const f of followUps)
      followUpsBy.set(f.enrolmentId, [...(followUpsBy.get(f.enrolmentId) ?? []), f]);
    const followUpsDue: TMyParticipants['followUpsDue'] = closed.flatMap((e) =>
      e.closedAt
        ? overdueFollowUps(e.closedAt, e.followUpMonths, followUpsBy.get(e.id) ?? [], today).map(
            (due) => ({
              enrolmentId: e.id,
              programmeKey: e.programmeKey,
              caseNumber: e.caseNumber,
              name: nameOf(e),
              specialist: specialistOf(e),
              closedAt: e.closedAt ?? '',
              ...due,
            }),
          )
        : [],
    );

    const shown = new Map<string, string[]>();
    for (const e of [...open, ...closed])
      shown.set(e.programmeId, [...(shown.get(e.programmeId) ?? []), e.caseNumber]);
    for (const [programmeId, caseNumbers] of shown) {
      await r.audit.append({
        action: 'list',
        entity: 'participant',
        programmeId,
        userEmail: access.user.email,
        ip: meta.ip,
        details: { view: 'my-participants', caseNumbers },
      });
    }
    return { today, items, followUpsDue, overdueFollowUps: followUpsDue.length };
  });
}
