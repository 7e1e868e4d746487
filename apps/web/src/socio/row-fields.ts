import type { TSocioAnalysisOut } from '@lots/contracts';
import type { TFunction } from 'i18next';

type TRow = TSocioAnalysisOut['rows'][number];

const AFTER_FIELDS = {
  employment: ['salary', 'extentPct', 'subsidyPct', 'subsidyMonthly'],
  studies: ['studyAllowanceMonthly'],
} as const;

const INCOME_KEYS = [
  'social_assistance',
  'sickness_benefit',
  'rehabilitation_benefit',
  'activity_compensation',
  'sickness_compensation',
  'activity_support',
  'study_allowance',
] as const;

/** The label of an income source ("försörjningsstöd"); unknown ones as they are. */
export function incomeLabel(t: TFunction, source: string): string {
  return (INCOME_KEYS as readonly string[]).includes(source)
    ? t(`socio.income.${source as (typeof INCOME_KEYS)[number]}`)
    : source;
}

export type TAdjustableField = { field: string; label: string; value: number | null };

/** The values of a row that may be adjusted (the contract's `socioAdjustableField`). */
export function adjustableFields(t: TFunction, row: TRow): TAdjustableField[] {
  const out: TAdjustableField[] = [];
  row.inputs.before.forEach((b, i) => {
    const source = incomeLabel(t, b.source);
    out.push({
      field: `before.${i}.monthly`,
      label: t('socio.rowForm.fieldLabel.monthly', { source }),
      value: b.monthly,
    });
    out.push({
      field: `before.${i}.tax`,
      label: t('socio.rowForm.fieldLabel.tax', { source }),
      value: b.tax,
    });
  });
  const after = row.inputs.after;
  if (after?.kind === 'employment')
    for (const f of AFTER_FIELDS.employment)
      out.push({ field: `after.${f}`, label: t(`socio.rowForm.fieldLabel.${f}`), value: after[f] });
  if (after?.kind === 'studies')
    out.push({
      field: 'after.studyAllowanceMonthly',
      label: t('socio.rowForm.fieldLabel.studyAllowanceMonthly'),
      value: after.studyAllowanceMonthly,
    });
  if (row.inputs.housing)
    for (const f of ['hoursBefore', 'hoursAfter'] as const)
      out.push({
        field: `housing.${f}`,
        label: t(`socio.rowForm.fieldLabel.${f}`),
        value: row.inputs.housing[f],
      });
  return out;
}

/** The label of an adjusted field, for the rows table. */
export function fieldLabel(t: TFunction, row: TRow, field: string): string {
  return adjustableFields(t, row).find((f) => f.field === field)?.label ?? field;
}
