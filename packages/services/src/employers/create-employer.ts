import { AppError } from '@lots/core';
import type { TCreateEmployerRequest, TEmployerOut } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { hasPersonalData, scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { newEmployerKey, toEmployerOut } from './employer-access.ts';

/**
 * Registers an employer in the association of `programmeKey`. Specialists and
 * supervisors of the programme may; an organisation number already registered in the
 * association is a conflict (one employer, one record).
 */
export async function createEmployer(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
  body: TCreateEmployerRequest,
  meta: { ip: string | null },
): Promise<TEmployerOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(programmeKey);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${programmeKey} not found`, {
        issues: [
          { path: ['querystring', 'programme'], message: 'no such programme in your access' },
        ],
      });
    }
    const grant = access.programmes.get(programme.id);
    if (!grant || !hasPersonalData(grant)) {
      throw new AppError('FORBIDDEN', 'Only specialists and supervisors register employers', {
        userMessage: 'Din roll får inte registrera arbetsgivare.',
      });
    }
    if (body.orgNumber) await refuseDuplicate(r, programme.associationId, body.orgNumber);
    const id = await r.employers.insert({
      associationId: programme.associationId,
      key: newEmployerKey(body.name),
      name: body.name,
      orgNumber: body.orgNumber ?? null,
      industry: body.industry ?? null,
      type: body.type ?? null,
    });
    await r.audit.append({
      action: 'create',
      entity: 'employer',
      entityId: id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    const created = await r.employers.find(id);
    if (!created) throw new AppError('INTERNAL', 'created employer not found');
    return toEmployerOut(created);
  });
}

export async function refuseDuplicate(
  r: TRepositories,
  associationId: string,
  orgNumber: string,
  exceptId?: string,
): Promise<void> {
  const other = await r.employers.findByOrgNumber(associationId, orgNumber);
  if (other && other.id !== exceptId) {
    throw new AppError('CONFLICT', `Organisation number ${orgNumber} is already registered`, {
      issues: [
        {
          path: ['body', 'orgNumber'],
          message: `already registered for employer ${other.key}`,
        },
      ],
      userMessage: `Organisationsnummer: ${orgNumber} finns redan (${other.name}).`,
    });
  }
}
