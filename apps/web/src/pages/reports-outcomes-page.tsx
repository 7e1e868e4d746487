import type { TOutcomeReportResponse } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { formatPercent } from '../format.ts';
import { enumLabel } from '../labels.ts';
import { Count, Rate, chartValue, shownText } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';
import { OutcomeGroupsTable } from '../reports/outcome-groups-table.tsx';
import { TargetsForm } from '../reports/targets-form.tsx';

const standardIds = [
  'competitive_employment',
  'employment',
  'studies',
  'employment_or_studies',
  'occupation',
  'self_support',
] as const;
const isStandard = (id: string): id is (typeof standardIds)[number] =>
  standardIds.some((s) => s === id);

/** Standard report 1: one row per outcome definition, with denominator, by sex, against target. */
export function ReportsOutcomesPage() {
  return (
    <ReportFrame page="outcomes" use={{ denominator: true, by: true, ageBands: true }}>
      {(ctx) => <OutcomesReport ctx={ctx} />}
    </ReportFrame>
  );
}

function OutcomesReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['report', 'outcomes', ctx.params],
    queryFn: () => api.outcomeReport(ctx.params),
  });
  const mayManage =
    ctx.programme.roles.includes('analyst') || ctx.programme.roles.includes('supervisor');
  return (
    <ReportQuery query={query}>
      {(report) => (
        <>
          <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
          <Text mb="md">{t('reports.outcomes.intro')}</Text>
          <OutcomeTable report={report} />
          <ReportChart
            title={t('reports.outcomes.chartTitle')}
            horizontal
            percent
            series={[
              { key: 'actual', label: t('reports.chart.actual'), color: '#0067c5' },
              {
                key: 'target',
                label: t('reports.chart.target'),
                color: '#8a4b00',
                style: 'hatched',
              },
            ]}
            rows={report.rows.map((r) => ({
              name: r.label,
              values: { actual: chartValue(r.rate), target: r.target },
              labels: {
                actual: typeof r.rate === 'number' ? formatPercent(r.rate) : shownText(r.rate),
                target: r.target === null ? '' : formatPercent(r.target),
              },
            }))}
          />
          <OutcomeGroupsTable report={report} />
          <Definitions report={report} />
          {mayManage && (
            <ReportSection
              id="targets"
              title={t('reports.targets.title', {
                year: report.targets?.year ?? report.period.to.slice(0, 4),
              })}
            >
              {ctx.filters.association || ctx.filters.all ? (
                <Text>{t('reports.targets.onlyProgramme')}</Text>
              ) : (
                <TargetsForm
                  key={`${ctx.programme.key}-${report.targets?.year ?? ''}`}
                  programmeKey={ctx.programme.key}
                  programmeName={ctx.programme.name}
                  report={report}
                />
              )}
            </ReportSection>
          )}
          <Downloads
            exact={!report.suppressed}
            files={[
              {
                report: 'outcomes',
                label: t('reports.page.outcomes'),
                params: ctx.params,
                pdf: true,
              },
            ]}
          />
        </>
      )}
    </ReportQuery>
  );
}

function OutcomeTable({ report }: { report: TOutcomeReportResponse }) {
  const { t } = useTranslation();
  const sexes = [...new Set(report.rows.flatMap((r) => Object.keys(r.bySex)))];
  const denominatorLabel = t(`reports.denominator.${report.denominator}`);
  const unknown = report.unknown.self_support;
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table className="lots-table lots-report-table" withTableBorder bg="white">
          <Table.Caption>
            {t('reports.outcomes.caption', {
              denominator: t('reports.denominatorLine', { label: denominatorLabel }),
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.outcomes.definition')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.outcomes.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.outcomes.denominatorCol')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.outcomes.rate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.outcomes.target')}
              </Table.Th>
              {sexes.map((s) => (
                <Table.Th scope="col" ta="right" key={s}>
                  {enumLabel(t, 'sex', s)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.outcome} data-outcome={row.outcome}>
                <Table.Th scope="row">
                  {row.label}
                  {row.own && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('reports.outcomes.own')})
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">
                  <Count value={row.count} />
                </Table.Td>
                <Table.Td ta="right">
                  <Count value={row.denominator} />
                </Table.Td>
                <Table.Td ta="right">
                  <Rate rate={row.rate} count={row.count} denominator={row.denominator} />
                </Table.Td>
                <Table.Td ta="right">
                  {row.target === null ? (
                    <Text span size="sm" c="dimmed">
                      {t('reports.outcomes.noTarget')}
                    </Text>
                  ) : (
                    formatPercent(row.target)
                  )}
                </Table.Td>
                {sexes.map((s) => {
                  const cell = row.bySex[s];
                  return (
                    <Table.Td ta="right" key={s}>
                      {cell ? (
                        <>
                          <Count value={cell.count} />
                          <Text span size="xs" c="dimmed">
                            {' '}
                            / <Count value={cell.denominator} />
                          </Text>
                        </>
                      ) : (
                        <Count value={0} />
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {report.targets && (
        <Text mt="sm">
          {report.targets.enrolments === null
            ? t('reports.outcomes.enrolmentsNoTarget', {
                year: report.targets.year,
                started: shownText(report.targets.started),
              })
            : t('reports.outcomes.enrolmentsTarget', {
                year: report.targets.year,
                started: shownText(report.targets.started),
                target: shownText(report.targets.enrolments),
              })}
        </Text>
      )}
      {unknown !== undefined && unknown !== 0 && (
        <Text size="sm" mt="xs">
          {t('reports.outcomes.unknownSelfSupport', { count: shownText(unknown) })}
        </Text>
      )}
    </>
  );
}

function Definitions({ report }: { report: TOutcomeReportResponse }) {
  const { t } = useTranslation();
  return (
    <details className="lots-definitions" open>
      <summary>{t('reports.outcomes.definitionsTitle')}</summary>
      <Text size="sm" my="xs">
        {t('reports.outcomes.defsCommon')}{' '}
        {t('reports.denominatorLine', {
          label: t(`reports.denominator.${report.denominator}`),
        })}
        .
      </Text>
      <DescriptionList
        items={report.rows.map((r) => ({
          term: r.label,
          value: isStandard(r.outcome)
            ? t(`reports.outcomes.defs.${r.outcome}`)
            : `${t('reports.outcomes.own')} (${r.outcome})`,
        }))}
      />
    </details>
  );
}
