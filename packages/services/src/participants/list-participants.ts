import { AppError } from '@lots/core';
import type { TListParticipantsQuery, TParticipantPage } from '@lots/contracts';
import type { TAccess } from '../auth/access.ts';
import { scopeFor } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { phaseOf, type TEventRow } from './phase-of.ts';

const STATUS_FILTER: Record<TListParticipantsQuery['status'], string[] | undefined> = {
  open: ['referred', 'waiting', 'enrolled'],
  enrolled: ['enrolled'],
  waiting: ['referred', 'waiting'],
  closed: ['closed'],
  all: undefined,
};

/**
 * The participant list of a programme (and its sub-programmes). Personal data: only
 * specialists (their own caseload) and supervisors; every call is audited.
 */
export async function listParticipants(
  lots: TLots,
  access: TAccess,
  query: TListParticipantsQuery,
  meta: { ip: string | null },
): Promise<TParticipantPage> {
  const scope = scopeFor(access);
  return lots.db.inScope(scope, async (r) => {
    const programme = await r.organisation.findProgrammeByKey(query.programme);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${query.programme} not found`, {
        issues: [{ path: ['programme'], message: 'no such programme in your access' }],
      });
    }
    const tree = await r.organisation.programmeTree();
    const ids = descendantsOf(programme.id, tree).filter((id) =>
      scope.personalData.some((p) => p.programmeId === id),
    );
    if (ids.length === 0) {
      throw new AppError(
        'FORBIDDEN',
        'Your role has no access to personal data in this programme',
        {
          userMessage: 'Din roll ger inte tillgång till personuppgifter i detta program.',
        },
      );
    }
    const statuses = STATUS_FILTER[query.status];
    const filter = { programmeIds: ids, ...(statuses ? { statuses } : {}) };
    const [rows, total] = await Promise.all([
      r.participants.listEnrolments({
        ...filter,
        limit: query.limit + 1,
        ...(query.cursor ? { afterCaseNumber: query.cursor } : {}),
      }),
      r.participants.countEnrolments(filter),
    ]);
    const page = rows.slice(0, query.limit);
    const events = await r.participants.listEvents(page.map((p) => p.id));
    const byEnrolment = new Map<string, TEventRow[]>();
    for (const e of events)
      byEnrolment.set(e.enrolmentId, [...(byEnrolment.get(e.enrolmentId) ?? []), e]);
    const today = isoToday(lots.now());
    await r.audit.append({
      action: 'list',
      entity: 'participant',
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: {
        status: query.status,
        count: page.length,
        caseNumbers: page.map((p) => p.caseNumber),
      },
    });
    return {
      items: page.map((p) => ({
        id: p.id,
        participantId: p.participantId,
        programmeKey: p.programmeKey,
        caseNumber: p.caseNumber,
        name: p.nameEnc && !p.erasedAt ? lots.cipher.decrypt(p.nameEnc) : null,
        status: p.status as TParticipantPage['items'][number]['status'],
        phase: phaseOf(p.status, byEnrolment.get(p.id) ?? [], today),
        sex: p.sex as TParticipantPage['items'][number]['sex'],
        birthYear: p.birthYear,
        referralDate: p.referralDate,
        enrolledAt: p.enrolledAt,
        closedAt: p.closedAt,
        specialist:
          p.specialistId && p.specialistName
            ? { id: p.specialistId, name: p.specialistName }
            : null,
      })),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.caseNumber ?? null) : null,
      total,
    };
  });
}

export function descendantsOf(
  id: string,
  tree: readonly { id: string; parentId: string | null }[],
): string[] {
  const out = [id];
  // `out` grows while we walk it: a breadth-first walk down the tree.
  for (const current of out) {
    for (const p of tree) if (p.parentId === current) out.push(p.id);
  }
  return out;
}
