import type { TFidelityHistory, TProgrammeAccess } from '@lots/contracts';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { FidelityFrame } from '../fidelity/fidelity-frame.tsx';
import { fidelityKeys, useReviewQuery } from '../fidelity/fidelity-queries.ts';
import { BandTag } from '../fidelity/fidelity-tags.tsx';
import { HistoryChart } from '../fidelity/history-chart.tsx';
import { ItemHistoryChart } from '../fidelity/item-history-chart.tsx';
import { MISSING, formatDate, formatPercent } from '../format.ts';
import { shownText } from '../reports/figures.tsx';

/** History of a programme: total (and per item) over time beside the employment rate. */
export function FidelityHistoryPage() {
  return <FidelityFrame page="history">{(p) => <History programme={p} />}</FidelityFrame>;
}

type TEmployment = TFidelityHistory['reviews'][number]['employment'];

/** "12 av 40 (30,0 %)"; suppressed cells arrive as text ("<5") and are shown as given. */
function employmentText(t: TFunction, e: TEmployment): string {
  if (!e) return MISSING;
  const rate = typeof e.rate === 'number' ? formatPercent(e.rate) : (e.rate ?? MISSING);
  const of = t('reports.ofCount', {
    count: shownText(e.count),
    denominator: shownText(e.denominator),
  });
  return `${of} (${rate})`;
}

function History({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: fidelityKeys.history(programme.key),
    queryFn: () => api.fidelityHistory(programme.key),
  });
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const reviews = query.data.reviews;
  if (reviews.length === 0) return <Text>{t('fidelity.history.empty')}</Text>;
  const points = reviews.map((r) => ({
    name: formatDate(r.date),
    total: r.total,
    rate: typeof r.employment?.rate === 'number' ? r.employment.rate : null,
  }));
  return (
    <Stack gap="lg">
      <Text>{t('fidelity.history.intro')}</Text>
      <section aria-labelledby="history-chart-title">
        <Title order={2} id="history-chart-title" mb="sm">
          {t('fidelity.history.chart')}
        </Title>
        <HistoryChart
          points={points}
          totalLabel={t('fidelity.history.total')}
          rateLabel={t('fidelity.history.employment')}
          goodLabel={t('fidelity.band.good')}
        />
        <Table.ScrollContainer minWidth={720}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>
              {t('fidelity.history.caption', { programme: programme.name })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fidelity.history.date')}</Table.Th>
                <Table.Th scope="col">{t('fidelity.history.kind')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('fidelity.history.total')}
                </Table.Th>
                <Table.Th scope="col">{t('fidelity.history.band')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('fidelity.history.employment')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviews.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">{formatDate(r.date)}</Table.Th>
                  <Table.Td>{t(`fidelity.kind.${r.kind}`)}</Table.Td>
                  <Table.Td ta="right">{r.total}</Table.Td>
                  <Table.Td>
                    <BandTag band={r.band} />
                  </Table.Td>
                  <Table.Td ta="right">{employmentText(t, r.employment)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      {reviews.some((r) => r.items !== null) && <ItemHistory history={query.data} />}
    </Stack>
  );
}

/** Agreed score per item and review; item titles come from the latest review. */
function ItemHistory({ history }: { history: TFidelityHistory }) {
  const { t } = useTranslation();
  const latest = history.reviews.at(-1);
  const detail = useReviewQuery(latest?.id ?? '');
  const items = detail.data?.items ?? [];
  const ids = items.length > 0 ? items.map((i) => i.id) : Object.keys(latest?.items ?? {});
  const name = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? `${item.number}. ${item.title}` : id;
  };
  return (
    <section aria-labelledby="item-history-title">
      <Title order={2} id="item-history-title" mb="sm">
        {t('fidelity.history.itemsCaption')}
      </Title>
      <Text size="sm">{t('fidelity.history.itemsChart')}</Text>
      <ItemHistoryChart
        items={ids.map((id) => ({
          id,
          name: name(id),
          points: history.reviews.map((r) => ({
            name: formatDate(r.date),
            score: r.items?.[id] ?? null,
          })),
        }))}
      />
      <Table.ScrollContainer minWidth={640}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('fidelity.history.itemsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fidelity.consensus.item')}</Table.Th>
              {history.reviews.map((r) => (
                <Table.Th scope="col" ta="right" key={r.id}>
                  {formatDate(r.date)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ids.map((id) => (
              <Table.Tr key={id}>
                <Table.Th scope="row">{name(id)}</Table.Th>
                {history.reviews.map((r) => (
                  <Table.Td ta="right" key={r.id}>
                    {r.items?.[id] ?? MISSING}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
