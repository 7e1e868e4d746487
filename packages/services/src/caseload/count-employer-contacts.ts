import { AppError, addDays, daysBetween, isoWeekOf, isoWeeksBetween } from '@lots/core';
import type { TEmployerContactWeeks, TEmployerContactsQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { forbidden, isSupervisorOf } from './caseload-access.ts';

/** Longest window, so that one request cannot ask for decades of weeks. */
const MAX_DAYS = 3 * 366;

/**
 * A specialist's employer contacts per ISO week, face-to-face and in total (fidelity
 * item `employer_contact_frequency`: face-to-face contacts per specialist per week).
 * Default window: the 12 weeks (84 days) up to today, as the fidelity proposal
 * counts. The specialist and the supervisors of their programme may see it.
 */
export async function countEmployerContacts(
  lots: TLots,
  access: TAccess,
  specialistId: string,
  query: TEmployerContactsQuery,
): Promise<TEmployerContactWeeks> {
  const to = query.to ?? isoToday(lots.now());
  const from = query.from ?? addDays(to, -83);
  if (from > to || daysBetween(from, to) > MAX_DAYS) {
    throw new AppError('VALIDATION_FAILED', 'Bad window', {
      issues: [
        {
          path: ['querystring', 'from'],
          message: `must be on or before to (${to}) and at most ${MAX_DAYS} days before it`,
        },
      ],
      userMessage: 'Från-datum: måste vara före till-datum och högst tre år tidigare.',
    });
  }
  return lots.db.inScope(scopeFor(access), async (r) => {
    const s = await r.caseload.findSpecialist(specialistId);
    if (!s) throw new AppError('NOT_FOUND', `Specialist ${specialistId} not found`);
    const own = access.programmes.get(s.programmeId)?.specialistIds.includes(s.id) ?? false;
    if (!own && !isSupervisorOf(access, s.programmeId)) {
      throw forbidden(
        'Only the specialist and supervisors',
        'Bara specialisten själv och samordnare kan se detta.',
      );
    }
    const contacts = await r.caseload.employerContacts(s.id, from, to);
    const weeks = isoWeeksBetween(from, to).map((w) => ({ ...w, faceToFace: 0, total: 0 }));
    const byWeek = new Map(weeks.map((w) => [w.week, w]));
    for (const c of contacts) {
      const week = byWeek.get(isoWeekOf(c.date).week);
      if (!week) continue;
      week.total++;
      if (c.faceToFace) week.faceToFace++;
    }
    return {
      specialist: { id: s.id, name: s.name },
      from,
      to,
      weeks,
      totals: {
        faceToFace: weeks.reduce((n, w) => n + w.faceToFace, 0),
        total: weeks.reduce((n, w) => n + w.total, 0),
      },
    };
  });
}
