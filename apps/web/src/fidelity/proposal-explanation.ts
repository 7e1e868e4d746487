import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../format.ts';
import type { TReviewItem } from './fidelity-model.ts';

type TProposal = Pick<NonNullable<TReviewItem['proposal']>, 'note' | 'explanation'>;

/**
 * A proposal's explanation in the interface language: each sentence from its message
 * key, with counts and dates in Swedish formats (`1 234`, `2026-12-06`). Proposals
 * stored without an explanation show the English `note` from the server.
 */
export function proposalExplanation(t: TFunction, proposal: TProposal): string {
  const parts = proposal.explanation;
  if (parts.length === 0) return proposal.note;
  return parts
    .map(({ key, params = {} }) =>
      t(`fidelity.explanation.${key}`, {
        ...(params.count === undefined
          ? {}
          : { count: params.count, n: formatNumber(params.count) }),
        ...(params.date === undefined ? {} : { date: formatDate(params.date) }),
      }),
    )
    .join(' ');
}
