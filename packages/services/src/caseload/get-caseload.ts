import { IPS_CASELOAD_TARGET, summariseCaseload } from '@lots/core';
import type { TCaseload, TCaseloadQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { forbidden, isSupervisorOf, programmeWithDescendants } from './caseload-access.ts';

/**
 * Active caseload per specialist on a date (default today), FTE-weighted against the
 * IPS target of 20 (process.md "Caseload and queue"). Supervisors only. Counts are not
 * personal data, so nothing is audited. The enrolment's current specialist counts:
 * Lots keeps no assignment history yet.
 */
export async function getCaseload(
  lots: TLots,
  access: TAccess,
  query: TCaseloadQuery,
): Promise<TCaseload> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const p = await programmeWithDescendants(r, query.programme, ['querystring', 'programme']);
    if (!isSupervisorOf(access, p.id)) {
      throw forbidden('Caseload is for supervisors', 'Bara samordnare kan se arbetsbelastningen.');
    }
    const date = query.date ?? isoToday(lots.now());
    const [specialists, counts] = await Promise.all([
      r.caseload.listSpecialists(p.ids),
      r.caseload.activeCounts(p.ids, date),
    ]);
    const countOf = new Map(counts.map((c) => [c.specialistId, c.n]));
    const shown = specialists.filter((s) => s.active || (countOf.get(s.id) ?? 0) > 0);
    const { rows, totals } = summariseCaseload(
      shown.map((s) => ({ ...s, fte: s.fte, active: countOf.get(s.id) ?? 0 })),
    );
    return {
      programme: p.key,
      date,
      target: IPS_CASELOAD_TARGET,
      rows: rows.map((s) => ({
        specialist: { id: s.id, key: s.key, name: s.name },
        programmeKey: s.programmeKey,
        fte: s.fte,
        active: s.active,
        weighted: s.weighted,
        overTarget: s.overTarget,
      })),
      totals: { ...totals, specialists: rows.length, unassigned: countOf.get(null) ?? 0 },
    };
  });
}
