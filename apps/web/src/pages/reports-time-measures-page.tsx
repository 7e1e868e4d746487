import type { TTimeMeasuresReport } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate, formatNumber } from '../format.ts';
import { Count, chartValue, shownText, type TShown } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

/** Time measures (outcomes.md "Time measures"): days to first contact and job, time in programme, tenure. */
export function ReportsTimeMeasuresPage() {
  return <ReportFrame page="timeMeasures">{(ctx) => <TimeMeasuresReport ctx={ctx} />}</ReportFrame>;
}

/** Days as the API gives them: a number (one decimal), "–" when suppressed, none. */
function Days({ value }: { value: number | string | null }) {
  if (typeof value === 'string') return <Count value={value} />;
  return <span className="lots-figure">{value === null ? '–' : formatNumber(value, 1)}</span>;
}

type TLine = {
  label: string;
  count: TShown;
  mean?: number | string | null;
  median?: number | string | null;
  sub?: boolean;
};

/** A measure's table: the lines with count, mean and median days. */
function MeasureTable({ caption, lines }: { caption: ReactNode; lines: TLine[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table className="lots-table lots-report-table" withTableBorder bg="white">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.timeMeasures.measure')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.timeMeasures.count')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.timeMeasures.mean')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.timeMeasures.median')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.label}>
              <Table.Th scope="row" fw={l.sub ? 400 : 600} pl={l.sub ? 'xl' : undefined}>
                {l.label}
              </Table.Th>
              <Table.Td ta="right">
                <Count value={l.count} />
              </Table.Td>
              <Table.Td ta="right">{'mean' in l && <Days value={l.mean ?? null} />}</Table.Td>
              <Table.Td ta="right">{'median' in l && <Days value={l.median ?? null} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TimeMeasuresReport({ ctx }: { ctx: TReportContext }) {
  const query = useQuery({
    queryKey: ['report', 'time-measures', ctx.params],
    queryFn: () => api.timeMeasuresReport(ctx.params),
  });
  return (
    <ReportQuery query={query}>
      {(report) => <TimeMeasuresBody report={report} ctx={ctx} />}
    </ReportQuery>
  );
}

function TimeMeasuresBody({ report, ctx }: { report: TTimeMeasuresReport; ctx: TReportContext }) {
  const { t } = useTranslation();
  const c = report.firstContact;
  const j = report.firstJob;
  const p = report.timeInProgramme;
  const k = report.jobTenure;
  const days = c.withinDays;
  const contactLines: TLine[] = [
    {
      label: t('reports.timeMeasures.withContact'),
      count: c.withContact,
      mean: c.meanDays,
      median: c.medianDays,
    },
    { label: t('reports.timeMeasures.within', { days }), count: c.within, sub: true },
    { label: t('reports.timeMeasures.after', { days }), count: c.after, sub: true },
    { label: t('reports.timeMeasures.without'), count: c.without, sub: true },
    { label: t('reports.timeMeasures.noContactRecorded'), count: c.noContactRecorded, sub: true },
  ];
  return (
    <>
      <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
      <Text mb="md">{t('reports.timeMeasures.intro', { date: formatDate(report.asOf) })}</Text>
      <ReportSection id="first-contact" title={t('reports.timeMeasures.firstContact')}>
        <MeasureTable
          caption={`${t('reports.timeMeasures.firstContactCaption', { count: shownText(c.enrolments) })} ${t('reports.denominatorLine', { label: t('reports.denominator.enrolled_in_period') })}`}
          lines={contactLines}
        />
        <ReportChart
          title={t('reports.timeMeasures.contactChart')}
          series={[{ key: 'n', label: t('reports.count'), color: '#0067c5' }]}
          rows={contactLines.slice(1).map((l) => ({
            name: l.label,
            values: { n: chartValue(l.count) },
            labels: { n: shownText(l.count) },
          }))}
          height={240}
        />
      </ReportSection>
      <ReportSection id="first-job" title={t('reports.timeMeasures.firstJob')}>
        <MeasureTable
          caption={`${t('reports.timeMeasures.firstJobCaption', { count: shownText(j.enrolments) })} ${t('reports.denominatorLine', { label: t('reports.denominator.enrolled_in_period') })}`}
          lines={[
            {
              label: t('reports.timeMeasures.withJob'),
              count: j.withJob,
              mean: j.meanDays,
              median: j.medianDays,
            },
            { label: t('reports.timeMeasures.withoutJob'), count: j.without, sub: true },
          ]}
        />
      </ReportSection>
      <ReportSection id="time-in-programme" title={t('reports.timeMeasures.timeInProgramme')}>
        <MeasureTable
          caption={`${t('reports.timeMeasures.timeInProgrammeCaption', { count: shownText(p.closed) })} ${t('reports.denominatorLine', { label: t('reports.denominator.closed_in_period') })}`}
          lines={[
            {
              label: t('reports.timeMeasures.closed'),
              count: p.closed,
              mean: p.meanDays,
              median: p.medianDays,
            },
            ...p.bands.map((b) => ({
              label: t('reports.timeMeasures.band', { band: b.band.replace('-', '–') }),
              count: b.count,
              sub: true,
            })),
          ]}
        />
        <ReportChart
          title={t('reports.timeMeasures.bandsChart')}
          series={[{ key: 'n', label: t('reports.count'), color: '#0067c5' }]}
          rows={p.bands.map((b) => ({
            name: t('reports.timeMeasures.band', { band: b.band.replace('-', '–') }),
            values: { n: chartValue(b.count) },
            labels: { n: shownText(b.count) },
          }))}
          height={260}
        />
      </ReportSection>
      <ReportSection id="job-tenure" title={t('reports.timeMeasures.jobTenure')}>
        <MeasureTable
          caption={t('reports.timeMeasures.jobTenureCaption', { date: formatDate(report.asOf) })}
          lines={[
            {
              label: t('reports.timeMeasures.jobs'),
              count: k.jobs,
              mean: k.meanDays,
              median: k.medianDays,
            },
            { label: t('reports.timeMeasures.ended'), count: k.ended, sub: true },
            { label: t('reports.timeMeasures.ongoing'), count: k.ongoing, sub: true },
          ]}
        />
      </ReportSection>
      <Downloads
        exact={!report.suppressed}
        files={[
          { report: 'time-measures', label: t('reports.page.timeMeasures'), params: ctx.params },
        ]}
      />
    </>
  );
}
