import type { TProgrammeAccess } from '@lots/contracts';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { FidelityFrame } from '../fidelity/fidelity-frame.tsx';
import { fidelityKeys } from '../fidelity/fidelity-queries.ts';
import { CompareChart } from '../fidelity/compare-chart.tsx';
import { BandTag } from '../fidelity/fidelity-tags.tsx';
import { MISSING, formatDate } from '../format.ts';

/** The latest total and band of every visible programme of the association. */
export function FidelityComparePage() {
  return <FidelityFrame page="compare">{(p) => <Compare programme={p} />}</FidelityFrame>;
}

function Compare({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: fidelityKeys.compare(programme.associationKey),
    queryFn: () => api.fidelityCompare(programme.associationKey),
  });
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const bars = query.data.programmes.map((p) => ({ name: p.name, total: p.latest?.total ?? null }));
  return (
    <Stack gap="sm">
      <Title order={2} id="compare-chart-title">
        {t('fidelity.compare.chart')}
      </Title>
      {bars.some((b) => b.total !== null) ? (
        <>
          <Text size="sm">{t('fidelity.compare.limits')}</Text>
          <CompareChart bars={bars} />
        </>
      ) : (
        <Text>{t('fidelity.compare.empty')}</Text>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>
            {t('fidelity.compare.caption', { association: programme.associationName })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fidelity.compare.programme')}</Table.Th>
              <Table.Th scope="col">{t('fidelity.compare.date')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('fidelity.compare.total')}
              </Table.Th>
              <Table.Th scope="col">{t('fidelity.compare.band')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.programmes.map((p) => (
              <Table.Tr key={p.programme}>
                <Table.Th scope="row">{p.name}</Table.Th>
                <Table.Td>
                  {p.latest ? formatDate(p.latest.date) : t('fidelity.compare.none')}
                </Table.Td>
                <Table.Td ta="right">{p.latest?.total ?? MISSING}</Table.Td>
                <Table.Td>
                  <BandTag band={p.latest?.band ?? null} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
