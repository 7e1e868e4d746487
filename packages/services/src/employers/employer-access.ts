import { randomBytes } from 'node:crypto';
import { AppError, type TEmployerType, type TSniSection } from '@lots/core';
import type { TEmployerOut } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { hasPersonalData, type TAccess } from '../auth/access.ts';

type TEmployerRow = NonNullable<Awaited<ReturnType<TRepositories['employers']['find']>>>;

export function toEmployerOut(e: TEmployerRow): TEmployerOut {
  return {
    id: e.id,
    key: e.key,
    name: e.name,
    orgNumber: e.orgNumber,
    industry: e.industry as TSniSection | null,
    type: e.type as TEmployerType | null,
    association: { key: e.associationKey, name: e.associationName },
  };
}

/**
 * Programmes of the association where the user may see personal data. Employer
 * contact history is tied to case numbers, so reading it or changing the register
 * needs such a programme (analysts and funders get 403).
 */
export async function personalDataProgrammesIn(
  r: TRepositories,
  access: TAccess,
  associationId: string,
): Promise<string[]> {
  const tree = await r.organisation.programmeTree();
  return tree
    .filter((p) => p.associationId === associationId)
    .map((p) => p.id)
    .filter((id) => {
      const grant = access.programmes.get(id);
      return grant !== undefined && hasPersonalData(grant);
    });
}

export function forbiddenEmployerHistory(): AppError {
  return new AppError('FORBIDDEN', 'Employer details need personal-data access', {
    userMessage:
      'Din roll ger inte tillgång till arbetsgivarens kontakthistorik (den är kopplad till deltagare).',
  });
}

/**
 * A stable key for an employer registered in the UI, so that it exports and imports
 * like one from a dataset: the name as a slug plus six random hex digits
 * (`ica-nara-hudiksvall-3f9a0c`).
 */
export function newEmployerKey(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'employer'}-${randomBytes(3).toString('hex')}`;
}
