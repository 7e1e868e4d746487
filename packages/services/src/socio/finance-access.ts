import { AppError } from '@lots/core';
import type { TRepositories } from '@lots/db';
import type { TAccess } from '../auth/access.ts';

/**
 * Who may do what with socio-economic analyses, budgets and funding (privacy.md
 * "Roles"; issue "Socio-economics and funding" part 5):
 * - analysts (association or programme grant) and supervisors (their programme) read
 *   and write;
 * - funders read aggregates: rows show a row number only, never enrolment ids, case
 *   numbers or free-text notes;
 * - specialists and everyone else: 403 (the programme exists in their access);
 * - a programme outside the access: 404.
 */
export type TFinanceViewer = 'staff' | 'funder';

export function financeViewer(access: TAccess, programmeId: string): TFinanceViewer | null {
  const grant = access.programmes.get(programmeId);
  if (!grant) return null;
  if (grant.roles.has('analyst') || grant.roles.has('supervisor')) return 'staff';
  if (grant.roles.has('funder')) return 'funder';
  return null;
}

export function notFound(what: string, key: string, path: (string | number)[]): AppError {
  return new AppError('NOT_FOUND', `${what} ${key} not found`, {
    issues: [{ path, message: `no such ${what} in your access` }],
  });
}

function forbidden(write: boolean): AppError {
  return new AppError('FORBIDDEN', write ? 'role may not change this' : 'role may not read this', {
    userMessage: write
      ? 'Din roll får inte ändra analyser, budgetar eller finansiering för programmet.'
      : 'Din roll har inte tillgång till analyser, budgetar eller finansiering.',
  });
}

/** Throws 404 outside the access and 403 for a role that may not; returns the viewer kind. */
export function requireFinanceRight(
  access: TAccess,
  programmeId: string,
  need: 'read' | 'write',
): TFinanceViewer {
  if (!access.programmes.has(programmeId)) throw notFound('programme', programmeId, ['id']);
  const viewer = financeViewer(access, programmeId);
  if (viewer === null || (need === 'write' && viewer !== 'staff'))
    throw forbidden(need === 'write');
  return viewer;
}

/** A programme by key, checked for the right; unknown and out-of-scope keys are both 404. */
export async function requireFinanceProgramme(
  r: TRepositories,
  access: TAccess,
  key: string,
  need: 'read' | 'write',
  path: (string | number)[],
) {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme || !access.programmes.has(programme.id)) throw notFound('programme', key, path);
  return { programme, viewer: requireFinanceRight(access, programme.id, need) };
}

/**
 * An association by key, with the programmes of it in the access. Reading needs a
 * finance right on one of them; writing association-wide data (funders' register,
 * cost-sharing keys, grant tables) needs `analystOnly` → the analyst role on every
 * programme of the association in the access, else staff on one.
 */
export async function requireFinanceAssociation(
  r: TRepositories,
  access: TAccess,
  key: string,
  need: 'read' | 'write' | 'analyst',
  path: (string | number)[],
) {
  const association = await r.organisation.findAssociationByKey(key);
  if (!association || !access.associations.has(association.id))
    throw notFound('association', key, path);
  const tree = await r.organisation.programmeTree();
  const programmeIds = tree
    .filter((p) => p.associationId === association.id && access.programmes.has(p.id))
    .map((p) => p.id);
  const viewers = programmeIds.map((id) => financeViewer(access, id));
  const ok =
    need === 'read'
      ? viewers.some((v) => v !== null)
      : need === 'write'
        ? viewers.includes('staff')
        : programmeIds.length > 0 &&
          programmeIds.every((id) => access.programmes.get(id)?.roles.has('analyst'));
  if (!ok) throw forbidden(need !== 'read');
  const readable = programmeIds.filter((id) => financeViewer(access, id) !== null);
  return { association, programmeIds: readable, tree };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
