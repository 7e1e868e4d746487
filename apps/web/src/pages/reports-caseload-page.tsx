import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useMe } from '../auth/me-context.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { MISSING, formatDate, formatNumber } from '../format.ts';
import { Count, chartValue, shownText } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

/** Standard report 4: caseload per specialist (FTE-weighted) and the queue, on the period's last day. */
export function ReportsCaseloadPage() {
  return <ReportFrame page="caseload">{(ctx) => <CaseloadReport ctx={ctx} />}</ReportFrame>;
}

function CaseloadReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const me = useMe();
  /** The programme's name where the user has it, else its key (whole-association scope). */
  const programmeName = (key: string) => me.programmes.find((p) => p.key === key)?.name ?? key;
  const query = useQuery({
    queryKey: ['report', 'caseload', ctx.params],
    queryFn: () => api.caseloadReport(ctx.params),
  });
  const days = (d: number | null) =>
    d === null ? MISSING : t('reports.caseload.days', { days: formatNumber(d, 1) });
  return (
    <ReportQuery query={query}>
      {(report) => {
        const date = formatDate(report.date);
        return (
          <>
            <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
            <Text mb="xs">
              {t('reports.caseload.intro', { date, target: formatNumber(report.target) })}
            </Text>
            <Text size="sm" c="dimmed" mb="md">
              {t('reports.caseload.dateNote')}
            </Text>
            <ReportSection id="caseload" title={t('reports.page.caseload')}>
              <Table.ScrollContainer minWidth={620}>
                <Table className="lots-table lots-report-table" withTableBorder bg="white">
                  <Table.Caption>
                    {t('reports.caseload.caption', { date, target: formatNumber(report.target) })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('reports.caseload.specialist')}</Table.Th>
                      <Table.Th scope="col">{t('reports.caseload.programme')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('reports.caseload.fte')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('reports.caseload.active')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('reports.caseload.weighted')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.rows.map((r) => (
                      <Table.Tr key={`${r.programme}-${r.specialist}`}>
                        <Table.Th scope="row">{r.specialist}</Table.Th>
                        <Table.Td>{programmeName(r.programme)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(r.fte, 2)}</Table.Td>
                        <Table.Td ta="right">
                          <Count value={r.active} />
                        </Table.Td>
                        <Table.Td ta="right">
                          {typeof r.weighted === 'number' ? (
                            formatNumber(r.weighted, 1)
                          ) : (
                            <Count value={r.weighted ?? MISSING} />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th scope="row" colSpan={3}>
                        {t('reports.caseload.unassigned')}
                      </Table.Th>
                      <Table.Td ta="right">
                        <Count value={report.unassigned} />
                      </Table.Td>
                      <Table.Td />
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
              <ReportChart
                title={t('reports.caseload.chartTitle')}
                series={[
                  { key: 'weighted', label: t('reports.caseload.weighted'), color: '#0067c5' },
                ]}
                reference={{
                  value: report.target,
                  label: `${t('reports.chart.target')} ${formatNumber(report.target)}`,
                }}
                rows={report.rows.map((r) => ({
                  name: r.specialist,
                  values: { weighted: chartValue(r.weighted) },
                  labels: {
                    weighted:
                      typeof r.weighted === 'number'
                        ? formatNumber(r.weighted, 1)
                        : shownText(r.weighted),
                  },
                }))}
                height={280}
              />
            </ReportSection>
            <ReportSection id="queue" title={t('reports.caseload.queue')}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('reports.caseload.queueCaption', { date })}
              </Text>
              <DescriptionList
                items={[
                  {
                    term: t('reports.caseload.waiting'),
                    value: <Count value={report.queue.waiting} />,
                  },
                  { term: t('reports.caseload.meanDays'), value: days(report.queue.meanDays) },
                  { term: t('reports.caseload.medianDays'), value: days(report.queue.medianDays) },
                  { term: t('reports.caseload.maxDays'), value: days(report.queue.maxDays) },
                ]}
              />
            </ReportSection>
            <Downloads
              exact={!report.suppressed}
              files={[
                { report: 'caseload', label: t('reports.page.caseload'), params: ctx.params },
              ]}
            />
          </>
        );
      }}
    </ReportQuery>
  );
}
