import { AppError } from '@lots/core';
import type { TRepositories } from '@lots/db';
import { descendantsOf } from '../participants/list-participants.ts';

/** The programme or association an own definition belongs to; 404 outside the scope. */
export async function resolveDefinitionOwner(
  r: TRepositories,
  target: { programme?: string | undefined; association?: string | undefined },
  at: string[],
): Promise<{
  associationId: string;
  associationKey: string;
  programmeId: string | null;
  programmeKey: string | null;
  programmeIds: string[];
}> {
  const tree = await r.organisation.programmeTree();
  const visible = new Set(r.scope.programmeIds);
  if (target.programme && !target.association) {
    const p = await r.organisation.findProgrammeByKey(target.programme);
    if (!p)
      throw new AppError('NOT_FOUND', `Programme ${target.programme} not found`, {
        issues: [{ path: [...at, 'programme'], message: 'no such programme in your access' }],
      });
    const association = (await r.organisation.listProgrammes()).find((x) => x.id === p.id);
    return {
      associationId: p.associationId,
      associationKey: association?.associationKey ?? '',
      programmeId: p.id,
      programmeKey: p.key,
      programmeIds: descendantsOf(p.id, tree).filter((id) => visible.has(id)),
    };
  }
  if (target.association && !target.programme) {
    const a = await r.organisation.findAssociationByKey(target.association);
    if (!a)
      throw new AppError('NOT_FOUND', `Association ${target.association} not found`, {
        issues: [{ path: [...at, 'association'], message: 'no such association in your access' }],
      });
    return {
      associationId: a.id,
      associationKey: a.key,
      programmeId: null,
      programmeKey: null,
      programmeIds: tree.filter((p) => p.associationId === a.id).map((p) => p.id),
    };
  }
  throw new AppError('VALIDATION_FAILED', 'programme or association needed', {
    issues: [
      { path: [...at, 'programme'], message: 'give exactly one of programme or association' },
    ],
    userMessage: 'Välj antingen ett program eller ett förbund.',
  });
}
