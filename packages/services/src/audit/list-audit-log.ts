import { AppError } from '@lots/core';
import type { TAuditList, TListAuditQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';
import type { TLots } from '../runtime.ts';

/**
 * Log review (logguppföljning, privacy.md): a supervisor reads who read or changed
 * personal data in their programmes. Other roles: 403; other programmes: 404.
 */
export async function listAuditLog(
  lots: TLots,
  access: TAccess,
  query: TListAuditQuery,
): Promise<TAuditList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(query.programme);
    if (!programme) throw new AppError('NOT_FOUND', `Programme ${query.programme} not found`);
    const tree = await r.organisation.programmeTree();
    const ids = descendantsOf(programme.id, tree).filter((id) =>
      access.programmes.get(id)?.roles.has('supervisor'),
    );
    if (ids.length === 0) {
      throw new AppError('FORBIDDEN', 'Only supervisors review the audit log', {
        userMessage: 'Endast handledare kan granska loggen.',
      });
    }
    const rows = await r.audit.list({
      programmeIds: ids,
      limit: query.limit,
      ...(query.enrolment ? { enrolmentId: query.enrolment } : {}),
    });
    return {
      items: rows.map((a) => ({
        at: new Date(a.at).toISOString(),
        userEmail: a.userEmail,
        action: a.action,
        entity: a.entity,
        enrolmentId: a.enrolmentId,
        ip: a.ip,
        reason: a.reason,
      })),
    };
  });
}
