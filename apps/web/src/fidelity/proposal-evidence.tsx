import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../components/description-list.tsx';
import { MISSING, formatDate, formatNumber } from '../format.ts';
import type { TReviewItem } from './fidelity-model.ts';
import { proposalExplanation } from './proposal-explanation.ts';

type TFidelityProposal = NonNullable<TReviewItem['proposal']>;

const decimals = (n: number) => (Number.isInteger(n) ? 0 : 2);

/**
 * The data-assisted proposal of one item with its evidence. The records (case
 * numbers) are shown only when the API gives them: supervisors get them, other
 * reviewers get an empty list.
 */
export function ProposalEvidence({ proposal }: { proposal: TFidelityProposal }) {
  const { t } = useTranslation();
  const e = proposal.evidence;
  const explanation = proposalExplanation(t, proposal);
  return (
    <div className="lots-fidelity-proposal">
      <Text fw={700}>
        {proposal.score === null
          ? t('fidelity.scoring.noProposal', { note: explanation })
          : t('fidelity.scoring.proposalScore', { score: proposal.score })}
      </Text>
      {proposal.score !== null && explanation && <Text size="sm">{explanation}</Text>}
      <DescriptionList
        items={[
          {
            term: t('fidelity.scoring.numerator'),
            value: formatNumber(e.numerator, decimals(e.numerator)),
          },
          {
            term: t('fidelity.scoring.denominator'),
            value: formatNumber(e.denominator, decimals(e.denominator)),
          },
          {
            term: t('fidelity.scoring.value'),
            value: e.value === null ? MISSING : formatNumber(e.value, decimals(e.value)),
          },
          {
            term: t('fidelity.scoring.window'),
            value: `${formatDate(e.window.from)} – ${formatDate(e.window.to)}`,
          },
          ...(e.records.length > 0
            ? [
                {
                  term: t('fidelity.scoring.records'),
                  value: (
                    <ul className="lots-fidelity-records">
                      {e.records.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
