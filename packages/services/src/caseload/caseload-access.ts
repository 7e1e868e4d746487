import { AppError } from '@lots/core';
import type { TRepositories } from '@lots/db';
import type { TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';

/** A programme by key with its sub-programmes; unknown and out-of-scope keys are both 404. */
export async function programmeWithDescendants(
  r: TRepositories,
  key: string,
  path: (string | number)[],
): Promise<{ id: string; key: string; ids: string[] }> {
  const programme = await r.organisation.findProgrammeByKey(key);
  if (!programme) {
    throw new AppError('NOT_FOUND', `Programme ${key} not found`, {
      issues: [{ path, message: 'no such programme in your access' }],
    });
  }
  const tree = await r.organisation.programmeTree();
  return { id: programme.id, key: programme.key, ids: descendantsOf(programme.id, tree) };
}

export function isSupervisorOf(access: TAccess, programmeId: string): boolean {
  return access.programmes.get(programmeId)?.roles.has('supervisor') ?? false;
}

export function forbidden(message: string, userMessage: string): AppError {
  return new AppError('FORBIDDEN', message, { userMessage });
}
