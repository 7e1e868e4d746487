import type { TProgrammeAccess } from '@lots/contracts';
import { List, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate, formatMoney } from '../format.ts';
import { fundingKeys } from '../socio/socio-queries.ts';
import { ScrollTable } from '../socio/scroll-table.tsx';

/** Funding decisions of the programme and year: amount, period of use, conditions, reports. */
export function DecisionsSection({
  programme,
  year,
}: {
  programme: TProgrammeAccess;
  year: number;
}) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: fundingKeys.decisions(programme.key, year),
    queryFn: () => api.listFundingDecisions({ programme: programme.key, year }),
  });
  return (
    <section aria-labelledby="funding-decisions">
      <Title order={2} id="funding-decisions" mb="sm">
        {t('funding.decisions.title')}
      </Title>
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice tone="error" title={t('funding.loadError')} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('funding.decisions.empty')}</Text>
      ) : (
        <ScrollTable label={t('funding.decisions.title')} minWidth={900}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>
              {t('funding.decisions.caption', { programme: programme.name, year })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.decisions.funder')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funding.decisions.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('funding.decisions.use')}</Table.Th>
                <Table.Th scope="col">{t('funding.decisions.conditions')}</Table.Th>
                <Table.Th scope="col">{t('funding.decisions.reporting')}</Table.Th>
                <Table.Th scope="col">{t('funding.decisions.reference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">
                    {d.funder.name}
                    <Text size="sm" c="dimmed">
                      {t(`funding.funderKind.${d.funder.kind}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right">{formatMoney(d.amount)}</Table.Td>
                  <Table.Td>
                    {d.useFrom || d.useTo
                      ? `${formatDate(d.useFrom)} – ${formatDate(d.useTo)}`
                      : MISSING}
                  </Table.Td>
                  <Table.Td>{d.conditions ?? MISSING}</Table.Td>
                  <Table.Td>
                    {d.reporting.length === 0 ? (
                      MISSING
                    ) : (
                      <List size="sm" spacing={2}>
                        {d.reporting.map((r) => (
                          <List.Item key={`${r.due}:${r.label}`}>
                            {t('funding.decisions.due', {
                              label: r.label,
                              date: formatDate(r.due),
                            })}
                            {r.sentAt
                              ? `, ${t('funding.decisions.sent', { date: formatDate(r.sentAt) })}`
                              : ''}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>{d.reference ?? MISSING}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr className="lots-socio-total">
                <Table.Th scope="row">{t('funding.decisions.total')}</Table.Th>
                <Table.Td ta="right">{formatMoney(query.data.total)}</Table.Td>
                <Table.Td colSpan={4} />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
