import { AppError, pairSpells, type TEmployerContactPurpose } from '@lots/core';
import type { TEmployerDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { toRuleEvent } from '../events/event-rows.ts';
import {
  forbiddenEmployerHistory,
  personalDataProgrammesIn,
  toEmployerOut,
} from './employer-access.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * One employer with its contact history and the jobs held there, limited to the
 * enrolments the user may see, by case number (never names). Audited.
 */
export async function getEmployer(
  lots: TLots,
  access: TAccess,
  id: string,
  meta: { ip: string | null },
): Promise<TEmployerDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const employer = await r.employers.find(id);
    if (!employer) throw new AppError('NOT_FOUND', `Employer ${id} not found`);
    const programmes = await personalDataProgrammesIn(r, access, employer.associationId);
    if (programmes.length === 0) throw forbiddenEmployerHistory();
    const [contacts, jobEvents] = await Promise.all([
      r.employers.contacts(id),
      r.employers.jobEvents(id),
    ]);

    const byEnrolment = new Map<string, typeof jobEvents>();
    for (const e of jobEvents)
      byEnrolment.set(e.enrolmentId, [...(byEnrolment.get(e.enrolmentId) ?? []), e]);
    const jobs: TEmployerDetail['jobs'] = [];
    for (const rows of byEnrolment.values()) {
      const ruleEvents = rows.map((row) =>
        toRuleEvent({ ...row, voidedAt: null, voidedReason: null }),
      );
      for (const spell of pairSpells(ruleEvents).spells) {
        const start = rows[spell.startIndex];
        if (!start || spell.match !== id) continue;
        jobs.push({
          enrolmentId: start.enrolmentId,
          caseNumber: start.caseNumber,
          start: spell.start,
          end: spell.end,
          title: str(start.data.title),
          extentPct: typeof start.data.extentPct === 'number' ? start.data.extentPct : null,
          contract: str(start.data.contract),
          competitive: typeof start.data.competitive === 'boolean' ? start.data.competitive : null,
        });
      }
    }
    jobs.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));

    await r.audit.append({
      action: 'read',
      entity: 'employer',
      entityId: id,
      programmeId: programmes[0] ?? null,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { contacts: contacts.length, jobs: jobs.length },
    });
    return {
      ...toEmployerOut(employer),
      contacts: contacts.map((c) => ({
        eventId: c.id,
        date: c.date,
        faceToFace: c.data.faceToFace === true,
        purpose: str(c.data.purpose) as TEmployerContactPurpose | null,
        specialist:
          c.specialistId && c.specialistName
            ? { id: c.specialistId, name: c.specialistName }
            : null,
        enrolmentId: c.enrolmentId,
        caseNumber: c.caseNumber,
      })),
      jobs,
    };
  });
}
