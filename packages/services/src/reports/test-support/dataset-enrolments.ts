import type { TOutcomeEnrolment } from '@lots/core';
import type { TDataset } from '@lots/contracts';

/**
 * The enrolments of a lots-dataset as the core outcome engine reads them: the
 * reference side of the SQL-equals-core tests. Referrals (no `enrolledAt`) are left
 * out, as reports do (interchange.md).
 */
export function datasetEnrolments(doc: TDataset): TOutcomeEnrolment[] {
  return doc.participants.flatMap((p) =>
    p.enrolledAt
      ? [
          {
            id: `${p.programme}/${p.key}`,
            programme: p.programme,
            sex: p.sex,
            birthYear: p.birthYear,
            enrolledAt: p.enrolledAt,
            closedAt: p.closure?.date ?? null,
            closureReason: p.closure?.reason ?? null,
            baselineIncomeSources: (p.baseline?.incomeSources ?? []).map((i) => i.source),
            exitIncomeSources: (p.closure?.exitIncomeSources ?? []).map((i) => i.source),
            events: p.events,
          },
        ]
      : [],
  );
}

/** A programme's key with its sub-programmes' keys. */
export function programmeFamily(doc: TDataset, key: string): string[] {
  const out = [key];
  for (const current of out)
    for (const p of doc.programmes) if (p.parent === current) out.push(p.key);
  return out;
}
