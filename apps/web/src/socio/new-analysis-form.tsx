import type { TCreateSocioAnalysisRequest, TProgrammeAccess } from '@lots/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api.ts';
import { date, first, number, parseNumber, required } from '../forms/checks.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { programmeHref } from '../programme/programme.ts';
import { parseJsonField } from './local-error.ts';
import { socioKeys, useInvalidate } from './socio-queries.ts';

/** The named parameter sets of core (socioeconomics.md "Parameters"). */
export const parameterSets = ['SE-2026', 'SE-2017-hudiksvall'] as const;

const lastYear = new Date().getFullYear() - 1;

/** "Ny analys": from the programme's records for a period, or a scenario with typed rows. */
export function NewAnalysisForm({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate(socioKeys.all);
  const form = useForm({
    id: 'socio-new',
    initial: {
      name: '',
      mode: 'records',
      from: `${lastYear}-01-01`,
      to: `${lastYear}-12-31`,
      parameterSet: 'SE-2026',
      rule: '',
      housingCost: '',
      outcomeRate: '',
      rows: '',
    },
    labels: {
      name: t('socio.create.name'),
      mode: t('socio.create.mode'),
      from: t('socio.create.from'),
      to: t('socio.create.to'),
      parameterSet: t('socio.create.parameterSet'),
      rule: t('socio.create.rule'),
      housingCost: t('socio.create.housingCost'),
      outcomeRate: t('socio.create.outcomeRate'),
      rows: t('socio.create.rows'),
    },
    validate: (v) => ({
      name: required(v.name),
      from: v.mode === 'records' ? first(required(v.from), date(v.from)) : null,
      to: v.mode === 'records' ? first(required(v.to), date(v.to)) : null,
      housingCost: number(v.housingCost, { min: 0 }),
      outcomeRate: number(v.outcomeRate, { min: 0, max: 100 }),
    }),
    submit: (v) => {
      const rate = parseNumber(v.outcomeRate);
      const housingCost = parseNumber(v.housingCost);
      const body: TCreateSocioAnalysisRequest = {
        programme: programme.key,
        name: v.name.trim(),
        mode: v.mode === 'scenario' ? 'scenario' : 'records',
        parameters: {
          set: v.parameterSet,
          ...(v.rule === 'seed_simple' || v.rule === 'geometric'
            ? { benefitPeriodRule: v.rule }
            : {}),
          ...(housingCost === null ? {} : { housingSupportHourlyCost: housingCost }),
        },
        ...(rate === null ? {} : { outcomeRate: rate / 100 }),
      };
      if (body.mode === 'records') body.period = { from: v.from.trim(), to: v.to.trim() };
      else if (v.rows.trim() !== '')
        // The server checks every row against the contract and names the one at fault.
        body.rows = parseJsonField(
          'rows',
          v.rows,
          t('socio.create.rowsInvalid'),
        ) as TCreateSocioAnalysisRequest['rows'];
      return api.createSocioAnalysis(body);
    },
    onSuccess: (analysis) => {
      void invalidate();
      void navigate(programmeHref(`/samhallsekonomi/${analysis.id}`, programme.key));
    },
  });
  const records = form.values.mode === 'records';
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="socio-new-title">
      <Title order={2} mb="xs" id="socio-new-title">
        {t('socio.create.title')}
      </Title>
      <Text mb="md">{t('socio.create.intro')}</Text>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={640}>
          <TextField
            {...form.field('name')}
            label={t('socio.create.name')}
            value={form.values.name}
            onChange={(v) => form.set('name', v)}
          />
          <SelectField
            {...form.field('mode')}
            label={t('socio.create.mode')}
            placeholder={false}
            options={[
              { value: 'records', label: t('socio.mode.records') },
              { value: 'scenario', label: t('socio.mode.scenario') },
            ]}
            value={form.values.mode}
            onChange={(v) => form.set('mode', v)}
          />
          {records && (
            <Group align="flex-start">
              <TextField
                {...form.field('from')}
                kind="date"
                label={t('socio.create.from')}
                value={form.values.from}
                onChange={(v) => form.set('from', v)}
              />
              <TextField
                {...form.field('to')}
                kind="date"
                label={t('socio.create.to')}
                value={form.values.to}
                onChange={(v) => form.set('to', v)}
              />
            </Group>
          )}
          <SelectField
            {...form.field('parameterSet')}
            label={t('socio.create.parameterSet')}
            placeholder={false}
            options={parameterSets.map((s) => ({ value: s, label: s }))}
            value={form.values.parameterSet}
            onChange={(v) => form.set('parameterSet', v)}
          />
          <SelectField
            {...form.field('rule')}
            label={t('socio.create.rule')}
            placeholder={false}
            options={[
              { value: '', label: t('socio.create.ruleDefault') },
              { value: 'geometric', label: t('socio.assumptions.ruleName.geometric') },
              { value: 'seed_simple', label: t('socio.assumptions.ruleName.seed_simple') },
            ]}
            value={form.values.rule}
            onChange={(v) => form.set('rule', v)}
          />
          <TextField
            {...form.field('housingCost')}
            kind="number"
            optional
            label={t('socio.create.housingCost')}
            hint={t('socio.create.housingCostHint')}
            value={form.values.housingCost}
            onChange={(v) => form.set('housingCost', v)}
          />
          <TextField
            {...form.field('outcomeRate')}
            kind="number"
            optional
            label={t('socio.create.outcomeRate')}
            hint={records ? t('socio.create.outcomeRateHint') : undefined}
            value={form.values.outcomeRate}
            onChange={(v) => form.set('outcomeRate', v)}
          />
          {!records && (
            <TextAreaField
              {...form.field('rows')}
              optional
              label={t('socio.create.rows')}
              hint={t('socio.create.rowsHint')}
              value={form.values.rows}
              onChange={(v) => form.set('rows', v)}
            />
          )}
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('socio.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
