import type { TAddSocioRowRequest, TSocioAnalysisOut } from '@lots/contracts';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { chosen, first, number, parseNumber, required } from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import { SelectField, TextField, useEnumOptions } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { socioKeys } from './socio-queries.ts';

type TAfter = NonNullable<TAddSocioRowRequest['after']>;
type TSource = TAddSocioRowRequest['before'][number]['source'];
type TEmployer = Extract<TAfter, { kind: 'employment' }>['employer'];

/** Every value of the contract's enums (the records say which, so the list is complete). */
const SOURCES = Object.keys({
  social_assistance: true,
  sickness_benefit: true,
  rehabilitation_benefit: true,
  activity_compensation: true,
  sickness_compensation: true,
  activity_support: true,
} satisfies Record<TSource, true>) as TSource[];
const EMPLOYERS = Object.keys({
  municipality: true,
  private: true,
  public: true,
  region: true,
  state: true,
  non_profit: true,
  social_enterprise: true,
} satisfies Record<TEmployer, true>) as TEmployer[];

/** An empty row as the form starts it. */
export const initial = {
  source: '',
  monthly: '',
  tax: '',
  source2: '',
  monthly2: '',
  tax2: '',
  afterKind: 'employment',
  salary: '',
  extentPct: '100',
  employer: '',
  subsidyMonthly: '0',
  studyAllowanceMonthly: '0',
  housingBefore: '',
  housingAfter: '',
};
type TValues = typeof initial;

/** Checks of one income source: amount when chosen, tax 0 for social assistance, tax ≤ amount. */
function sourceProblems(
  source: string,
  monthly: string,
  tax: string,
  untaxed: TProblem,
  taxTooHigh: TProblem,
) {
  if (!source) return { monthly: null, tax: null };
  const amount = parseNumber(monthly);
  const taxValue = parseNumber(tax || '0');
  return {
    monthly: first(required(monthly), number(monthly, { min: 0 })),
    tax: first(
      tax ? number(tax, { min: 0 }) : null,
      source === 'social_assistance' && taxValue !== null && taxValue !== 0 ? untaxed : null,
      amount !== null && taxValue !== null && taxValue > amount ? taxTooHigh : null,
    ),
  };
}

/**
 * A typed row of a scenario analysis (socioeconomics.md "Inputs per person"): up to
 * two income sources before, employment or studies after (or neither: a
 * housing-support-only row), and housing-support hours. Every field is checked as
 * the user types; the server's check names the same fields.
 */
