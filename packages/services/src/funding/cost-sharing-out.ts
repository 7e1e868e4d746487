import { finsamCostSharing, finsamMunicipalKeys, type TFinsamMember } from '@lots/core';
import type { TCostSharingKeyOut } from '@lots/contracts';

type TKey = TCostSharingKeyOut['municipalKey'];

/** A stored key with each member's share of its total (core `finsamCostSharing`). */
export function costSharingOut(k: {
  id: string;
  associationKey: string;
  name: string;
  year: number | null;
  municipalKey: string;
  members: unknown;
  total: number | null;
}): TCostSharingKeyOut {
  const members = (Array.isArray(k.members) ? k.members : []) as TFinsamMember[];
  const key = (
    (finsamMunicipalKeys as readonly string[]).includes(k.municipalKey) ? k.municipalKey : 'equal'
  ) as TKey;
  return {
    id: k.id,
    association: k.associationKey,
    name: k.name,
    year: k.year,
    municipalKey: key,
    members,
    total: k.total,
    shares: k.total === null ? null : finsamCostSharing(k.total, members, key),
  };
}
