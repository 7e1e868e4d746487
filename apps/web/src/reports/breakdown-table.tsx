import type { TBreakdownReport } from '@lots/contracts';
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sv } from '../i18n/sv.ts';
import { enumLabel, type TEnumGroup } from '../labels.ts';
import type { TChartSeries } from './bar-chart.tsx';
import { Count, type TShown } from './figures.tsx';

/** Breakdown dimensions whose values have UI labels. */
const enumGroups: Record<string, TEnumGroup> = {
  sex: 'sex',
  reason: 'closureReason',
  incomeSource: 'incomeSource',
  timeOnSupport: 'timeOnSupport',
  education: 'education',
  referralSource: 'referralSource',
  diagnosisGroup: 'diagnosisGroup',
};

/** Dimensions with an order of their own (bands): rows follow it, not the server's order. */
const ordinalOrder: Record<string, readonly string[]> = {
  timeOnSupport: Object.keys(sv.timeOnSupport),
};

/** The rows in the order of the first dimension when it is ordinal, else as given. */
function orderedRows(report: TBreakdownReport): TBreakdownReport['rows'] {
  const order = ordinalOrder[report.by[0] ?? ''];
  if (!order) return report.rows;
  const rank = (v: unknown) => {
    const i = order.indexOf(String(v));
    return i === -1 ? order.length : i;
  };
  const d = report.by[0] ?? '';
  return [...report.rows].sort((a, b) => rank(a[d]) - rank(b[d]));
}

/** The label of a breakdown value: an enum label, "Övrigt" for `other`, else as given. */
export function dimensionValue(t: TFunction, dimension: string, value: TShown | undefined): string {
  if (value === undefined || value === '') return '–';
  const v = String(value);
  const group = enumGroups[dimension];
  if (group) return enumLabel(t, group, v);
  if (v === 'other') return t('reports.other');
  // Band labels use an ASCII hyphen in the data; the UI typesets a range dash.
  return dimension === 'ageBand' ? v.replace(/(\d)-(\d)/, '$1–$2') : v;
}

/** Colours (≥ 3:1 on white) and patterns of the sexes in charts. */
export const sexSeries = (t: TFunction, sexes: readonly string[]): TChartSeries[] => {
  const styles: Record<string, Omit<TChartSeries, 'key' | 'label'>> = {
    female: { color: '#0067c5' },
    male: { color: '#8a4b00', style: 'hatched' },
    other: { color: '#5b3f9e', style: 'outline' },
    unknown: { color: '#4d5560', style: 'outline' },
  };
  return sexes.map((s) => ({
    key: s,
    label: enumLabel(t, 'sex', s),
    ...(styles[s] ?? { color: '#4d5560', style: 'outline' as const }),
  }));
};

/** A breakdown as a list: one column per dimension, then the count. */
export function BreakdownTable({ report, caption }: { report: TBreakdownReport; caption: string }) {
  const { t } = useTranslation();
  if (report.rows.length === 0) return <Text>{t('reports.noData')}</Text>;
  const allNumbers = report.rows.every((r) => typeof r.count === 'number');
  const total = report.rows.reduce((a, r) => a + (typeof r.count === 'number' ? r.count : 0), 0);
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table className="lots-table lots-report-table" withTableBorder bg="white">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {report.by.map((d) => (
              <Table.Th scope="col" key={d}>
                {t(`reports.dimension.${d}` as 'reports.dimension.sex')}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('reports.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderedRows(report).map((row) => (
            <Table.Tr key={report.by.map((d) => String(row[d])).join('|')}>
              {report.by.map((d, i) =>
                i === 0 ? (
                  <Table.Th scope="row" key={d} fw={500}>
                    {dimensionValue(t, d, row[d])}
                  </Table.Th>
                ) : (
                  <Table.Td key={d}>{dimensionValue(t, d, row[d])}</Table.Td>
                ),
              )}
              <Table.Td ta="right">
                <Count value={row.count} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {/* A total of suppressed rows could give the hidden cells away: exact reports only. */}
        {allNumbers && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={report.by.length}>
                {t('reports.total')}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                <Count value={total} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
