import type { TLastingReport } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';
import { Count, chartValue, shownText } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

const statuses = [
  'employed',
  'studying',
  'occupied',
  'none',
  'unreachable',
  'missing',
  'not_due',
] as const;
const statusLabel = (t: TFunction, s: string) =>
  statuses.some((x) => x === s) ? t(`reports.lasting.statusLabel.${s as 'none'}`) : s;

/** Standard report 6: follow-up status at +6 and +12 months after closure. */
export function ReportsLastingPage() {
  return <ReportFrame page="lasting">{(ctx) => <LastingReport ctx={ctx} />}</ReportFrame>;
}

function LastingReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['report', 'lasting', ctx.params],
    queryFn: () => api.lastingReport(ctx.params),
  });
  return (
    <ReportQuery query={query}>
      {(report) => {
        const months = monthsOf(report);
        const shown = statusesOf(report);
        const series = [
          { key: '6', label: t('reports.lasting.months', { months: 6 }), color: '#0067c5' },
          {
            key: '12',
            label: t('reports.lasting.months', { months: 12 }),
            color: '#8a4b00',
            style: 'hatched' as const,
          },
        ].filter((s) => months.includes(Number(s.key)));
        return (
          <>
            <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
            <Text mb="md">{t('reports.lasting.intro', { date: formatDate(report.asOf) })}</Text>
            <ReportSection id="lasting" title={t('reports.page.lasting')}>
              <Table.ScrollContainer minWidth={480}>
                <Table className="lots-table lots-report-table" withTableBorder bg="white">
                  <Table.Caption>
                    {t('reports.lasting.caption')}{' '}
                    {t('reports.denominatorLine', {
                      label: t('reports.denominator.closed_in_period'),
                    })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('reports.lasting.status')}</Table.Th>
                      {months.map((m) => (
                        <Table.Th scope="col" ta="right" key={m}>
                          {t('reports.lasting.months', { months: m })}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((s) => (
                      <Table.Tr key={s}>
                        <Table.Th scope="row">{statusLabel(t, s)}</Table.Th>
                        {months.map((m) => (
                          <Table.Td ta="right" key={m}>
                            <Count value={countOf(report, m, s) ?? 0} />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {shown.length === 0 ? (
                <Text>{t('reports.noData')}</Text>
              ) : (
                <ReportChart
                  title={t('reports.lasting.chartTitle')}
                  series={series}
                  rows={shown.map((s) => ({
                    name: statusLabel(t, s),
                    values: Object.fromEntries(
                      months.map((m) => [String(m), chartValue(countOf(report, m, s))]),
                    ),
                    labels: Object.fromEntries(
                      months.map((m) => [String(m), shownText(countOf(report, m, s) ?? 0)]),
                    ),
                  }))}
                />
              )}
            </ReportSection>
            <Downloads
              exact={!report.suppressed}
              files={[{ report: 'lasting', label: t('reports.page.lasting'), params: ctx.params }]}
            />
          </>
        );
      }}
    </ReportQuery>
  );
}

const monthsOf = (r: TLastingReport) => [...new Set(r.rows.map((x) => x.months))];
const statusesOf = (r: TLastingReport) => [...new Set(r.rows.map((x) => x.status))];
const countOf = (r: TLastingReport, months: number, status: string) =>
  r.rows.find((x) => x.months === months && x.status === status)?.count;
