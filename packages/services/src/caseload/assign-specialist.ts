import { AppError } from '@lots/core';
import type { TAssignRequest, TAssignResult } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { forbidden, isSupervisorOf } from './caseload-access.ts';

/**
 * Assigns an enrolment to a specialist of the same programme (supervisors only).
 * Audited with the previous and the new specialist.
 */
export async function assignSpecialist(
  lots: TLots,
  access: TAccess,
  enrolmentId: string,
  body: TAssignRequest,
  meta: { ip: string | null },
): Promise<TAssignResult> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await r.events.findEnrolment(enrolmentId);
    if (!e) throw new AppError('NOT_FOUND', `Enrolment ${enrolmentId} not found`);
    if (!isSupervisorOf(access, e.programmeId)) {
      throw forbidden(
        'Only supervisors assign participants',
        'Bara samordnare kan byta specialist för en deltagare.',
      );
    }
    const next = await r.events.findSpecialistInProgramme(body.specialist, e.programmeId);
    if (!next?.active) {
      throw new AppError('VALIDATION_FAILED', `Specialist ${body.specialist} not assignable`, {
        issues: [
          {
            path: ['body', 'specialist'],
            message: next
              ? 'is no longer active'
              : 'must be a specialist of the participant’s programme',
          },
        ],
        userMessage: next
          ? 'Specialist: är inte längre aktiv.'
          : 'Specialist: måste arbeta i deltagarens program.',
      });
    }
    const previous = e.specialistId
      ? await r.events.findSpecialistInProgramme(e.specialistId, e.programmeId)
      : undefined;
    await r.caseload.assign(e.id, next.id);
    await r.audit.append({
      action: 'assign',
      entity: 'enrolment',
      entityId: e.id,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { from: e.specialistId, to: next.id },
    });
    return {
      enrolmentId: e.id,
      specialist: { id: next.id, name: next.name },
      previous: previous ? { id: previous.id, name: previous.name } : null,
    };
  });
}
