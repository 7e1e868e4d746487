import {
  addDays,
  fidelityWindow,
  minDate,
  proposeFidelityScores,
  type TFidelitySuggestion,
} from '@lots/core';
import type { TFidelitySuggestQuery } from '@lots/contracts';
import { systemScope } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import {
  forbidden,
  isSupervisorOf,
  programmeWithDescendants,
} from '../caseload/caseload-access.ts';
import type { TLots } from '../runtime.ts';

/**
 * `lots fidelity suggest`: proposed IPS-25 scores with their evidence from a
 * programme's own records (with sub-programmes) over the review window
 * (fidelity.md "Data-assisted scoring"). Without `access` it runs in the system
 * scope (the CLI, run by whoever operates the database); with it, only supervisors
 * of the programme may ask, since the evidence names case numbers. The read is
 * audited in the same transaction.
 */
export async function suggestFidelity(
  lots: TLots,
  query: TFidelitySuggestQuery,
  options: { access?: TAccess; actor?: string | null } = {},
): Promise<TFidelitySuggestion> {
  const scope = options.access ? scopeFor(options.access) : systemScope(options.actor ?? null);
  return lots.db.inScope(scope, async (r) => {
    const p = await programmeWithDescendants(r, query.programme, ['programme']);
    if (options.access && !isSupervisorOf(options.access, p.id)) {
      throw forbidden(
        'Fidelity proposals are for supervisors',
        'Bara samordnare kan ta fram förslag till programtrohetsbedömning.',
      );
    }
    const window = fidelityWindow(query.date, query.windowMonths);
    const from = minDate(window.from, addDays(query.date, -83));
    const loaded = await r.fidelity.loadSuggestInput({
      programmeIds: p.ids,
      date: query.date,
      from,
    });
    const suggestion = proposeFidelityScores({
      programme: p.key,
      date: query.date,
      ...(query.windowMonths === undefined ? {} : { windowMonths: query.windowMonths }),
      specialists: [],
      openEnrolments: [],
      enrolments: [],
      employerContacts: [],
      jobStarts: [],
      benefitsCounselling: [],
      followAlong: [],
      referrals: [],
      declinedReferrals: [],
      ...loaded,
    });
    await r.audit.append({
      action: 'fidelity.suggest',
      entity: 'programme',
      entityId: p.id,
      programmeId: p.id,
      userEmail: options.access?.user.email ?? null,
      details: { date: query.date, window: suggestion.window },
    });
    return suggestion;
  });
}
