import type { TSocioAnalysisOut } from '@lots/contracts';
import { Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format.ts';
import { ScrollTable } from './scroll-table.tsx';

type TDifference = NonNullable<TSocioAnalysisOut['result']>['differences'][number];

const FIELD_KEYS = {
  salary: 'socio.summary.salary',
  taxIncrease: 'socio.summary.taxIncrease',
  productionValue: 'socio.summary.productionValue',
  subsidies: 'socio.summary.subsidies',
  before: 'socio.summary.before',
  reducedSocialServices: 'socio.payers.label.municipality_social_services',
  reducedFK: 'socio.payers.label.FK',
  reducedAF: 'socio.perspectives.AF',
} as const;

/** "productionValue" or "yearly.productionValue" → its label; unknown fields as they are. */
export function differenceField(t: TFunction, field: string): string {
  const parts = field.split('.');
  const last = parts.at(-1) ?? field;
  const key = Object.hasOwn(FIELD_KEYS, last) ? FIELD_KEYS[last as keyof typeof FIELD_KEYS] : null;
  const label = key ? t(key) : last;
  const scope = parts[0];
  if (parts.length === 2 && scope === 'monthly')
    return `${label} ${t('socio.summary.monthly').toLowerCase()}`;
  if (parts.length === 2 && scope === 'yearly')
    return `${label} ${t('socio.summary.yearly').toLowerCase()}`;
  return parts.length > 1 ? `${label} (${parts.slice(0, -1).join('.')})` : label;
}

/** The differences of one row, for the rows table. */
export function rowDifferences(analysis: TSocioAnalysisOut, row: number): readonly TDifference[] {
  return (analysis.result?.differences ?? []).filter(
    (d) => d.row !== null && Number(d.row) === row,
  );
}

/** Published against computed: every cell that differs, with both values. */
export function DifferencesSection({ analysis }: { analysis: TSocioAnalysisOut }) {
  const { t } = useTranslation();
  const differences = analysis.result?.differences ?? [];
  const published = analysis.rows.some((r) => r.inputs.published);
  if (!published && differences.length === 0) return null;
  return (
    <section aria-labelledby="socio-differences" className="lots-print-section">
      <Title order={2} id="socio-differences" mb="sm">
        {t('socio.differences.title')}
      </Title>
      <Text mb="sm">{t('socio.differences.intro')}</Text>
      {differences.length === 0 ? (
        <Text>{t('socio.differences.none')}</Text>
      ) : (
        <ScrollTable label={t('socio.differences.caption')} minWidth={640}>
          <Table className="lots-table lots-socio-differences" withTableBorder bg="white">
            <Table.Caption>{t('socio.differences.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('socio.differences.where')}</Table.Th>
                <Table.Th scope="col">{t('socio.differences.field')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('socio.differences.published')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('socio.differences.computed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('socio.differences.diff')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differences.map((d) => (
                <Table.Tr key={`${String(d.row)}:${d.field}`}>
                  <Table.Th scope="row">
                    {d.row === null
                      ? t('socio.differences.total')
                      : t('socio.differences.rowN', { row: d.row })}
                  </Table.Th>
                  <Table.Td>{differenceField(t, d.field)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(d.published)}</Table.Td>
                  <Table.Td ta="right">
                    <mark className="lots-socio-mark">{formatMoney(d.computed)}</mark>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(d.computed - d.published)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
