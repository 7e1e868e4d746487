import type { TFidelityReviewDetail, TFidelityScoreRequest } from '@lots/contracts';

/*
 * Pure helpers of the fidelity pages: sections, progress, and the rule that an
 * override of a proposal needs a note (docs/fidelity-reviews.md "Proposals"), checked
 * here before the server checks it again.
 */

export type TReviewItem = NonNullable<TFidelityReviewDetail['items']>[number];
export type TSection = 'staffing' | 'organisation' | 'services';
export type TBand = NonNullable<TFidelityReviewDetail['band']>;

export const ITEM_COUNT = 25;

/**
 * The IPS-25 section of an item by its number (fidelity.md "Items and identifiers":
 * 1–3 staffing, 4–11 organisation, 12–25 services). Review items also carry
 * `section` from the instrument; this keeps grouping working for any list that has
 * only the numbers (history rows, comparisons).
 */
export function sectionOf(itemNumber: number): TSection {
  if (itemNumber <= 3) return 'staffing';
  if (itemNumber <= 11) return 'organisation';
  return 'services';
}

/** Items grouped by section, in scale order. */
export function groupBySection<T extends { number: number }>(
  items: readonly T[],
): { section: TSection; items: T[] }[] {
  const groups: { section: TSection; items: T[] }[] = [];
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    const section = sectionOf(item.number);
    const last = groups.at(-1);
    if (last?.section === section) last.items.push(item);
    else groups.push({ section, items: [item] });
  }
  return groups;
}

/** How many items the caller has scored. */
export function scoredCount(items: readonly TReviewItem[] | null): number {
  return items?.filter((i) => i.mine !== null).length ?? 0;
}

export type TScoreDraft = { score: number | null; note: string; evidence: string };

export type TScoreProblem =
  | { field: 'score'; key: 'scoreRequired' }
  | { field: 'note'; key: 'noteRequired'; proposal: number };

/** A score is required; a score other than the proposal's needs a note. */
export function scoreProblem(
  draft: TScoreDraft,
  proposalScore: number | null | undefined,
): TScoreProblem | null {
  if (draft.score === null) return { field: 'score', key: 'scoreRequired' };
  if (
    proposalScore !== null &&
    proposalScore !== undefined &&
    draft.score !== proposalScore &&
    draft.note.trim() === ''
  ) {
    return { field: 'note', key: 'noteRequired', proposal: proposalScore };
  }
  return null;
}

/** The request body for a draft; empty texts are left out. */
export function scoreRequest(draft: TScoreDraft, accept = false): TFidelityScoreRequest {
  const note = draft.note.trim();
  const evidence = draft.evidence.trim();
  return {
    ...(accept ? { acceptProposal: true } : { score: draft.score ?? undefined }),
    ...(note ? { note } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

/** The tone of a band tag: the words carry the meaning, the colour helps scanning. */
export function bandTone(band: TBand): 'success' | 'teal' | 'warning' | 'neutral' {
  switch (band) {
    case 'exemplary':
      return 'success';
    case 'good':
      return 'teal';
    case 'fair':
      return 'warning';
    case 'not_ips':
      return 'neutral';
  }
}

/** "12. Sysselsättningsplanering" for item ids, in scale order, for messages. */
export function itemNames(
  ids: readonly string[],
  items: readonly { id: string; number: number; title: string }[] | null,
): string {
  return ids
    .map((id) => {
      const item = items?.find((i) => i.id === id);
      return item ? `${item.number}. ${item.title}` : id;
    })
    .join(', ');
}
