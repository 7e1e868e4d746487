import { AppError } from '@lots/core';
import type { TEmployerOut, TUpdateEmployerRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { refuseDuplicate } from './create-employer.ts';
import { personalDataProgrammesIn, toEmployerOut } from './employer-access.ts';

/** Changes an employer's name, organisation number, industry or type; the key never changes (exports). */
export async function updateEmployer(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TUpdateEmployerRequest,
  meta: { ip: string | null },
): Promise<TEmployerOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const employer = await r.employers.find(id);
    if (!employer) throw new AppError('NOT_FOUND', `Employer ${id} not found`);
    const programmes = await personalDataProgrammesIn(r, access, employer.associationId);
    if (programmes.length === 0) {
      throw new AppError('FORBIDDEN', 'Only specialists and supervisors change employers', {
        userMessage: 'Din roll får inte ändra arbetsgivare.',
      });
    }
    if (body.orgNumber) await refuseDuplicate(r, employer.associationId, body.orgNumber, id);
    // JSON has no undefined: the fields present are the fields to change (null clears).
    const patch: TUpdateEmployerRequest = body;
    await r.employers.update(id, patch);
    await r.audit.append({
      action: 'update',
      entity: 'employer',
      entityId: id,
      programmeId: programmes[0] ?? null,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { fields: Object.keys(patch) },
    });
    const updated = await r.employers.find(id);
    if (!updated) throw new AppError('INTERNAL', 'updated employer not found');
    return toEmployerOut(updated);
  });
}
