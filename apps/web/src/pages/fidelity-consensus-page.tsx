import type { TFidelityConsensus, TFidelityReviewDetail } from '@lots/contracts';
import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { FidelityNav } from '../fidelity/fidelity-frame.tsx';
import { itemNames, type TReviewItem } from '../fidelity/fidelity-model.ts';
import {
  fidelityKeys,
  useInvalidateFidelity,
  useReviewQuery,
} from '../fidelity/fidelity-queries.ts';
import { ReviewSummary } from '../fidelity/review-summary.tsx';
import { MISSING, formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

/** Consensus: where the reviewers differ and by how much; agreed scores; completion. */
export function FidelityConsensusPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { requestedKey } = useProgramme();
  const review = useReviewQuery(id);
  const detail = review.data;
  // The consensus step exists for external reviews once every reviewer has submitted.
  const hasConsensus =
    detail !== undefined &&
    detail.access !== 'summary' &&
    detail.kind === 'external' &&
    (detail.status === 'consensus' || detail.status === 'completed');
  const consensus = useQuery({
    queryKey: fidelityKeys.consensus(id),
    queryFn: () => api.getFidelityConsensus(id),
    enabled: hasConsensus,
  });
  const title = t('fidelity.consensus.title');
  if (review.isPending) return <PageLoader label={t('app.loading')} />;
  if (review.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const loaded = review.data;
  return (
    <>
      <PageHeading title={`${title} – ${t('fidelity.title')}`}>{title}</PageHeading>
      <FidelityNav programmeKey={requestedKey ?? loaded.programme} />
      <Stack gap="lg">
        <ReviewSummary review={loaded} />
        {loaded.access === 'summary' ? (
          <Notice title={t('fidelity.review.summaryOnly')} />
        ) : hasConsensus && consensus.isPending ? (
          <PageLoader label={t('app.loading')} />
        ) : hasConsensus && consensus.isError ? (
          <Notice tone="error" title={t('fidelity.loadError')} />
        ) : (
          <ConsensusTable review={loaded} consensus={consensus.data ?? null} />
        )}
      </Stack>
    </>
  );
}

function ConsensusTable({
  review,
  consensus,
}: {
  review: TFidelityReviewDetail;
  consensus: TFidelityConsensus | null;
}) {
  const { t } = useTranslation();
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const items = review.items ?? [];
  const ready = review.status === 'consensus' || review.status === 'completed';
  const external = review.kind === 'external';
  const editable = external && review.status === 'consensus';
  const differenceOf = (id: string) =>
    consensus?.differences.find((d) => d.id === id)?.difference ?? 0;
  const differing = items.filter((i) => differenceOf(i.id) > 0);
  const rows = onlyDiffering ? differing : items;
  return (
    <section aria-labelledby="consensus-title">
      <h2 id="consensus-title" className="lots-visually-hidden">
        {t('fidelity.consensus.caption')}
      </h2>
      {external && <Text mb="sm">{t('fidelity.consensus.intro')}</Text>}
      {!ready && <Notice title={t('fidelity.consensus.notReady')} />}
      {external && ready && (
        <Group mb="sm" justify="space-between">
          <Text fw={700} role="status">
            {differing.length > 0
              ? t('fidelity.consensus.differing', { count: differing.length })
              : t('fidelity.consensus.noDifferences')}
          </Text>
          <Checkbox
            label={t('fidelity.consensus.onlyDiffering')}
            checked={onlyDiffering}
            onChange={(e) => setOnlyDiffering(e.currentTarget.checked)}
          />
        </Group>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('fidelity.consensus.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fidelity.consensus.item')}</Table.Th>
              {review.reviewers.map((r) => (
                <Table.Th scope="col" ta="right" key={r.id}>
                  {r.name}
                </Table.Th>
              ))}
              {external && (
                <Table.Th scope="col" ta="right">
                  {t('fidelity.consensus.difference')}
                </Table.Th>
              )}
              <Table.Th scope="col">{t('fidelity.consensus.agreed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => {
              const difference = differenceOf(item.id);
              const agreed = consensus?.agreed[item.id] ?? item.agreed?.score ?? null;
              return (
                <Table.Tr
                  key={item.id}
                  className={difference > 0 ? 'lots-fidelity-differs' : undefined}
                >
                  <Table.Th scope="row">
                    {item.number}. {item.title}
                  </Table.Th>
                  {review.reviewers.map((r) => {
                    const own = review.me?.reviewerId === r.id ? item.mine : null;
                    const given = item.reviewers.find((x) => x.reviewerId === r.id) ?? own;
                    return (
                      <Table.Td ta="right" key={r.id}>
                        {given?.score ?? MISSING}
                      </Table.Td>
                    );
                  })}
                  {external && (
                    <Table.Td ta="right" fw={difference > 0 ? 700 : undefined}>
                      {ready ? difference : MISSING}
                    </Table.Td>
                  )}
                  <Table.Td>
                    {editable ? (
                      <AgreedScore reviewId={review.id} item={item} current={agreed} />
                    ) : (
                      (agreed ?? MISSING)
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {ready && <Complete review={review} />}
    </section>
  );
}

function AgreedScore({
  reviewId,
  item,
  current,
}: {
  reviewId: string;
  item: TReviewItem;
  current: number | null;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFidelity();
  const [value, setValue] = useState(current === null ? '' : String(current));
  const mutation = useMutation({
    mutationFn: () => api.setFidelityAgreed(reviewId, item.id, { score: Number(value) }),
    onSuccess: () => invalidate(),
  });
  const label = t('fidelity.consensus.set', { title: `${item.number}. ${item.title}` });
  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        aria-label={label}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        data={[{ value: '', label: MISSING }, ...[1, 2, 3, 4, 5].map((n) => String(n))]}
        w={80}
        error={mutation.isError ? mutation.error.message || t('app.genericError') : undefined}
      />
      <Button
        size="xs"
        variant="outline"
        disabled={value === ''}
        loading={mutation.isPending}
        onClick={() => mutation.mutate()}
        aria-label={`${t('fidelity.consensus.save')}: ${label}`}
      >
        {t('fidelity.consensus.save')}
      </Button>
    </Group>
  );
}

function Complete({ review }: { review: TFidelityReviewDetail }) {
  const { t } = useTranslation();
  const { requestedKey } = useProgramme();
  const invalidate = useInvalidateFidelity();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => api.completeFidelityReview(review.id),
    onSuccess: () => {
      setError(null);
      void invalidate();
    },
    onError: (e) => {
      if (!isApiError(e)) {
        setError(t('app.genericError'));
        return;
      }
      const ids = e.problem.issues
        .filter((i) => i.path.includes('agreed'))
        .map((i) => i.path.split(/[./]/).at(-1) ?? '');
      setError(
        ids.length > 0
          ? t('fidelity.consensus.missing', { items: itemNames(ids, review.items) })
          : (e.problem.detail ?? t('app.genericError')),
      );
    },
  });
  if (review.status === 'completed') {
    return (
      <Notice
        title={t('fidelity.consensus.completed', {
          total: review.total ?? MISSING,
          band: review.band ? t(`fidelity.band.${review.band}`) : MISSING,
          nextDue: review.nextDue ? formatDate(review.nextDue) : MISSING,
        })}
      >
        <Anchor
          component={Link}
          c="inherit"
          underline="always"
          fw={700}
          to={programmeHref(
            `/programtrohet/${review.id}/rapport`,
            requestedKey ?? review.programme,
          )}
        >
          {t('fidelity.review.goReport')}
        </Anchor>
      </Notice>
    );
  }
  return (
    <Stack gap="xs" mt="lg">
      {error && <Notice tone="error" title={error} />}
      <Group>
        <Button loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('fidelity.consensus.complete')}
        </Button>
      </Group>
    </Stack>
  );
}