export function ScenarioRowForm({
  analysis,
  onDone,
}: {
  analysis: TSocioAnalysisOut;
  onDone: (saved: number | null) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sourceOptions = useEnumOptions('incomeSource', SOURCES);
  const employerOptions = useEnumOptions('employerType', EMPLOYERS);
  const l = (
    key: keyof TValues | 'title' | 'employment' | 'studies' | 'none' | 'submit' | 'cancel',
  ) => t(`socio.scenarioRow.${key}` as const);
  const untaxed: TProblem = { key: 'socio.scenarioRow.untaxed' };
  const taxTooHigh: TProblem = { key: 'socio.scenarioRow.taxTooHigh' };
  const form = useForm({
    id: 'socio-new-row',
    initial,
    labels: {
      source: l('source'),
      monthly: l('monthly'),
      tax: l('tax'),
      source2: l('source2'),
      monthly2: l('monthly2'),
      tax2: l('tax2'),
      afterKind: l('afterKind'),
      salary: l('salary'),
      extentPct: l('extentPct'),
      employer: l('employer'),
      subsidyMonthly: l('subsidyMonthly'),
      studyAllowanceMonthly: l('studyAllowanceMonthly'),
      housingBefore: l('housingBefore'),
      housingAfter: l('housingAfter'),
    },
    live: Object.keys(initial) as (keyof TValues)[],
    validate: (v) => {
      const one = sourceProblems(v.source, v.monthly, v.tax, untaxed, taxTooHigh);
      const two = sourceProblems(v.source2, v.monthly2, v.tax2, untaxed, taxTooHigh);
      const job = v.afterKind === 'employment';
      const hours = (x: string, other: string) =>
        x || other ? first(required(x), number(x, { min: 0, max: 168 })) : null;
      return {
        source:
          !v.source && !v.source2 && v.afterKind !== 'none' && !v.housingBefore ? chosen('') : null,
        monthly: one.monthly,
        tax: one.tax,
        source2:
          v.source2 && v.source2 === v.source ? { key: 'socio.scenarioRow.sameSource' } : null,
        monthly2: two.monthly,
        tax2: two.tax,
        salary: job ? first(required(v.salary), number(v.salary, { min: 0 })) : null,
        extentPct: job
          ? first(required(v.extentPct), number(v.extentPct, { min: 1, max: 100 }))
          : null,
        employer: job ? chosen(v.employer) : null,
        subsidyMonthly: job ? number(v.subsidyMonthly || '0', { min: 0 }) : null,
        studyAllowanceMonthly:
          v.afterKind === 'studies' ? number(v.studyAllowanceMonthly || '0', { min: 0 }) : null,
        housingBefore:
          v.afterKind === 'none' && !v.housingBefore
            ? { key: 'socio.scenarioRow.housingNeeded' }
            : hours(v.housingBefore, v.housingAfter),
        housingAfter: hours(v.housingAfter, v.housingBefore),
      };
    },
    submit: (v) => api.addSocioRow(analysis.id, rowOf(v)),
    onSuccess: (updated) => {
      queryClient.setQueryData(socioKeys.analysis(analysis.id), updated);
      void queryClient.invalidateQueries({ queryKey: socioKeys.list(analysis.programme) });
      onDone(Math.max(...updated.rows.map((r) => r.row)));
    },
  });
  const v = form.values;
  const text = (name: keyof TValues, kind: 'text' | 'number' = 'number') => (
    <TextField
      {...form.field(name)}
      kind={kind}
      label={l(name)}
      value={v[name]}
      onChange={(x) => form.set(name, x)}
    />
  );
  const select = (
    name: keyof TValues,
    options: { value: string; label: string }[],
    optional = false,
  ) => (
    <SelectField
      {...form.field(name)}
      optional={optional}
      label={l(name)}
      options={options}
      value={v[name]}
      onChange={(x) => form.set(name, x)}
    />
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="socio-new-row-title">
      <Title order={3} id="socio-new-row-title" fz="lg" mb="sm">
        {l('title')}
      </Title>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={560}>
          {select('source', sourceOptions, true)}
          {v.source && text('monthly')}
          {v.source && text('tax')}
          {select('source2', sourceOptions, true)}
          {v.source2 && text('monthly2')}
          {v.source2 && text('tax2')}
          {select('afterKind', [
            { value: 'employment', label: l('employment') },
            { value: 'studies', label: l('studies') },
            { value: 'none', label: l('none') },
          ])}
          {v.afterKind === 'employment' && (
            <>
              {text('salary')}
              {text('extentPct')}
              {select('employer', employerOptions)}
              {text('subsidyMonthly')}
            </>
          )}
          {v.afterKind === 'studies' && text('studyAllowanceMonthly')}
          {text('housingBefore')}
          {text('housingAfter')}
          <Group>
            <Button type="submit" loading={form.pending}>
              {l('submit')}
            </Button>
            <Button variant="default" onClick={() => onDone(null)}>
              {l('cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The request body from the form's values (already checked). */
export function rowOf(v: TValues): TAddSocioRowRequest {
  const n = (x: string) => parseNumber(x || '0') ?? 0;
  const before = [
    [v.source, v.monthly, v.tax],
    [v.source2, v.monthly2, v.tax2],
  ]
    .filter(([s]) => s)
    .map(([source, monthly, tax]) => ({
      source: source as TSource,
      monthly: n(monthly ?? ''),
      tax: n(tax ?? ''),
    }));
  const salary = n(v.salary);
  const subsidyMonthly = n(v.subsidyMonthly);
  const after: TAddSocioRowRequest['after'] =
    v.afterKind === 'employment'
      ? {
          kind: 'employment',
          salary,
          extentPct: n(v.extentPct),
          employer: v.employer as TEmployer,
          subsidyMonthly,
          subsidyPct:
            salary > 0 && subsidyMonthly > 0
              ? Math.min(100, Math.round((subsidyMonthly / salary) * 100))
              : 0,
        }
      : v.afterKind === 'studies'
        ? { kind: 'studies', studyAllowanceMonthly: n(v.studyAllowanceMonthly) }
        : null;
  const housing =
    v.housingBefore || v.housingAfter
      ? { hoursBefore: n(v.housingBefore), hoursAfter: n(v.housingAfter) }
      : null;
  return { before, after, housing, published: undefined };
}
