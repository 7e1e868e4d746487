import type { TOutcomeReportResponse } from '@lots/contracts';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { formatNumber } from '../format.ts';
import { number, parseNumber } from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import { TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';

/** 0.2 → "20", 0.125 → "12,5" (the field is in per cent). */
const percentText = (rate: number | null) => (rate === null ? '' : formatNumber(rate * 100, 2));

/**
 * The year's targets of a programme (outcomes.md "Targets"): participants to enrol and
 * the share reaching each outcome, in per cent. The API replaces the year's targets
 * as a whole, so every definition's current target is in the form.
 */
export function TargetsForm({
  programmeKey,
  programmeName,
  report,
}: {
  programmeKey: string;
  programmeName: string;
  report: TOutcomeReportResponse;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const year = report.targets?.year ?? Number(report.period.to.slice(0, 4));
  const rateField = (outcome: string) => `rate_${outcome}`;
  const initial: Record<string, string> = {
    enrolments: report.targets?.enrolments == null ? '' : String(report.targets.enrolments),
  };
  const labels: Record<string, string> = { enrolments: t('reports.targets.enrolments') };
  for (const row of report.rows) {
    initial[rateField(row.outcome)] = percentText(row.target);
    labels[rateField(row.outcome)] = t('reports.targets.rate', { label: row.label });
  }

  const form = useForm<Record<string, string>, unknown>({
    id: 'targets',
    initial,
    labels,
    validate: (v) => {
      const problems: Record<string, TProblem | null> = {
        enrolments: number(v.enrolments ?? '', { min: 0, integer: true }),
      };
      for (const row of report.rows) {
        const name = rateField(row.outcome);
        problems[name] = number(v[name] ?? '', { min: 0, max: 100 });
      }
      return problems;
    },
    submit: (v) => {
      const rates: Record<string, number> = {};
      for (const row of report.rows) {
        const n = parseNumber(v[rateField(row.outcome)] ?? '');
        // Per cent to a fraction, without float noise (12,5 % → 0.125).
        if (n !== null) rates[row.outcome] = Math.round(n * 100) / 10_000;
      }
      return api.setProgrammeTarget(programmeKey, year, {
        enrolments: parseNumber(v.enrolments ?? ''),
        rates,
      });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['report'] }),
  });

  const field = (name: string, hint?: string) => (
    <TextField
      key={name}
      {...form.field(name)}
      label={form.label(name)}
      kind={name === 'enrolments' ? 'integer' : 'number'}
      value={form.values[name] ?? ''}
      onChange={(value) => form.set(name, value)}
      optional
      hint={hint}
    />
  );

  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.summary}
      {form.succeeded && <Notice title={t('reports.targets.saved', { year })} />}
      <Text mb="md">{t('reports.targets.intro', { programme: programmeName, year })}</Text>
      <Stack gap="md">
        {field('enrolments')}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {report.rows.map((row) =>
            field(rateField(row.outcome), t('reports.targets.percentHint')),
          )}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('reports.targets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
