import { AppError, lastContact, overdueFollowUps, planReviewDue, proposeClosure } from '@lots/core';
import type { TMyParticipants, TMyParticipantsQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { toRuleEvent } from '../events/event-rows.ts';
import { phaseOf, type TEventRow } from '../participants/phase-of.ts';
import type { TCaseloadEntry } from '../caches.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { forbidden, isSupervisorOf, programmeWithDescendants } from './caseload-access.ts';

/**
 * "Mina deltagare": the open enrolments of a specialist with what needs doing (days
 * since last contact, plan review due, proposed closure), and the follow-ups after
 * closure that are past due. A specialist sees their own; a supervisor everyone in
 * their programmes, or one specialist with `?specialist=`. Audited on every read.
 *
 * The most requested page: the list computed for a user, query and scope is kept in
 * memory (caches.ts) and served again, with its audit rows, while the programmes'
 * data versions are unchanged and the day is the same — one statement instead of
 * reading and computing it all again. Any write to the programmes' enrolments,
 * events, follow-ups, identities, specialists or settings moves their version.
 */
export async function listMyParticipants(
  lots: TLots,
  access: TAccess,
  query: TMyParticipantsQuery,
  meta: { ip: string | null },
): Promise<TMyParticipants> {
  const scope = scopeFor(access);
  const today = isoToday(lots.now());
  const key = JSON.stringify([
    access.user.id,
    query.programme,
    query.specialist,
    scope.personalData,
  ]);
  const cached = lots.caches.caseload.get(key);
  if (cached?.today === today) {
    const unchanged = await lots.db.auditIfUnchanged({
      versions: cached.versions,
      userId: scope.userId,
      userEmail: access.user.email,
      ip: meta.ip,
      rows: cached.audit,
    });
    if (unchanged) return cached.response;
  }
  const entry = await readMyParticipants(lots, access, query, meta, today);
  lots.caches.caseload.set(key, entry);
  return entry.response;
}

async function readMyParticipants(
  lots: TLots,
  access: TAccess,
  query: TMyParticipantsQuery,
  meta: { ip: string | null },
  today: string,
): Promise<TCaseloadEntry> {
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
    // Versions first: a write committed between the two reads then only makes the entry stale-safe.
    const versions = await r.dataVersions.read(ids);
    const rows = await r.caseload.listWorkspace(filter);
    const open = rows.filter((e) => e.status === 'enrolled');
    const closed = rows.filter((e) => e.status === 'closed');
    const nameOf = (e: { nameEnc: string | null; erasedAt: unknown }) =>
      e.nameEnc && !e.erasedAt ? lots.cipher.decrypt(e.nameEnc) : null;
    const specialistOf = (e: { specialistId: string | null; specialistName: string | null }) =>
      e.specialistId && e.specialistName ? { id: e.specialistId, name: e.specialistName } : null;

    const items: TMyParticipants['items'] = open.flatMap((e) => {
      if (!e.enrolledAt) return [];
      const rows: TEventRow[] = e.events.map((ev) => ({
        ...ev,
        voidedAt: ev.voidedAt ? new Date(ev.voidedAt) : null,
      }));
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

    const followUpsDue: TMyParticipants['followUpsDue'] = closed.flatMap((e) =>
      e.closedAt
        ? overdueFollowUps(e.closedAt, e.followUpMonths, e.followUps, today).map((due) => ({
            enrolmentId: e.id,
            programmeKey: e.programmeKey,
            caseNumber: e.caseNumber,
            name: nameOf(e),
            specialist: specialistOf(e),
            closedAt: e.closedAt ?? '',
            ...due,
          }))
        : [],
    );

    // The audit names the people shown: the open enrolments and the closed ones with a follow-up due.
    const due = new Set(followUpsDue.map((f) => f.enrolmentId));
    const shown = new Map<string, string[]>();
    for (const e of [...open, ...closed.filter((c) => due.has(c.id))]) {
      const list = shown.get(e.programmeId) ?? [];
      if (!list.includes(e.caseNumber)) list.push(e.caseNumber);
      shown.set(e.programmeId, list);
    }
    const audit = [...shown].map(([programmeId, caseNumbers]) => ({
      programmeId,
      details: { view: 'my-participants', caseNumbers },
    }));
    for (const row of audit) {
      await r.audit.append({
        action: 'list',
        entity: 'participant',
        programmeId: row.programmeId,
        userEmail: access.user.email,
        ip: meta.ip,
        details: row.details,
      });
    }
    const response = { today, items, followUpsDue, overdueFollowUps: followUpsDue.length };
    return { versions, today, response, audit };
  });
}
