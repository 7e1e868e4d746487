import type { TMe, TProgrammeAccess } from '@lots/contracts';

/** The query parameter that carries the chosen programme, so views can be shared. */
export const PROGRAMME_PARAM = 'programme';

const STORAGE_KEY = 'lots.programme';

function storedProgrammeKey(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberProgramme(key: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage disabled: the URL still carries the choice.
  }
}

/**
 * The programme to show when the URL names none: the one chosen last on this
 * device, else the first with personal-data access, else the first.
 */
export function defaultProgramme(me: TMe): TProgrammeAccess | undefined {
  const stored = storedProgrammeKey();
  return (
    me.programmes.find((p) => p.key === stored) ??
    me.programmes.find((p) => p.personalData) ??
    me.programmes[0]
  );
}

export type TProgrammeGroup = { associationName: string; programmes: TProgrammeAccess[] };

/** Programmes grouped by coordination association, in the order the server gave them. */
export function groupByAssociation(programmes: readonly TProgrammeAccess[]): TProgrammeGroup[] {
  const groups = new Map<string, TProgrammeGroup>();
  for (const p of programmes) {
    let group = groups.get(p.associationKey);
    if (!group) {
      group = { associationName: p.associationName, programmes: [] };
      groups.set(p.associationKey, group);
    }
    group.programmes.push(p);
  }
  return [...groups.values()];
}

/** `path?programme=KEY&…`, for links that keep the programme. */
export function programmeHref(
  path: string,
  programmeKey: string | null | undefined,
  params: Record<string, string | undefined> = {},
): string {
  const search = new URLSearchParams();
  if (programmeKey) search.set(PROGRAMME_PARAM, programmeKey);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
