import type { TProgrammeAccess } from '@lots/contracts';
import { Anchor, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { socioKeys } from './socio-queries.ts';
import { ScrollTable } from './scroll-table.tsx';

/** The programme's analyses, newest first, each linking to its page. */
export function AnalysisList({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: socioKeys.list(programme.key),
    queryFn: () => api.listSocioAnalyses(programme.key),
  });
  return (
    <section aria-labelledby="socio-list-title">
      <Title order={2} id="socio-list-title" mb="sm">
        {t('socio.list.title')}
      </Title>
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice tone="error" title={t('socio.loadError')} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('socio.list.empty')}</Text>
      ) : (
        <ScrollTable label={t('socio.list.caption', { programme: programme.name })} minWidth={760}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>{t('socio.list.caption', { programme: programme.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('socio.list.name')}</Table.Th>
                <Table.Th scope="col">{t('socio.list.mode')}</Table.Th>
                <Table.Th scope="col">{t('socio.list.period')}</Table.Th>
                <Table.Th scope="col">{t('socio.list.parameterSet')}</Table.Th>
                <Table.Th scope="col">{t('socio.list.status')}</Table.Th>
                <Table.Th scope="col">{t('socio.list.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    <Anchor
                      component={Link}
                      to={programmeHref(`/samhallsekonomi/${a.id}`, programme.key)}
                    >
                      {a.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`socio.mode.${a.mode}`)}</Table.Td>
                  <Table.Td>
                    {a.period
                      ? `${formatDate(a.period.from)} – ${formatDate(a.period.to)}`
                      : MISSING}
                  </Table.Td>
                  <Table.Td>{a.parameterSet}</Table.Td>
                  <Table.Td>{t(`socio.status.${a.status}`)}</Table.Td>
                  <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
