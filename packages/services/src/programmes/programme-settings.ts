import { AppError } from '@lots/core';
import type { TProgrammeSettings, TProgrammeSettingsRequest } from '@lots/contracts';
import type { TRepositories, TScope } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { priorityRulesOf } from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';

/**
 * Who changes a programme's settings: an admin whose grant covers it (privacy.md:
 * admins change configuration) or a supervisor of the programme (who runs its queue
 * and caseload). Everyone with a role on the programme may read them.
 */
export function mayEditProgrammeSettings(access: TAccess, programmeId: string): boolean {
  return (
    access.adminProgrammes.has(programmeId) ||
    access.programmes.get(programmeId)?.roles.has('supervisor') === true
  );
}

/** The user's scope, widened by the programmes they administer (configuration only, no personal data). */
function settingsScope(access: TAccess): TScope {
  const scope = scopeFor(access);
  return {
    ...scope,
    programmeIds: [...new Set([...scope.programmeIds, ...access.adminProgrammes])],
  };
}

async function programmeOrNotFound(r: TRepositories, key: string) {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme) {
    throw new AppError('NOT_FOUND', `Programme ${key} not found`, {
      issues: [{ path: ['params', 'key'], message: 'no such programme in your access' }],
    });
  }
  return programme;
}

type TProgrammeRow = Awaited<ReturnType<typeof programmeOrNotFound>>;

function toSettings(p: TProgrammeRow, access: TAccess): TProgrammeSettings {
  return {
    key: p.key,
    name: p.name,
    closureAfterDays: p.closureAfterDays,
    minHoursPerWeekForEmployment: p.minHoursPerWeekForEmployment,
    followUpMonths: p.followUpMonths,
    retentionYears: p.retentionYears,
    priorityRules: priorityRulesOf(p.priorityRules),
    mayEdit: mayEditProgrammeSettings(access, p.id),
  };
}

/** A programme's settings: closure proposal, employment hours, follow-ups, retention, queue rules. */
export async function getProgrammeSettings(
  lots: TLots,
  access: TAccess,
  key: string,
): Promise<TProgrammeSettings> {
  return lots.db.inScope(settingsScope(access), async (r) => {
    return toSettings(await programmeOrNotFound(r, key), access);
  });
}

/** Changes the settings named in the body; audited with the values before and after. */
export async function updateProgrammeSettings(
  lots: TLots,
  access: TAccess,
  key: string,
  body: TProgrammeSettingsRequest,
  meta: { ip: string | null },
): Promise<TProgrammeSettings> {
  return lots.db.inScope(settingsScope(access), async (r) => {
    const p = await programmeOrNotFound(r, key);
    if (!mayEditProgrammeSettings(access, p.id)) {
      throw new AppError('FORBIDDEN', 'programme settings need admin or supervisor', {
        userMessage: 'Bara administratörer och samordnare kan ändra programmets inställningar.',
      });
    }
    const before = toSettings(p, access);
    const { priorityRules, ...rest } = body;
    await r.organisation.updateProgrammeSettings(p.id, {
      ...rest,
      ...(priorityRules ? { priorityRules: JSON.stringify(priorityRules) } : {}),
    });
    const fields = Object.keys(body) as (keyof TProgrammeSettingsRequest)[];
    await r.audit.append({
      action: 'update',
      entity: 'programme_settings',
      entityId: p.id,
      programmeId: p.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: {
        fields,
        before: Object.fromEntries(fields.map((f) => [f, before[f]])),
        after: Object.fromEntries(fields.map((f) => [f, body[f]])),
      },
    });
    return toSettings(await programmeOrNotFound(r, key), access);
  });
}
