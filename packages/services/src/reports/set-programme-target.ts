import { AppError, outcomeDefinitions } from '@lots/core';
import type { TTargetRequest, TProgrammeTargetResponse } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { ownDefinitionsFor } from './own-definitions.ts';

/** Analysts and supervisors set targets (privacy.md "Roles": analysts may change targets). */
export function mayManageTargets(access: TAccess, programmeId: string): boolean {
  const roles = access.programmes.get(programmeId)?.roles;
  return roles !== undefined && (roles.has('analyst') || roles.has('supervisor'));
}

/**
 * Sets a programme's targets for one year (outcomes.md "Targets"): participants to
 * enrol and the share reaching outcomes, keyed by definition id (standard or own).
 * Replaces the year's targets as a whole; audited as a change of configuration.
 */
export async function setProgrammeTarget(
  lots: TLots,
  access: TAccess,
  params: { key: string; year: number },
  body: TTargetRequest,
  meta: { ip: string | null },
): Promise<TProgrammeTargetResponse> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(params.key);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${params.key} not found`, {
        issues: [{ path: ['params', 'key'], message: 'no such programme in your access' }],
      });
    }
    if (!mayManageTargets(access, programme.id)) {
      throw new AppError('FORBIDDEN', 'targets need analyst or supervisor', {
        userMessage: 'Bara analytiker och samordnare kan sätta mål för programmet.',
      });
    }
    const own = await ownDefinitionsFor(r, [programme.id], [programme.associationId]);
    const known = new Set(outcomeDefinitions(own).map((d) => d.id));
    const rates = body.rates ?? {};
    const issues = Object.keys(rates)
      .filter((id) => !known.has(id))
      .map((id) => ({
        path: ['body', 'rates', id],
        message: `unknown outcome definition ${id}: one of ${[...known].join(', ')}`,
      }));
    if (issues.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'unknown outcome in targets', {
        issues,
        userMessage:
          'Målet gäller ett utfall som inte finns. Välj en av programmets utfallsdefinitioner.',
      });
    }
    const target = { enrolments: body.enrolments ?? null, rates };
    await r.reports.upsertTarget(programme.id, params.year, target);
    await r.audit.append({
      action: 'update',
      entity: 'programme_target',
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { year: params.year, ...target },
    });
    return { programme: programme.key, year: params.year, ...target };
  });
}
