import type { TFidelityReviewDetail } from '@lots/contracts';
import { Anchor, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { FidelityNav } from '../fidelity/fidelity-frame.tsx';
import {
  ITEM_COUNT,
  groupBySection,
  itemNames,
  scoredCount,
  type TReviewItem,
} from '../fidelity/fidelity-model.ts';
import { useInvalidateFidelity, useReviewQuery } from '../fidelity/fidelity-queries.ts';
import { ReviewSummary } from '../fidelity/review-summary.tsx';
import { ScoreItem } from '../fidelity/score-item.tsx';
import { MISSING, formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

/** One review: the summary for everyone; the scoring screen for the calling reviewer. */
export function FidelityReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { requestedKey } = useProgramme();
  const query = useReviewQuery(id);
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const review = query.data;
  const title = t('fidelity.review.title', {
    kind: t(`fidelity.kind.${review.kind}`),
    to: formatDate(review.window.to),
  });
  const programmeKey = requestedKey ?? review.programme;
  const scoring = review.me !== null && !review.me.submitted && review.status !== 'completed';
  return (
    <>
      <PageHeading title={`${title} – ${t('fidelity.title')}`}>{title}</PageHeading>
      <FidelityNav programmeKey={programmeKey} />
      <Stack gap="lg">
        <section aria-labelledby="summary-title">
          <Title order={2} id="summary-title" mb="sm">
            {t('fidelity.review.summary')}
          </Title>
          <ReviewSummary review={review} />
        </section>
        {review.access === 'summary' ? (
          <Notice title={t('fidelity.review.summaryOnly')} />
        ) : (
          <>
            <ReviewLinks review={review} programmeKey={programmeKey} />
            {review.access === 'supervisor' && review.status !== 'completed' && (
              <RefreshProposals id={review.id} />
            )}
            {scoring ? <ScoringScreen review={review} /> : <ItemTable review={review} />}
          </>
        )}
      </Stack>
    </>
  );
}

function ReviewLinks({
  review,
  programmeKey,
}: {
  review: TFidelityReviewDetail;
  programmeKey: string;
}) {
  const { t } = useTranslation();
  const base = `/programtrohet/${review.id}`;
  return (
    <Group>
      {(review.status === 'consensus' || review.status === 'completed') && (
        <Anchor component={Link} to={programmeHref(`${base}/konsensus`, programmeKey)}>
          {t('fidelity.review.goConsensus')}
        </Anchor>
      )}
      {review.status === 'completed' && (
        <Anchor component={Link} to={programmeHref(`${base}/rapport`, programmeKey)}>
          {t('fidelity.review.goReport')}
        </Anchor>
      )}
    </Group>
  );
}

function RefreshProposals({ id }: { id: string }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFidelity();
  const mutation = useMutation({
    mutationFn: () => api.refreshFidelityProposals(id),
    onSuccess: () => invalidate(),
  });
  return (
    <Group>
      <Button variant="default" loading={mutation.isPending} onClick={() => mutation.mutate()}>
        {t('fidelity.review.refresh')}
      </Button>
    </Group>
  );
}

function ScoringScreen({ review }: { review: TFidelityReviewDetail }) {
  const { t, i18n } = useTranslation();
  const invalidate = useInvalidateFidelity();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const items = review.items ?? [];
  const done = scoredCount(items);
  const submit = useMutation({
    mutationFn: () => api.submitFidelityScores(review.id),
    onSuccess: () => invalidate(),
    onError: (error) => {
      if (!isApiError(error)) {
        setSubmitError(t('app.genericError'));
        return;
      }
      const ids = error.problem.issues
        .map((i) => i.path.split(/[./]/).at(-1) ?? '')
        .filter((x) => items.some((item) => item.id === x));
      setSubmitError(
        ids.length > 0
          ? t('fidelity.scoring.missing', { items: itemNames(ids, items) })
          : (error.problem.detail ?? t('app.genericError')),
      );
    },
  });
  return (
    <section aria-labelledby="scoring-title">
      <Title order={2} id="scoring-title" mb="xs">
        {t('fidelity.scoring.title')}
      </Title>
      {review.kind === 'external' && <Text mb="sm">{t('fidelity.review.blind')}</Text>}
      <div className="lots-fidelity-progress">
        <Text id="scoring-progress" fw={700} aria-live="polite">
          {t('fidelity.scoring.progress', { done, total: ITEM_COUNT })}
        </Text>
        <Progress.Root size="md" mt={4}>
          <Progress.Section
            value={(done / ITEM_COUNT) * 100}
            aria-label={t('fidelity.scoring.progress', { done, total: ITEM_COUNT })}
          />
        </Progress.Root>
      </div>
      {groupBySection(items).map((group) => (
        <section key={group.section} aria-labelledby={`section-${group.section}`}>
          <Title order={2} fz="h3" id={`section-${group.section}`} mt="lg" mb="sm">
            {t(`fidelity.section.${group.section}`)}
          </Title>
          <Stack gap="md">
            {group.items.map((item) => (
              <ScoreItem
                key={item.id}
                reviewId={review.id}
                item={item}
                anchors={item.anchors.map((a) => (i18n.language === 'en' ? a.en : a.sv))}
                readOnly={false}
                onSaved={() => void invalidate()}
              />
            ))}
          </Stack>
        </section>
      ))}
      <Stack gap="xs" mt="xl">
        <Text>{t('fidelity.scoring.submitHint')}</Text>
        {submitError && <Notice tone="error" title={submitError} />}
        <Group>
          <Button loading={submit.isPending} onClick={() => submit.mutate()}>
            {t('fidelity.scoring.submit')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}

/** Scores after submission: own, the reviewers' (once all have submitted) and the agreed one. */
function ItemTable({ review }: { review: TFidelityReviewDetail }) {
  const { t } = useTranslation();
  const items: TReviewItem[] = review.items ?? [];
  const reviewers = review.reviewers;
  return (
    <section aria-labelledby="items-title">
      <Title order={2} id="items-title" mb="sm">
        {t('fidelity.review.items')}
      </Title>
      {review.me?.submitted && <Notice title={t('fidelity.scoring.submittedNotice')} />}
      <Table.ScrollContainer minWidth={640}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('fidelity.review.items')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fidelity.consensus.item')}</Table.Th>
              {reviewers.map((r) => (
                <Table.Th scope="col" ta="right" key={r.id}>
                  {r.name}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('fidelity.review.agreed')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row">
                  {item.number}. {item.title}
                </Table.Th>
                {reviewers.map((r) => {
                  const own = review.me?.reviewerId === r.id ? item.mine : null;
                  const given = item.reviewers.find((x) => x.reviewerId === r.id) ?? own;
                  return (
                    <Table.Td ta="right" key={r.id}>
                      {given?.score ?? MISSING}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">{item.agreed?.score ?? MISSING}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
