import type { TFactBox } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { enumLabel } from '../labels.ts';
import { dimensionValue } from '../reports/breakdown-table.tsx';
import { Count, chartValue, shownText } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

const columns = ['participants', 'inWork', 'inStudies', 'droppedOut'] as const;

/** Standard report 5: the fact box (Umeå), by age band × sex, planned against actual. */
export function ReportsFactBoxPage() {
  return (
    <ReportFrame page="factBox" use={{ ageBands: true, ageBandsDefault: 'youth' }}>
      {(ctx) => <FactBoxReport ctx={ctx} />}
    </ReportFrame>
  );
}

function FactBoxReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['report', 'fact-box', ctx.params],
    queryFn: () => api.factBox(ctx.params),
  });
  return (
    <ReportQuery query={query}>
      {(report) => (
        <>
          <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
          <Text mb="xs">{t('reports.factBox.intro')}</Text>
          <Text size="sm" c="dimmed" mb="md">
            {t('reports.factBox.definitions')}
          </Text>
          <ReportSection id="fact-box" title={t('reports.page.factBox')}>
            <FactTable report={report} />
          </ReportSection>
          <ReportSection
            id="planned"
            title={t('reports.factBox.plannedTitle', { year: report.planned.year })}
          >
            <PlannedTable report={report} />
            <ReportChart
              title={t('reports.factBox.plannedTitle', { year: report.planned.year })}
              series={[
                { key: 'actual', label: t('reports.factBox.actual'), color: '#0067c5' },
                {
                  key: 'planned',
                  label: t('reports.factBox.planned'),
                  color: '#8a4b00',
                  style: 'hatched',
                },
              ]}
              rows={(['participants', 'inWork', 'inStudies'] as const).map((k) => ({
                name: t(`reports.factBox.${k}`),
                values: { actual: chartValue(report.totals[k]), planned: report.planned[k] },
                labels: {
                  actual: shownText(report.totals[k]),
                  planned: report.planned[k] === null ? '' : shownText(report.planned[k]),
                },
              }))}
              height={280}
            />
          </ReportSection>
          <Downloads
            exact={!report.suppressed}
            files={[{ report: 'fact-box', label: t('reports.page.factBox'), params: ctx.params }]}
          />
        </>
      )}
    </ReportQuery>
  );
}

function FactTable({ report }: { report: TFactBox }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table className="lots-table lots-report-table" withTableBorder bg="white">
        <Table.Caption>
          {t('reports.factBox.caption', {
            preset: t(`reports.ageBandPreset.${report.ageBands as 'sus'}`),
          })}{' '}
          {t('reports.denominatorLine', { label: t('reports.denominator.enrolled_in_period') })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.factBox.ageBand')}</Table.Th>
            <Table.Th scope="col">{t('reports.factBox.sex')}</Table.Th>
            {columns.map((c) => (
              <Table.Th scope="col" ta="right" key={c}>
                {t(`reports.factBox.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((r) => (
            <Table.Tr key={`${r.ageBand}-${r.sex}`}>
              <Table.Th scope="row">{dimensionValue(t, 'ageBand', r.ageBand)}</Table.Th>
              <Table.Td>{enumLabel(t, 'sex', r.sex)}</Table.Td>
              {columns.map((c) => (
                <Table.Td ta="right" key={c}>
                  <Count value={r[c]} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {t('reports.total')}
            </Table.Th>
            {columns.map((c) => (
              <Table.Td ta="right" fw={700} key={c}>
                <Count value={report.totals[c]} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function PlannedTable({ report }: { report: TFactBox }) {
  const { t } = useTranslation();
  return (
    <Table className="lots-table lots-report-table" withTableBorder bg="white" maw={560}>
      <Table.Caption>{t('reports.factBox.plannedCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" />
          <Table.Th scope="col" ta="right">
            {t('reports.factBox.planned')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('reports.factBox.actual')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(['participants', 'inWork', 'inStudies'] as const).map((k) => (
          <Table.Tr key={k}>
            <Table.Th scope="row">{t(`reports.factBox.${k}`)}</Table.Th>
            <Table.Td ta="right">
              {report.planned[k] === null ? (
                <Text span size="sm" c="dimmed">
                  {t('reports.factBox.noPlan')}
                </Text>
              ) : (
                shownText(report.planned[k])
              )}
            </Table.Td>
            <Table.Td ta="right">
              <Count value={report.totals[k]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
