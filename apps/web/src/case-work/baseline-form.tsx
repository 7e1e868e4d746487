import type { TParticipantDetail, TUpdateBaselineRequest } from '@lots/contracts';
import { Button, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { chosen, number, parseNumber } from '../forms/checks.ts';
import { IncomeSourcesField, SelectField, TextField, useEnumOptions } from '../forms/fields.tsx';
import { incomeProblem, incomeSourceValues, toIncome } from '../forms/income.ts';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { invalidateCase } from './case-queries.ts';

type TBands = NonNullable<TUpdateBaselineRequest['timeOnSupport']>;
type TDiagnosis = NonNullable<TUpdateBaselineRequest['diagnosisGroup']>;
type TGoal = NonNullable<TUpdateBaselineRequest['goal']>;
const bands = Object.keys(sv.timeOnSupport) as TBands[];
const diagnoses = Object.keys(sv.diagnosisGroup) as TDiagnosis[];
const goals = Object.keys(sv.goal) as TGoal[];

/** Corrects the baseline profile recorded at enrolment (a blank optional field clears it). */
export function BaselineForm({
  participant: p,
  onDone,
}: {
  participant: TParticipantDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const b = p.baseline;
  const income: Record<string, string> = {};
  for (const s of b.incomeSources) income[s.source] = s.monthly?.toString() ?? '';
  const form = useForm({
    id: 'baseline',
    initial: {
      incomeSources: income,
      timeOnSupport: b.timeOnSupport ?? '',
      housingSupport: b.housingSupportHoursPerWeek?.toString().replace('.', ',') ?? '',
      diagnosisGroup: b.diagnosisGroup ?? '',
      goal: b.goal ?? '',
    },
    labels: {
      incomeSources: t('income.legend'),
      timeOnSupport: t('enrol.timeOnSupport'),
      housingSupport: t('enrol.housingSupport'),
      diagnosisGroup: t('enrol.diagnosisGroup'),
      goal: t('enrol.goal'),
    },
    validate: (v) => ({
      incomeSources: incomeProblem(v.incomeSources, true),
      timeOnSupport: chosen(v.timeOnSupport),
      housingSupport: number(v.housingSupport, { min: 0, max: 168 }),
    }),
    submit: (v) =>
      api.updateBaseline(p.id, {
        incomeSources: toIncome(v.incomeSources),
        timeOnSupport: bands.find((x) => x === v.timeOnSupport) ?? 'not_applicable',
        housingSupportHoursPerWeek: parseNumber(v.housingSupport),
        diagnosisGroup: diagnoses.find((x) => x === v.diagnosisGroup) ?? null,
        goal: goals.find((x) => x === v.goal) ?? null,
      }),
    onSuccess: () => {
      void invalidateCase(queryClient, p.id);
      onDone(t('caseWork.baselineDone'));
    },
  });
  const v = form.values;
  const bandOptions = useEnumOptions('timeOnSupport', bands);
  const diagnosisOptions = useEnumOptions('diagnosisGroup', diagnoses);
  const goalOptions = useEnumOptions('goal', goals);
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={t('caseWork.baseline')}>
      {form.summary}
      <Stack gap="md">
        <IncomeSourcesField
          {...form.field('incomeSources')}
          legend={t('income.legend')}
          hint={t('income.hint')}
          sources={incomeSourceValues}
          value={v.incomeSources}
          onChange={(x) => form.set('incomeSources', x)}
        />
        <SelectField
          {...form.field('timeOnSupport')}
          label={t('enrol.timeOnSupport')}
          value={v.timeOnSupport}
          onChange={(x) => form.set('timeOnSupport', x)}
          options={bandOptions}
        />
        <TextField
          {...form.field('housingSupport')}
          label={t('enrol.housingSupport')}
          optional
          kind="number"
          value={v.housingSupport}
          onChange={(x) => form.set('housingSupport', x)}
        />
        <SelectField
          {...form.field('diagnosisGroup')}
          label={t('enrol.diagnosisGroup')}
          optional
          hint={t('enrol.diagnosisHint')}
          value={v.diagnosisGroup}
          onChange={(x) => form.set('diagnosisGroup', x)}
          options={diagnosisOptions}
        />
        <SelectField
          {...form.field('goal')}
          label={t('enrol.goal')}
          optional
          value={v.goal}
          onChange={(x) => form.set('goal', x)}
          options={goalOptions}
        />
        <div>
          <Button type="submit" loading={form.pending}>
            {t('forms.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
