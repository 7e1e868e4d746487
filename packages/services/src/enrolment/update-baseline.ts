import type { TEnrolmentState, TUpdateBaselineRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { conflict, enrolmentState, loadEnrolment, type TMeta } from './case-work-support.ts';

/**
 * Corrects the baseline profile of an enrolled or closed enrolment. Fields left out
 * stay; `null` clears an optional one; income sources given replace the list.
 * Supervisors and the assigned specialist.
 */
export async function updateBaseline(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TUpdateBaselineRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await loadEnrolment(r, id);
    if (e.status !== 'enrolled' && e.status !== 'closed') {
      throw conflict(
        ['status'],
        `the enrolment is ${e.status}: the baseline is recorded at enrolment`,
        'Utgångsläget registreras vid inskrivning.',
      );
    }
    const patch = {
      ...(body.timeOnSupport !== undefined ? { timeOnSupport: body.timeOnSupport } : {}),
      ...(body.housingSupportHoursPerWeek !== undefined
        ? { housingSupportHours: body.housingSupportHoursPerWeek }
        : {}),
      ...(body.diagnosisGroup !== undefined ? { diagnosisGroup: body.diagnosisGroup } : {}),
      ...(body.goal !== undefined ? { goal: body.goal } : {}),
      ...(body.networkAgencies !== undefined ? { networkAgencies: body.networkAgencies } : {}),
      ...(body.preferences !== undefined ? { preferences: body.preferences } : {}),
    };
    await r.caseWork.updateEnrolment(e.id, patch);
    if (body.incomeSources)
      await r.caseWork.replaceIncomeSources(e.id, e.programmeId, 'baseline', body.incomeSources);
    await r.audit.append({
      action: 'update',
      entity: 'baseline',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { fields: Object.keys(body) },
    });
    return enrolmentState(r, e.id);
  });
}
