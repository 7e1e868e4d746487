import type { TOutcomeDefinition } from '@lots/core';
import type { TRepositories } from '@lots/db';
import { ZOwnDefinitionBody } from '@lots/contracts';

/**
 * The own outcome definitions that apply to the report's programmes: the
 * programmes' own and their associations' (outcomes.md; interchange.md "then any own
 * definitions"). A programme's definition wins over its association's with the same key.
 */
export async function ownDefinitionsFor(
  r: TRepositories,
  programmeIds: readonly string[],
  associationIds: readonly string[],
): Promise<TOutcomeDefinition[]> {
  const rows = await r.reports.listOwnDefinitions(programmeIds, associationIds);
  const byKey = new Map<string, TOutcomeDefinition>();
  for (const row of [...rows].sort(
    (a, b) => Number(a.programmeId !== null) - Number(b.programmeId !== null),
  )) {
    const parsed = ZOwnDefinitionBody.safeParse(row.definition);
    if (!parsed.success) continue; // written through the validated use case only
    byKey.set(row.key, {
      ...(parsed.data as Omit<TOutcomeDefinition, 'id' | 'label'>),
      id: row.key,
      label: row.label,
    });
  }
  return [...byKey.values()];
}
