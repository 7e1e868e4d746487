import type { TSocioAnalysisOut, TUpdateSocioAnalysisRequest } from '@lots/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatNumber } from '../format.ts';
import { first, number, parseNumber, required } from '../forms/checks.ts';
import { SelectField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { parameterSets } from './new-analysis-form.tsx';
import { socioKeys } from './socio-queries.ts';

type TNumeric =
  | 'taxRatePct'
  | 'housingSupportHourlyCost'
  | 'horizonYears'
  | 'retentionPct'
  | 'discountPct'
  | 'programmeCostPerYear';

type TParametersInput = NonNullable<TUpdateSocioAnalysisRequest['parameters']>;

const text = (v: number | null, digits = 4) => (v === null ? '' : formatNumber(v, digits));

/**
 * Recompute the analysis with other parameters or outcome rate. The API replaces the
 * set and its overrides: with the same set every value here is sent (keeping earlier
 * overrides); after choosing another set only the values changed here are sent, so the
 * new set's own values apply to the rest.
 */
export function ParametersForm({ analysis }: { analysis: TSocioAnalysisOut }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const p = analysis.parameters;
  const baseSet = p.id.replace(/\+overrides$/, '');
  const initial = {
    set: baseSet,
    rule: p.benefitPeriodRule,
    taxRatePct: text(p.taxRate * 100),
    housingSupportHourlyCost: text(p.housingSupportHourlyCost, 2),
    horizonYears: String(p.horizonYears),
    retentionPct: text(p.retentionShare * 100),
    discountPct: text(p.discountRate * 100),
    programmeCostPerYear: text(p.programmeCostPerYear, 0),
    outcomeRatePct: text(analysis.outcomeRate === null ? null : analysis.outcomeRate * 100, 2),
  };
  const pct = (v: string) => number(v, { min: 0, max: 100 });
  const form = useForm({
    id: 'socio-parameters',
    initial,
    labels: {
      set: t('socio.create.parameterSet'),
      rule: t('socio.param.benefitPeriodRule'),
      taxRatePct: `${t('socio.param.taxRate')}, %`,
      housingSupportHourlyCost: `${t('socio.param.housingSupportHourlyCost')}, kr`,
      horizonYears: t('socio.param.horizonYears'),
      retentionPct: `${t('socio.param.retentionShare')}, %`,
      discountPct: `${t('socio.param.discountRate')}, %`,
      programmeCostPerYear: `${t('socio.param.programmeCostPerYear')}, kr`,
      outcomeRatePct: t('socio.create.outcomeRate'),
    },
    validate: (v) => ({
      taxRatePct: first(required(v.taxRatePct), pct(v.taxRatePct)),
      housingSupportHourlyCost: number(v.housingSupportHourlyCost, { min: 0 }),
      horizonYears: first(
        required(v.horizonYears),
        number(v.horizonYears, { integer: true, min: 1, max: 50 }),
      ),
      retentionPct: first(required(v.retentionPct), pct(v.retentionPct)),
      discountPct: first(required(v.discountPct), pct(v.discountPct)),
      programmeCostPerYear: first(
        required(v.programmeCostPerYear),
        number(v.programmeCostPerYear, { min: 0 }),
      ),
      outcomeRatePct: pct(v.outcomeRatePct),
    }),
    submit: (v) => {
      const sameSet = v.set === baseSet;
      const send = (k: TNumeric | 'rule') => sameSet || v[k] !== initial[k];
      const n = (k: TNumeric) => parseNumber(v[k]);
      const parameters: TParametersInput = { set: v.set };
      if (send('rule')) parameters.benefitPeriodRule = v.rule;
      const tax = n('taxRatePct');
      if (send('taxRatePct') && tax !== null) parameters.taxRate = tax / 100;
      if (send('housingSupportHourlyCost'))
        parameters.housingSupportHourlyCost = n('housingSupportHourlyCost');
      const horizon = n('horizonYears');
      if (send('horizonYears') && horizon !== null) parameters.horizonYears = horizon;
      const retention = n('retentionPct');
      if (send('retentionPct') && retention !== null) parameters.retentionShare = retention / 100;
      const discount = n('discountPct');
      if (send('discountPct') && discount !== null) parameters.discountRate = discount / 100;
      const cost = n('programmeCostPerYear');
      if (send('programmeCostPerYear') && cost !== null) parameters.programmeCostPerYear = cost;
      const rate = parseNumber(v.outcomeRatePct);
      return api.updateSocioAnalysis(analysis.id, {
        parameters,
        outcomeRate: rate === null ? null : rate / 100,
      });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(socioKeys.analysis(analysis.id), updated);
    },
  });
  const numeric = (k: TNumeric | 'outcomeRatePct') => (
    <TextField
      {...form.field(k)}
      kind="number"
      optional={k === 'housingSupportHourlyCost' || k === 'outcomeRatePct'}
      label={form.label(k)}
      value={form.values[k]}
      onChange={(v) => form.set(k, v)}
    />
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="socio-parameters-title">
      <Title order={3} id="socio-parameters-title" fz="lg" mb="xs">
        {t('socio.parameters.title')}
      </Title>
      <Text mb="md">{t('socio.parameters.intro')}</Text>
      {form.succeeded && (
        <Text role="status" fw={600} mb="sm">
          {t('socio.parameters.saved')}
        </Text>
      )}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={760}>
          <Group align="flex-start">
            <SelectField
              {...form.field('set')}
              placeholder={false}
              label={form.label('set')}
              options={parameterSets.map((s) => ({ value: s, label: s }))}
              value={form.values.set}
              onChange={(v) => form.set('set', v)}
            />
            <SelectField
              {...form.field('rule')}
              placeholder={false}
              label={form.label('rule')}
              options={(['geometric', 'seed_simple'] as const).map((r) => ({
                value: r,
                label: t(`socio.assumptions.ruleName.${r}`),
              }))}
              value={form.values.rule}
              onChange={(v) => form.set('rule', v === 'seed_simple' ? 'seed_simple' : 'geometric')}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {numeric('taxRatePct')}
            {numeric('housingSupportHourlyCost')}
            {numeric('horizonYears')}
            {numeric('retentionPct')}
            {numeric('discountPct')}
            {numeric('programmeCostPerYear')}
          </SimpleGrid>
          {numeric('outcomeRatePct')}
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('socio.parameters.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
