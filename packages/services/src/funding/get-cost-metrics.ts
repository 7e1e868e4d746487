import { costMetrics, standardOutcomeDefinitions } from '@lots/core';
import type { TCostMetricsOut } from '@lots/contracts';
import { hasPersonalData, scopeFor, type TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';
import { shownCount } from '../reports/shown.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';

const employment = standardOutcomeDefinitions.filter((d) => d.id === 'employment');

/**
 * Cost per enrolment, per participant-year and per employment outcome for a programme
 * (with its sub-programmes) and year (funding.md "What Lots keeps"). The cost is the
 * year's actual spend, else the sum of its funding decisions. Enrolments active in the
 * year and those of them who reached employment are counted in PostgreSQL by the
 * reports' outcome query; viewers without personal-data access on every programme get
 * small counts suppressed (outcomes.md "Small numbers"), and no per-head cost from them.
 */
export async function getCostMetrics(
  lots: TLots,
  access: TAccess,
  query: { programme: string; year: number },
): Promise<TCostMetricsOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, query.programme, 'read', [
      'querystring',
      'programme',
    ]);
    const tree = await r.organisation.programmeTree();
    const ids = descendantsOf(programme.id, tree).filter((id) => access.programmes.has(id));
    const period = { from: `${query.year}-01-01`, to: `${query.year}-12-31` };
    const [spend, decisions, counts, years] = await Promise.all([
      r.funding.listSpend(ids, query.year),
      r.funding.listDecisions(ids, query.year),
      r.reports.outcomeCounts({
        programmeIds: ids,
        period,
        denominator: 'enrolled_in_period',
        definitions: employment,
      }),
      r.funding.enrolmentYears({ programmeIds: ids, ...period }),
    ]);
    const cost =
      spend.length > 0
        ? spend.reduce((s, x) => s + x.amount, 0)
        : decisions.length > 0
          ? decisions.reduce((s, x) => s + x.amount, 0)
          : null;
    const enrolments = counts.reduce((s, g) => s + (g.counts[0]?.denominator ?? 0), 0);
    const outcomes = counts.reduce((s, g) => s + (g.counts[0]?.count ?? 0), 0);
    const suppressed = !ids.every((id) => {
      const grant = access.programmes.get(id);
      return grant !== undefined && hasPersonalData(grant);
    });
    const small = (n: number) => suppressed && n >= 1 && n < 5;
    const metrics = costMetrics({
      cost: cost ?? 0,
      enrolments: small(enrolments) ? 0 : enrolments,
      participantYears: small(enrolments) ? 0 : years.participantYears,
      outcomes: small(outcomes) ? 0 : outcomes,
    });
    return {
      programme: programme.key,
      year: query.year,
      cost,
      costSource: spend.length > 0 ? 'spend' : decisions.length > 0 ? 'decisions' : 'none',
      enrolments: shownCount(enrolments, suppressed),
      participantYears: Math.round(years.participantYears * 100) / 100,
      outcomes: shownCount(outcomes, suppressed),
      perEnrolment: cost === null ? null : metrics.perEnrolment,
      perParticipantYear: cost === null ? null : metrics.perParticipantYear,
      perOutcome: cost === null ? null : metrics.perOutcome,
      suppressed,
    };
  });
}
