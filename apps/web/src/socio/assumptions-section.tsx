import type { TSocioAnalysisOut } from '@lots/contracts';
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../components/description-list.tsx';
import { MISSING, formatMoney, formatNumber, formatPercent } from '../format.ts';
import { ScrollTable } from './scroll-table.tsx';

type TParameters = TSocioAnalysisOut['parameters'];
type TParamKey = Exclude<keyof TParameters, 'id'>;

const paramKeys: readonly TParamKey[] = [
  'year',
  'taxRate',
  'municipalTaxRate',
  'productionFactor',
  'monthsPerYear',
  'weeksPerYear',
  'housingSupportHourlyCost',
  'sicknessBenefitPct',
  'retentionShare',
  'horizonYears',
  'effectVsUsual',
  'discountRate',
  'programmeCostPerYear',
  'benefitPeriodRule',
];

/** Whether the analysis changed this value from its set's own (the server compares with core's sets). */
export function isOverridden(analysis: TSocioAnalysisOut, key: TParamKey): boolean {
  return analysis.overriddenParameters.includes(key);
}

/** Which set's sources apply: the base of the id ("SE-2026+overrides" → SE-2026). */
export function sourceGroup(setId: string): 'hud' | 'current' | null {
  const base = setId.replace(/\+overrides$/, '');
  if (base === 'SE-2017-hudiksvall') return 'hud';
  if (base === 'SE-2026') return 'current';
  return null;
}

function useParamValue() {
  const { t } = useTranslation();
  return (p: TParameters, key: TParamKey): string => {
    switch (key) {
      case 'year':
      case 'monthsPerYear':
      case 'weeksPerYear':
      case 'horizonYears':
        return String(p[key]);
      case 'taxRate':
      case 'municipalTaxRate':
        return formatPercent(p[key], 2);
      case 'retentionShare':
        return formatPercent(p.retentionShare, 0);
      case 'discountRate':
        return formatPercent(p.discountRate, 1);
      case 'productionFactor':
        return formatNumber(p.productionFactor, 4);
      case 'housingSupportHourlyCost':
        return p.housingSupportHourlyCost === null
          ? MISSING
          : `${formatNumber(p.housingSupportHourlyCost, 2)} kr`;
      case 'sicknessBenefitPct':
        return `${formatNumber(p.sicknessBenefitPct.year1, 2)} % / ${formatNumber(p.sicknessBenefitPct.year2, 2)} %`;
      case 'effectVsUsual':
        return `${formatNumber(p.effectVsUsual[0], 2)}–${formatNumber(p.effectVsUsual[1], 2)}`;
      case 'programmeCostPerYear':
        return formatMoney(p.programmeCostPerYear);
      case 'benefitPeriodRule':
        return t(`socio.assumptions.ruleName.${p.benefitPeriodRule}`);
    }
  };
}

/**
 * Every assumption of the analysis, visible: the parameter set with each value and
 * its source, the rounding rule, the benefit-period rule and what its figure means,
 * and the server's list of assumptions (how rows were built from records).
 */
export function AssumptionsSection({ analysis }: { analysis: TSocioAnalysisOut }) {
  const { t } = useTranslation();
  const value = useParamValue();
  const p = analysis.parameters;
  const group = sourceGroup(p.id);
  const bp = analysis.result?.benefitPeriod;
  return (
    <section aria-labelledby="socio-assumptions" className="lots-print-section">
      <Title order={2} id="socio-assumptions" mb="sm">
        {t('socio.assumptions.title')}
      </Title>
      <Stack gap="md">
        {p.id.endsWith('+overrides') && <Text>{t('socio.assumptions.overridden')}</Text>}
        <ScrollTable label={t('socio.assumptions.parameters', { set: p.id })} minWidth={640}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>{t('socio.assumptions.parameters', { set: p.id })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('socio.assumptions.parameter')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('socio.assumptions.value')}
                </Table.Th>
                <Table.Th scope="col">{t('socio.assumptions.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {paramKeys.map((key) => (
                <Table.Tr key={key}>
                  <Table.Th scope="row">{t(`socio.param.${key}`)}</Table.Th>
                  <Table.Td ta="right">{value(p, key)}</Table.Td>
                  <Table.Td>
                    {isOverridden(analysis, key) ? (
                      <strong>{t('socio.source.overridden')}</strong>
                    ) : group ? (
                      t(`socio.source.${group}.${key}`)
                    ) : (
                      t('socio.source.unknown')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <DescriptionList
          items={[
            { term: t('socio.assumptions.rounding'), value: t('socio.assumptions.roundingText') },
            {
              term: t('socio.assumptions.rule'),
              value: t(`socio.assumptions.ruleName.${p.benefitPeriodRule}`),
            },
            ...(bp
              ? [
                  {
                    term: t('socio.assumptions.meaning'),
                    value: t(`socio.assumptions.meaningValue.${bp.meaning}`),
                  },
                  {
                    term: t('socio.assumptions.multiplier'),
                    value: formatNumber(bp.multiplier, 4),
                  },
                ]
              : []),
          ]}
        />
        <div>
          <Title order={3} fz="md" mb="xs">
            {t('socio.assumptions.listed')}
          </Title>
          <List spacing={4}>
            {analysis.assumptions.map((a) => (
              <List.Item key={a}>{a}</List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </section>
  );
}
