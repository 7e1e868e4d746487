import type { TOutcomeReportResponse } from '@lots/contracts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dimensionValue } from './breakdown-table.tsx';
import { Rate } from './figures.tsx';
import { ReportSection } from './report-parts.tsx';

/**
 * The outcome overview broken down by the dimensions of `?by=` (outcomes.md
 * "Breakdowns"): one row per group, one column per definition, each rate with its
 * count and denominator.
 */
export function OutcomeGroupsTable({ report }: { report: TOutcomeReportResponse }) {
  const { t } = useTranslation();
  const by = report.by ?? [];
  if (by.length === 0) return null;
  const keyOf = (values: Record<string, string>) => by.map((d) => values[d] ?? '').join('|');
  const groups = new Map<string, Record<string, string>>();
  for (const row of report.rows)
    for (const g of row.groups ?? [])
      if (!groups.has(keyOf(g.values))) groups.set(keyOf(g.values), g.values);
  const dims = by.map((d) => t(`reports.dimension.${d}` as 'reports.dimension.sex')).join(', ');
  return (
    <ReportSection
      id="outcome-groups"
      title={t('reports.outcomes.groupsTitle', { dimensions: dims })}
    >
      <Table.ScrollContainer minWidth={720}>
        <Table className="lots-table lots-report-table" withTableBorder bg="white">
          <Table.Caption>
            {t('reports.outcomes.groupsCaption', { dimensions: dims })}{' '}
            {t('reports.denominatorLine', {
              label: t(`reports.denominator.${report.denominator}`),
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {by.map((d) => (
                <Table.Th scope="col" key={d}>
                  {t(`reports.dimension.${d}` as 'reports.dimension.sex')}
                </Table.Th>
              ))}
              {report.rows.map((r) => (
                <Table.Th scope="col" ta="right" key={r.outcome}>
                  {r.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...groups.entries()].map(([key, values]) => (
              <Table.Tr key={key}>
                {by.map((d, i) =>
                  i === 0 ? (
                    <Table.Th scope="row" key={d}>
                      {dimensionValue(t, d, values[d])}
                    </Table.Th>
                  ) : (
                    <Table.Td key={d}>{dimensionValue(t, d, values[d])}</Table.Td>
                  ),
                )}
                {report.rows.map((r) => {
                  const g = r.groups?.find((x) => keyOf(x.values) === key);
                  return (
                    <Table.Td ta="right" key={r.outcome}>
                      {g ? <Rate rate={g.rate} count={g.count} denominator={g.denominator} /> : '–'}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ReportSection>
  );
}
