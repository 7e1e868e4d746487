import type { TMovementReport } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatPercent } from '../format.ts';
import { Count, Rate, chartValue, shownText } from '../reports/figures.tsx';
import { ReportFrame, type TReportContext } from '../reports/report-frame.tsx';
import {
  Downloads,
  ReportChart,
  ReportMeta,
  ReportQuery,
  ReportSection,
} from '../reports/report-parts.tsx';

const levels = ['none', 'occupation', 'studies', 'employment', 'competitive_employment'] as const;
type TLevel = (typeof levels)[number];
const isLevel = (v: string): v is TLevel => levels.some((l) => l === v);

/** Standard report 3: movement from baseline to exit (förflyttning). */
export function ReportsMovementPage() {
  return <ReportFrame page="movement">{(ctx) => <MovementReport ctx={ctx} />}</ReportFrame>;
}

function MovementReport({ ctx }: { ctx: TReportContext }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['report', 'movement', ctx.params],
    queryFn: () => api.movementReport(ctx.params),
  });
  const levelLabel = (l: string) => (isLevel(l) ? t(`reports.movement.level.${l}`) : l);
  return (
    <ReportQuery query={query}>
      {(report) => {
        const directions = [
          ['movedUp', report.movedUp],
          ['stayed', report.stayed],
          ['movedDown', report.movedDown],
        ] as const;
        const denominator = t('reports.denominatorLine', {
          label: t('reports.denominator.closed_in_period'),
        });
        return (
          <>
            <ReportMeta report={report} scopeLabel={ctx.scopeLabel} />
            <Text mb="md">{t('reports.movement.intro')}</Text>
            <ReportSection id="directions" title={t('reports.movement.direction')}>
              <Table className="lots-table lots-report-table" withTableBorder bg="white" maw={560}>
                <Table.Caption>
                  {t('reports.movement.summaryCaption')} {denominator}:{' '}
                  <Count value={report.closed} />.
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.movement.direction')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('reports.count')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('reports.outcomes.rate')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {directions.map(([key, d]) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row">{t(`reports.movement.${key}`)}</Table.Th>
                      <Table.Td ta="right">
                        <Count value={d.count} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Rate rate={d.rate} count={d.count} denominator={report.closed} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <ReportChart
                title={t('reports.movement.chartTitle')}
                percent
                series={[{ key: 'share', label: t('reports.outcomes.rate'), color: '#0067c5' }]}
                rows={directions.map(([key, d]) => ({
                  name: t(`reports.movement.${key}`),
                  values: { share: chartValue(d.rate) },
                  labels: {
                    share: typeof d.rate === 'number' ? formatPercent(d.rate) : shownText(d.rate),
                  },
                }))}
                height={260}
              />
            </ReportSection>
            <ReportSection id="matrix" title={t('reports.movement.matrix')}>
              <Matrix report={report} levelLabel={levelLabel} />
            </ReportSection>
            <ReportSection id="self-support" title={t('reports.movement.selfSupport')}>
              <Text size="xl" fw={700}>
                <Rate
                  rate={report.selfSupportFromDependence.rate}
                  count={report.selfSupportFromDependence.count}
                  denominator={report.selfSupportFromDependence.denominator}
                />
              </Text>
              <Text size="sm" mt="xs">
                {t('reports.movement.selfSupportUnknown', {
                  count: shownText(report.selfSupportFromDependence.unknown),
                })}
              </Text>
            </ReportSection>
            <Downloads
              exact={!report.suppressed}
              files={[
                { report: 'movement', label: t('reports.page.movement'), params: ctx.params },
              ]}
            />
          </>
        );
      }}
    </ReportQuery>
  );
}

function Matrix({
  report,
  levelLabel,
}: {
  report: TMovementReport;
  levelLabel: (l: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table className="lots-table lots-report-table" withTableBorder bg="white">
        <Table.Caption>{t('reports.movement.matrixCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.movement.baselineExit')}</Table.Th>
            {report.levels.map((l) => (
              <Table.Th scope="col" ta="right" key={l}>
                {levelLabel(l)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.matrix.map((m) => (
            <Table.Tr key={m.baseline}>
              <Table.Th scope="row">{levelLabel(m.baseline)}</Table.Th>
              {report.levels.map((l) => (
                <Table.Td
                  ta="right"
                  key={l}
                  className={l === m.baseline ? 'lots-report-table__diagonal' : undefined}
                >
                  <Count value={m.exit[l] ?? 0} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
