import type { TScope } from '@lots/db';
import type { TRepositories } from '@lots/db';
import type { TRole } from '@lots/core';

export type TProgrammeGrant = { roles: Set<TRole>; specialistIds: string[] };

/** What a signed-in user may do, resolved from their grants on the organisation tree. */
export type TAccess = {
  user: { id: string; email: string; displayName: string; locale: 'sv' | 'en' };
  roles: Set<TRole>;
  isAdmin: boolean;
  /** Programmes whose configuration the user administers (an admin grant covers its node; none = all). */
  adminProgrammes: Set<string>;
  programmes: Map<string, TProgrammeGrant>;
  associations: Set<string>;
};

/** Roles that see personal data (privacy.md). */
export const PERSONAL_DATA_ROLES: readonly TRole[] = ['specialist', 'supervisor'];

export function hasPersonalData(grant: TProgrammeGrant): boolean {
  return grant.roles.has('supervisor') || grant.roles.has('specialist');
}

/**
 * A grant on a node covers its descendants (privacy.md, Tenancy): a grant on an
 * association covers all its programmes, a grant on a programme its sub-programmes.
 */
export async function resolveAccess(repos: TRepositories, user: TAccess['user']): Promise<TAccess> {
  const [grants, tree, links] = await Promise.all([
    repos.users.listGrants(user.id),
    repos.organisation.programmeTree(),
    repos.users.listSpecialistLinks(user.id),
  ]);
  const children = new Map<string, string[]>();
  for (const p of tree) {
    if (p.parentId) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p.id]);
  }
  const descendants = (id: string): string[] => [
    id,
    ...(children.get(id) ?? []).flatMap(descendants),
  ];

  const programmes = new Map<string, TProgrammeGrant>();
  const roles = new Set<TRole>();
  const adminProgrammes = new Set<string>();
  for (const g of grants) {
    const role = g.role as TRole;
    roles.add(role);
    const ids = g.programmeId
      ? descendants(g.programmeId)
      : tree.filter((p) => p.associationId === g.associationId).map((p) => p.id);
    if (role === 'admin') {
      // admin sees configuration, not personal data (privacy.md)
      const covered = g.programmeId || g.associationId ? ids : tree.map((p) => p.id);
      for (const id of covered) adminProgrammes.add(id);
      continue;
    }
    for (const id of ids) {
      const entry = programmes.get(id) ?? { roles: new Set<TRole>(), specialistIds: [] };
      entry.roles.add(role);
      programmes.set(id, entry);
    }
  }
  for (const link of links) programmes.get(link.programmeId)?.specialistIds.push(link.id);

  const associations = new Set(
    tree.filter((p) => programmes.has(p.id)).map((p) => p.associationId),
  );
  return {
    user,
    roles,
    isAdmin: roles.has('admin'),
    adminProgrammes,
    programmes,
    associations,
  };
}

/** The one place a request's database scope is made from a user's access. */
export function scopeFor(access: TAccess): TScope {
  const personalData = [...access.programmes.entries()]
    .filter(([, g]) => hasPersonalData(g))
    .map(([programmeId, g]) => ({
      programmeId,
      specialistIds: g.roles.has('supervisor') ? ('all' as const) : [...g.specialistIds],
    }));
  return {
    kind: 'user',
    userId: access.user.id,
    programmeIds: [...access.programmes.keys()],
    associationIds: [...access.associations],
    personalData,
  };
}
