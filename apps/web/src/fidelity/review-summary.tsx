import type { TFidelityReviewSummary } from '@lots/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/me-context.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { MISSING, formatDate } from '../format.ts';
import { BandTag, ReviewStatusTag } from './fidelity-tags.tsx';
import { instrumentName } from './instrument-name.ts';

/** Status, window, total, band, next review and reviewers: what every viewer may see. */
export function ReviewSummary({ review }: { review: TFidelityReviewSummary }) {
  const { t } = useTranslation();
  const me = useMe();
  const programme = me.programmes.find((p) => p.key === review.programme)?.name ?? review.programme;
  return (
    <DescriptionList
      items={[
        { term: t('fidelity.review.programme'), value: programme },
        { term: t('fidelity.list.kind'), value: t(`fidelity.kind.${review.kind}`) },
        { term: t('fidelity.list.status'), value: <ReviewStatusTag status={review.status} /> },
        {
          term: t('fidelity.review.window'),
          value: `${formatDate(review.window.from)} – ${formatDate(review.window.to)}`,
        },
        { term: t('fidelity.review.total'), value: review.total ?? MISSING },
        { term: t('fidelity.review.band'), value: <BandTag band={review.band} /> },
        {
          term: t('fidelity.review.nextDue'),
          value: review.nextDue ? formatDate(review.nextDue) : MISSING,
        },
        {
          term: t('fidelity.review.reviewers'),
          value:
            review.reviewers
              .map(
                (r) =>
                  `${r.name} (${t(r.submitted ? 'fidelity.review.submitted' : 'fidelity.review.notSubmitted')})`,
              )
              .join(', ') || MISSING,
        },
        {
          term: t('fidelity.review.instrument'),
          value: t('fidelity.review.instrumentValue', {
            name: instrumentName(review.instrument.id),
            version: review.instrument.version,
          }),
        },
      ]}
    />
  );
}
