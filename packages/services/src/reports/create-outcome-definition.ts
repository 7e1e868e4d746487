import {
  AppError,
  incomeSources,
  placementKinds,
  standardOutcomeDefinitions,
  studyKinds,
  type TIssue,
} from '@lots/core';
import type { TOwnDefinition, TOwnDefinitionRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { mayManageTargets } from './set-programme-target.ts';
import { resolveDefinitionOwner } from './definition-owner.ts';

function checkDefinition(body: TOwnDefinitionRequest): TIssue[] {
  const issues: TIssue[] = [];
  const d = body.definition;
  if (standardOutcomeDefinitions.some((s) => s.id === body.key))
    issues.push({
      path: ['body', 'key'],
      message: `${body.key} is a standard definition: choose another key`,
    });
  const kinds = (field: 'studies' | 'placements', allowed: readonly string[]) => {
    const v = d[field];
    if (Array.isArray(v))
      v.forEach((k, i) => {
        if (!allowed.includes(k))
          issues.push({
            path: ['body', 'definition', field, i],
            message: `must be one of ${allowed.join(', ')}`,
          });
      });
  };
  kinds('studies', studyKinds);
  kinds('placements', placementKinds);
  (d.exitIncomeCountsAsSelfSupport ?? []).forEach((s, i) => {
    if (!(incomeSources as readonly string[]).includes(s))
      issues.push({
        path: ['body', 'definition', 'exitIncomeCountsAsSelfSupport', i],
        message: `must be one of ${incomeSources.join(', ')}`,
      });
  });
  if (!d.jobs && !d.studies && !d.placements && !d.exitIncomeCountsAsSelfSupport)
    issues.push({
      path: ['body', 'definition'],
      message:
        'must count at least one of jobs, studies, placements or exitIncomeCountsAsSelfSupport',
    });
  return issues;
}

/**
 * An own outcome definition of a programme or an association (outcomes.md "Outcome
 * definitions" as data), listed after the six standard ones in every report.
 * Analysts and supervisors of every programme it applies to.
 */
export async function createOutcomeDefinition(
  lots: TLots,
  access: TAccess,
  body: TOwnDefinitionRequest,
  meta: { ip: string | null },
): Promise<TOwnDefinition> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const owner = await resolveDefinitionOwner(r, body, ['body']);
    if (!owner.programmeIds.every((id) => mayManageTargets(access, id))) {
      throw new AppError('FORBIDDEN', 'own definitions need analyst or supervisor', {
        userMessage: 'Bara analytiker och samordnare kan lägga till egna utfallsdefinitioner.',
      });
    }
    const issues = checkDefinition(body);
    if (issues.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'invalid outcome definition', {
        issues,
        userMessage: 'Utfallsdefinitionen är inte giltig: rätta de markerade fälten.',
      });
    }
    const existing = await r.reports.listOwnDefinitions(owner.programmeIds, [owner.associationId]);
    if (existing.some((e) => e.key === body.key && e.programmeId === owner.programmeId)) {
      throw new AppError('CONFLICT', `definition ${body.key} exists`, {
        issues: [{ path: ['body', 'key'], message: `${body.key} is already defined here` }],
        userMessage: 'Det finns redan en utfallsdefinition med den nyckeln.',
      });
    }
    const row = await r.reports.createOwnDefinition({
      associationId: owner.associationId,
      programmeId: owner.programmeId,
      key: body.key,
      label: body.label,
      definition: body.definition,
      createdBy: access.user.id,
    });
    await r.audit.append({
      action: 'create',
      entity: 'outcome_definition',
      entityId: row.id,
      programmeId: owner.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { key: body.key },
    });
    return {
      id: row.id,
      key: body.key,
      label: body.label,
      programme: owner.programmeKey,
      association: owner.associationKey,
      definition: body.definition,
    };
  });
}
