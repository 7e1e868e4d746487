import type { TSocioAnalysisOut } from '@lots/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { MISSING, formatNumber } from '../format.ts';
import { first, number, parseNumber, required, unchecked } from '../forms/checks.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { adjustableFields } from './row-fields.ts';
import { socioKeys } from './socio-queries.ts';

type TRow = TSocioAnalysisOut['rows'][number];

/**
 * Exclude a row with a reason, or adjust one of its values with a note. The API
 * replaces the row's adjustments, so the earlier ones are sent along (a new value for
 * the same field replaces its earlier adjustment).
 */
export function RowForm({
  analysis,
  row,
  onDone,
}: {
  analysis: TSocioAnalysisOut;
  row: TRow;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fields = adjustableFields(t, row);
  const form = useForm({
    id: `socio-row-${row.row}`,
    initial: {
      excluded: row.excluded || unchecked(),
      reason: row.excludedReason ?? '',
      field: '',
      value: '',
      note: '',
    },
    labels: {
      excluded: t('socio.rowForm.exclude'),
      reason: t('socio.rowForm.reason'),
      field: t('socio.rowForm.field'),
      value: t('socio.rowForm.value'),
      note: t('socio.rowForm.note'),
    },
    validate: (v) => ({
      reason: v.excluded ? required(v.reason) : null,
      value: v.field ? first(required(v.value), number(v.value, { min: 0 })) : null,
      note: v.field ? required(v.note) : null,
    }),
    submit: (v) => {
      const kept = row.adjustments
        .filter((a) => a.field !== v.field)
        .map((a) => ({ field: a.field, value: a.value, note: a.note ?? MISSING }));
      const value = parseNumber(v.value);
      const added =
        v.field && value !== null ? [{ field: v.field, value, note: v.note.trim() }] : [];
      return api.updateSocioRow(analysis.id, row.row, {
        excluded: v.excluded,
        ...(v.excluded ? { reason: v.reason.trim() } : {}),
        adjustments: [...kept, ...added],
      });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(socioKeys.analysis(analysis.id), updated);
      void queryClient.invalidateQueries({ queryKey: socioKeys.list(analysis.programme) });
      onDone(true);
    },
  });
  const chosen = fields.find((f) => f.field === form.values.field);
  const titleId = `socio-row-${row.row}-title`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} id={titleId} fz="lg" mb="sm">
        {t('socio.rowForm.title', { row: row.row })}
      </Title>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={560}>
          <CheckboxField
            {...form.field('excluded')}
            label={t('socio.rowForm.exclude')}
            checked={form.values.excluded}
            onChange={(v) => form.set('excluded', v)}
          />
          {form.values.excluded && (
            <TextAreaField
              {...form.field('reason')}
              label={t('socio.rowForm.reason')}
              value={form.values.reason}
              onChange={(v) => form.set('reason', v)}
            />
          )}
          <SelectField
            {...form.field('field')}
            optional
            placeholder={false}
            label={t('socio.rowForm.field')}
            hint={row.adjustments.length > 0 ? t('socio.rowForm.keep') : undefined}
            options={[
              { value: '', label: t('socio.rowForm.noField') },
              ...fields.map((f) => ({ value: f.field, label: f.label })),
            ]}
            value={form.values.field}
            onChange={(v) => form.set('field', v)}
          />
          {chosen && (
            <>
              <Text size="sm">
                {t('socio.rowForm.current', { value: formatNumber(chosen.value, 2) })}
              </Text>
              <TextField
                {...form.field('value')}
                kind="number"
                label={t('socio.rowForm.value')}
                value={form.values.value}
                onChange={(v) => form.set('value', v)}
              />
              <TextAreaField
                {...form.field('note')}
                label={t('socio.rowForm.note')}
                value={form.values.note}
                onChange={(v) => form.set('note', v)}
              />
            </>
          )}
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('socio.rowForm.submit')}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t('socio.rowForm.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
