import {
  AppError,
  potentialTargetGroup,
  standardOutcomeDefinitions,
  targetGroupReach,
} from '@lots/core';
import type { TTargetGroupOut, TTargetGroupRequest } from '@lots/contracts';
import { hasPersonalData, scopeFor, type TAccess } from '../auth/access.ts';
import { shownCount } from '../reports/shown.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';
import { storedTargetGroupInputs } from './target-group-inputs.ts';

/**
 * The association's potential target group (SKR's Finsam model, funding.md
 * "Target-group estimate") from the population statistics the user enters per
 * municipality, and the reach: participants in the association's programmes in the
 * year (enrolments active in it, counted from the records) / target group. Without
 * `municipalities` in the request, the year's stored inputs are used. Small participant counts are suppressed for viewers without personal data.
 */
export async function estimateTargetGroup(
  lots: TLots,
  access: TAccess,
  body: TTargetGroupRequest,
): Promise<TTargetGroupOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association, programmeIds } = await requireFinanceAssociation(
      r,
      access,
      body.association,
      'read',
      ['body', 'association'],
    );
    const municipalities =
      body.municipalities ?? (await storedTargetGroupInputs(r, association.id, body.year));
    if (municipalities.length === 0)
      throw new AppError('VALIDATION_FAILED', 'no target-group inputs', {
        issues: [
          {
            path: ['body', 'municipalities'],
            message: `are required: no inputs are stored for ${body.year}`,
          },
        ],
        userMessage: `Det finns inga sparade uppgifter om målgruppen för ${body.year}: ange kommunernas siffror.`,
      });
    const counts = await r.reports.outcomeCounts({
      programmeIds,
      period: { from: `${body.year}-01-01`, to: `${body.year}-12-31` },
      denominator: 'enrolled_in_period',
      definitions: standardOutcomeDefinitions.slice(0, 1),
    });
    const participants = counts.reduce((s, g) => s + (g.counts[0]?.denominator ?? 0), 0);
    const suppressed = !programmeIds.every((id) => {
      const grant = access.programmes.get(id);
      return grant !== undefined && hasPersonalData(grant);
    });
    const total = municipalities.reduce(
      (acc, m) => {
        for (const k of Object.keys(acc.counts) as (keyof typeof acc.counts)[])
          acc.counts[k] += m[k];
        acc.population += m.workingAgePopulation ?? 0;
        acc.hasPopulation ||= m.workingAgePopulation !== undefined;
        return acc;
      },
      {
        counts: {
          uvas: 0,
          socialAssistance: 0,
          jobSeekers: 0,
          youngActivityCompensation: 0,
          partialSicknessCompensation: 0,
          sickLeave: 0,
        },
        population: 0,
        hasPopulation: false,
      },
    );
    const small = suppressed && participants >= 1 && participants < 5;
    const reach = targetGroupReach({
      counts: total.counts,
      participants,
      ...(total.hasPopulation ? { workingAgePopulation: total.population } : {}),
      ...(body.weights ? { weights: body.weights } : {}),
    });
    return {
      association: association.key,
      year: body.year,
      municipalities: municipalities.map((m) => ({
        municipality: m.municipality,
        targetGroup: potentialTargetGroup(m, body.weights),
      })),
      targetGroup: reach.targetGroup,
      participants: shownCount(participants, suppressed),
      reach: small ? null : reach.reach,
      shareOfWorkingAge: reach.shareOfWorkingAge,
    };
  });
}
