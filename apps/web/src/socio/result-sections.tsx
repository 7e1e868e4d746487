import type { TSocioAnalysisOut } from '@lots/contracts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import { MoneyChart } from './money-chart.tsx';
import { MoneyTable } from './money-table.tsx';

type TResult = NonNullable<TSocioAnalysisOut['result']>;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="lots-print-section">
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Yearly (and monthly) figures: payments, tax, production, subsidies, housing, totals. */
export function SummarySection({ result }: { result: TResult }) {
  const { t } = useTranslation();
  const s = result.summary;
  const row = (key: string, label: string, yearly: number, monthly?: number, total = false) => ({
    key,
    head: label,
    cells: [formatMoney(yearly), monthly === undefined ? '' : formatMoney(monthly)],
    total,
  });
  return (
    <Section id="socio-summary" title={t('socio.summary.title')}>
      <MoneyTable
        caption={t('socio.summary.caption')}
        columns={[t('socio.summary.figure'), t('socio.summary.yearly'), t('socio.summary.monthly')]}
        rows={[
          row('before', t('socio.summary.before'), result.yearly.before, result.monthly.before),
          row(
            'tax',
            t('socio.summary.taxIncrease'),
            result.yearly.taxIncrease,
            result.monthly.taxIncrease,
          ),
          row(
            'production',
            t('socio.summary.productionValue'),
            result.yearly.productionValue,
            result.monthly.productionValue,
          ),
          row(
            'subsidies',
            t('socio.summary.subsidies'),
            result.yearly.subsidies,
            result.monthly.subsidies,
          ),
          row('housing', t('socio.summary.housingSupport'), s.housingSupport),
          row('gross', t('socio.summary.grossSavings'), s.grossSavings, undefined, true),
          row(
            'grossTax',
            t('socio.summary.grossSavingsPlusTax'),
            s.grossSavingsPlusTax,
            undefined,
            true,
          ),
          row('cost', t('socio.summary.programmeCost'), s.programmeCost),
          row('net', t('socio.summary.fiscalNet'), s.fiscalNet, undefined, true),
        ]}
      />
      <Text size="sm">
        {t('socio.summary.sicknessYear2')} {formatMoney(result.sicknessBenefitYear2.reduction)} (
        {formatMoney(result.sicknessBenefitYear2.sicknessBenefitYearly)}).
      </Text>
    </Section>
  );
}

const PAYER_COLOURS = ['#1d5a8c', '#2f7d4f', '#6b4c9a', '#9a4c1d', '#0f6e78', '#8a2b4d'];

