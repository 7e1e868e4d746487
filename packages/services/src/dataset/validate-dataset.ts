import type { TIssue } from '@lots/core';
import { ZDataset, zodIssuesToIssues, type TDataset } from '@lots/contracts';
import { checkParticipants } from './dataset-participant-rules.ts';
import { checkDatasetStructure, type TReferenceData } from './dataset-structure-rules.ts';

export type { TReferenceData } from './dataset-structure-rules.ts';

export type TValidateDatasetResult =
  { ok: true; dataset: TDataset } | { ok: false; issues: TIssue[] };

/**
 * Checks a whole lots-dataset document before anything is written (interchange.md
 * "Import rules"): first its shape (zod), then every semantic rule, collecting all
 * issues rather than stopping at the first. The semantic rules need a well-formed
 * document, so a document with shape errors reports only those.
 *
 * On success the dataset has zod's defaults applied, and every employer without an
 * `association` gets the document's only association.
 */
export function validateDataset(input: unknown, ref: TReferenceData): TValidateDatasetResult {
  // reportInput lets the messages name the value given (numbers and options only).
  const parsed = ZDataset.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: zodIssuesToIssues(parsed.error) };

  const dataset = parsed.data;
  const issues = [...checkDatasetStructure(dataset, ref), ...checkParticipants(dataset)];
  if (issues.length > 0) return { ok: false, issues };

  const only = dataset.associations.length === 1 ? dataset.associations[0]?.key : undefined;
  return {
    ok: true,
    dataset: {
      ...dataset,
      employers: dataset.employers.map((e) =>
        e.association === undefined && only !== undefined ? { ...e, association: only } : e,
      ),
    },
  };
}
