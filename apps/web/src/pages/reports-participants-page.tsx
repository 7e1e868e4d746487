import type { TBreakdownReport, TReportDimensionName, TReportParams } from '@lots/contracts';
import { SimpleGrid, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { enumLabel } from '../labels.ts';
import { BreakdownTable, dimensionValue, sexSeries } from '../reports/breakdown-table.tsx';
import { Count, chartValue, shownText, type TShown } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

/** Standard report 2, the SUS-style participant table: active by sex × age band, start situation, closures. */
export function ReportsParticipantsPage() {
  return (
    <ReportFrame page="participants" use={{ ageBands: true, by: true }}>
      {(ctx) => <ParticipantsReport ctx={ctx} />}
    </ReportFrame>
  );
}

function useBreakdown(
  report: 'participants' | 'closures',
  params: TReportParams,
  by: readonly TReportDimensionName[],
) {
  const q = { ...params, by };
  return useQuery({
    queryKey: ['report', report, q],
    queryFn: () => (report === 'closures' ? api.closuresReport(q) : api.participantsReport(q)),
  });
}

function ParticipantsReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  // The extra breakdown of the URL (`by`) is its own table; the standard tables are fixed.
  const base: TReportParams = { ...ctx.params };
  delete base.by;
  const sexAge = useBreakdown('participants', base, ['sex', 'ageBand']);
  const income = useBreakdown('participants', base, ['incomeSource']);
  const support = useBreakdown('participants', base, ['timeOnSupport']);
  const closures = useBreakdown('closures', base, ['reason']);
  const custom = useQuery({
    queryKey: ['report', 'participants', ctx.params],
    queryFn: () => api.participantsReport(ctx.params),
    enabled: ctx.filters.by.length > 0,
  });
  const dims = (by: readonly string[]) =>
    by.map((d) => t(`reports.dimension.${d}` as 'reports.dimension.sex').toLowerCase()).join(', ');

  return (
    <ReportQuery query={sexAge}>
      {(report) => (
        <>
          <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
          <ReportSection id="sex-age" title={t('reports.participants.sexAge')}>
            <SexAgeMatrix report={report} />
            <ReportChart
              title={t('reports.participants.chartTitle')}
              series={sexSeries(t, sexesOf(report))}
              rows={bandsOf(report).map((band) => ({
                name: dimensionValue(t, 'ageBand', band),
                values: Object.fromEntries(
                  sexesOf(report).map((s) => [s, chartValue(cell(report, s, band))]),
                ),
                labels: Object.fromEntries(
                  sexesOf(report).map((s) => [s, shownText(cell(report, s, band) ?? 0)]),
                ),
              }))}
            />
          </ReportSection>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ReportSection id="income" title={t('reports.participants.incomeSource')}>
              <ReportQuery query={income}>
                {(r) => (
                  <BreakdownTable report={r} caption={t('reports.participants.incomeSource')} />
                )}
              </ReportQuery>
            </ReportSection>
            <ReportSection id="support" title={t('reports.participants.timeOnSupport')}>
              <ReportQuery query={support}>
                {(r) => (
                  <BreakdownTable report={r} caption={t('reports.participants.timeOnSupport')} />
                )}
              </ReportQuery>
            </ReportSection>
          </SimpleGrid>
          <ReportSection id="closures" title={t('reports.participants.closures')}>
            <ReportQuery query={closures}>
              {(r) => (
                <BreakdownTable report={r} caption={t('reports.participants.closuresCaption')} />
              )}
            </ReportQuery>
          </ReportSection>
          {ctx.filters.by.length > 0 && (
            <ReportSection
              id="custom"
              title={t('reports.participants.custom', { dimensions: dims(ctx.filters.by) })}
            >
              <ReportQuery query={custom}>
                {(r) => (
                  <BreakdownTable
                    report={r}
                    caption={t('reports.participants.custom', { dimensions: dims(r.by) })}
                  />
                )}
              </ReportQuery>
            </ReportSection>
          )}
          <Downloads
            exact={!report.suppressed}
            files={[
              {
                report: 'participants',
                label: t('reports.participants.sexAge'),
                params: { ...base, by: ['sex', 'ageBand'] },
              },
              {
                report: 'closures',
                label: t('reports.participants.closures'),
                params: { ...base, by: ['reason'] },
              },
              ...(ctx.filters.by.length > 0
                ? [
                    {
                      report: 'participants',
                      label: t('reports.participants.custom', { dimensions: dims(ctx.filters.by) }),
                      params: ctx.params,
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </ReportQuery>
  );
}

const sexesOf = (r: TBreakdownReport) => [...new Set(r.rows.map((row) => String(row.sex)))];
const bandsOf = (r: TBreakdownReport) => [...new Set(r.rows.map((row) => String(row.ageBand)))];
const cell = (r: TBreakdownReport, sex: string, band: string): TShown | undefined =>
  r.rows.find((row) => String(row.sex) === sex && String(row.ageBand) === band)?.count;

/** Age bands down, sexes across: the SUS table. A missing combination is 0. */
function SexAgeMatrix({ report }: { report: TBreakdownReport }) {
  const { t } = useTranslation();
  const sexes = sexesOf(report);
  const bands = bandsOf(report);
  const exact = !report.suppressed;
  const sum = (values: (TShown | undefined)[]) =>
    values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table className="lots-table lots-report-table" withTableBorder bg="white">
        <Table.Caption>
          {t('reports.participants.sexAgeCaption', {
            preset: t(`reports.ageBandPreset.${report.ageBands as 'sus'}`),
          })}{' '}
          {t('reports.denominatorLine', { label: t(`reports.denominator.${report.denominator}`) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.dimension.ageBand')}</Table.Th>
            {sexes.map((s) => (
              <Table.Th scope="col" ta="right" key={s}>
                {sexHeading(t, s)}
              </Table.Th>
            ))}
            {exact && (
              <Table.Th scope="col" ta="right">
                {t('reports.total')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bands.map((band) => (
            <Table.Tr key={band}>
              <Table.Th scope="row">{dimensionValue(t, 'ageBand', band)}</Table.Th>
              {sexes.map((s) => (
                <Table.Td ta="right" key={s}>
                  <Count value={cell(report, s, band) ?? 0} />
                </Table.Td>
              ))}
              {exact && (
                <Table.Td ta="right" fw={700}>
                  <Count value={sum(sexes.map((s) => cell(report, s, band)))} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {exact && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('reports.total')}</Table.Th>
              {sexes.map((s) => (
                <Table.Td ta="right" fw={700} key={s}>
                  <Count value={sum(bands.map((b) => cell(report, s, b)))} />
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                <Count value={sum(report.rows.map((r) => r.count))} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

const sexHeading = (t: TFunction, s: string) => enumLabel(t, 'sex', s);