/** Savings per payer and year, with the total: a table and the same figures as bars. */
export function PayerSection({ analysis }: { analysis: TSocioAnalysisOut }) {
  const { t } = useTranslation();
  const payers = analysis.savingsPerPayer;
  const total = payers.reduce((sum, p) => sum + (p.yearly ?? 0), 0);
  const label = (payer: (typeof payers)[number]['payer']) => t(`socio.payers.label.${payer}`);
  return (
    <Section id="socio-payers" title={t('socio.payers.title')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <MoneyTable
          caption={t('socio.payers.caption')}
          columns={[t('socio.payers.payer'), t('socio.payers.yearly')]}
          rows={[
            ...payers.map((p) => ({
              key: p.payer,
              head: label(p.payer),
              cells: [p.yearly === null ? t('socio.payers.notComputed') : formatMoney(p.yearly)],
            })),
            {
              key: 'total',
              head: t('socio.payers.total'),
              cells: [formatMoney(total)],
              total: true,
            },
          ]}
        />
        <MoneyChart
          horizontal
          label={t('socio.payers.chartLabel')}
          series={[
            { key: 'yearly', label: t('socio.payers.yearly'), color: PAYER_COLOURS[0] ?? '' },
          ]}
          rows={payers
            .filter((p) => p.yearly !== null)
            .map((p) => ({
              name: t(`socio.payers.short.${p.payer}`),
              values: { yearly: p.yearly },
            }))}
        />
      </SimpleGrid>
    </Section>
  );
}

/** The benefit period year by year under the analysis's rule, and its total. */
export function YearsSection({
  analysis,
  result,
}: {
  analysis: TSocioAnalysisOut;
  result: TResult;
}) {
  const { t } = useTranslation();
  const bp = result.benefitPeriod;
  const rule = t(`socio.assumptions.ruleName.${bp.rule}`);
  const years = analysis.years;
  const sumOf = (k: 'reducedPayments' | 'taxIncrease' | 'housingSupport' | 'municipality') =>
    years.reduce((s, y) => s + y[k], 0);
  return (
    <Section id="socio-years" title={t('socio.years.title')}>
      <Text mb="sm">
        {rule}: {t(`socio.assumptions.meaningValue.${bp.meaning}`)}
      </Text>
      <Stack gap="lg">
        <MoneyTable
          caption={t('socio.years.caption', { rule })}
          columns={[
            t('socio.years.year'),
            t('socio.years.factor'),
            t('socio.years.reducedPayments'),
            t('socio.years.taxIncrease'),
            t('socio.years.housingSupport'),
            t('socio.years.municipality'),
          ]}
          rows={[
            ...years.map((y) => ({
              key: String(y.year),
              head: t('socio.years.yearN', { n: y.year }),
              cells: [
                formatNumber(y.factor, 3),
                formatMoney(y.reducedPayments),
                formatMoney(y.taxIncrease),
                formatMoney(y.housingSupport),
                formatMoney(y.municipality),
              ],
            })),
            {
              key: 'total',
              head: t('socio.years.total', { years: bp.horizonYears }),
              cells: [
                formatNumber(
                  years.reduce((s, y) => s + y.factor, 0),
                  3,
                ),
                formatMoney(sumOf('reducedPayments')),
                formatMoney(sumOf('taxIncrease')),
                formatMoney(sumOf('housingSupport')),
                formatMoney(sumOf('municipality')),
              ],
              total: true,
            },
          ]}
        />
        <MoneyChart
          label={t('socio.years.chartLabel')}
          series={[
            { key: 'reducedPayments', label: t('socio.years.reducedPayments'), color: '#1d5a8c' },
            {
              key: 'taxIncrease',
              label: t('socio.years.taxIncrease'),
              color: '#2f7d4f',
              hatched: true,
            },
            { key: 'housingSupport', label: t('socio.years.housingSupport'), color: '#6b4c9a' },
          ]}
          rows={years.map((y) => ({
            name: t('socio.years.yearN', { n: y.year }),
            values: {
              reducedPayments: y.reducedPayments,
              taxIncrease: y.taxIncrease,
              housingSupport: y.housingSupport,
            },
          }))}
        />
      </Stack>
    </Section>
  );
}

/** Society, each payer, the municipality, and the individual as text (not money). */
export function PerspectivesSection({ result }: { result: TResult }) {
  const { t } = useTranslation();
  const p = result.perspectives;
  const money = (v: number | null) => (v === null ? t('socio.payers.notComputed') : formatMoney(v));
  return (
    <Section id="socio-perspectives" title={t('socio.perspectives.title')}>
      <MoneyTable
        caption={t('socio.perspectives.caption')}
        columns={[t('socio.perspectives.perspective'), t('socio.perspectives.value')]}
        rows={[
          { key: 'society', head: t('socio.perspectives.society'), cells: [money(p.society)] },
          {
            key: 'municipality',
            head: t('socio.perspectives.municipality'),
            cells: [money(p.municipality)],
          },
          {
            key: 'municipalityTax',
            head: t('socio.perspectives.municipalityIncludingTax'),
            cells: [money(p.municipalityIncludingTax)],
          },
          { key: 'region', head: t('socio.perspectives.region'), cells: [money(p.region)] },
          { key: 'FK', head: t('socio.perspectives.FK'), cells: [money(p.FK)] },
          { key: 'AF', head: t('socio.perspectives.AF'), cells: [money(p.AF)] },
          {
            key: 'individual',
            head: t('socio.perspectives.individual'),
            cells: [t('socio.perspectives.individualText')],
          },
        ]}
      />
    </Section>
  );
}

/** Low and high deadweight: the share of the gains attributable to the programme. */
export function CounterfactualSection({ result }: { result: TResult }) {
  const { t } = useTranslation();
  const c = result.counterfactual;
  const figures = [...new Set(c.scenarios.flatMap((s) => Object.keys(s.figures)))];
  const figureLabel = (k: string) =>
    Object.hasOwn(FIGURE_KEYS, k) ? t(`socio.counterfactual.figure.${k as TFigure}`) : k;
  return (
    <Section id="socio-counterfactual" title={t('socio.counterfactual.title')}>
      <Stack gap="sm">
        <Text>{t('socio.counterfactual.intro')}</Text>
        {c.outcomeRate === null && <Text>{t('socio.counterfactual.noRate')}</Text>}
        <MoneyTable
          caption={t('socio.counterfactual.caption')}
          columns={[
            t('socio.counterfactual.effect'),
            t('socio.counterfactual.deadweight'),
            t('socio.counterfactual.attributable'),
            ...figures.map(figureLabel),
          ]}
          rows={c.scenarios.map((s) => ({
            key: String(s.effectVsUsual),
            head: `${formatNumber(s.effectVsUsual, 2)} ×`,
            cells: [
              formatPercent(s.deadweightRate),
              formatPercent(s.attributableShare),
              ...figures.map((k) => formatMoney(s.figures[k])),
            ],
          }))}
        />
      </Stack>
    </Section>
  );
}

const FIGURE_KEYS = {
  reducedPayments: true,
  taxIncrease: true,
  housingSupport: true,
  grossSavings: true,
  grossSavingsPlusTax: true,
  productionValue: true,
  municipality: true,
} as const;
type TFigure = keyof typeof FIGURE_KEYS;
