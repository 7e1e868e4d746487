import type { TProgrammeAccess, TTargetGroupOut } from '@lots/contracts';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { number, parseNumber, required, unchecked } from '../forms/checks.ts';
import { CheckboxField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { fieldProblem } from '../socio/local-error.ts';
import { ScrollTable } from '../socio/scroll-table.tsx';
import { parseSemicolonLines } from './funding-year.ts';

const COMPONENTS = [
  'uvas',
  'socialAssistance',
  'jobSeekers',
  'youngActivityCompensation',
  'partialSicknessCompensation',
  'sickLeave',
] as const;

function TargetGroupTable({ result }: { result: TTargetGroupOut }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('funding.targetGroup.title')} minWidth={420}>
      <Table className="lots-table" withTableBorder bg="white">
        <Table.Caption>{t('funding.targetGroup.caption', { year: result.year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funding.targetGroup.municipality')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.targetGroup.group')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.municipalities.map((m) => (
            <Table.Tr key={m.municipality}>
              <Table.Th scope="row">{m.municipality}</Table.Th>
              <Table.Td ta="right">{formatNumber(m.targetGroup)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className="lots-socio-total">
            <Table.Th scope="row">{t('funding.targetGroup.total')}</Table.Th>
            <Table.Td ta="right">{formatNumber(result.targetGroup)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('funding.targetGroup.participants')}</Table.Th>
            <Table.Td ta="right">
              {typeof result.participants === 'number'
                ? formatNumber(result.participants)
                : result.participants}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('funding.targetGroup.reach')}</Table.Th>
            <Table.Td ta="right">{formatPercent(result.reach)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('funding.targetGroup.share')}</Table.Th>
            <Table.Td ta="right">{formatPercent(result.shareOfWorkingAge)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The target-group estimate and reach of funding.md, from figures the user enters. */
export function TargetGroupSection({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<TTargetGroupOut | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm({
    id: 'funding-target-group',
    initial: { year: String(new Date().getFullYear()), rows: '', save: unchecked() },
    labels: {
      year: t('funding.targetGroup.year'),
      rows: t('funding.targetGroup.rows'),
      save: t('funding.targetGroup.save'),
    },
    validate: (v) => ({
      year: number(v.year, { integer: true, min: 1990, max: 2100 }),
      rows: required(v.rows),
    }),
    submit: (v) => {
      const municipalities = parseSemicolonLines(v.rows).map(([name = '', ...cells]) => {
        const values = cells.map((c) => parseNumber(c));
        if (name === '' || values.length < 6 || values.length > 7 || values.some((x) => x === null))
          throw fieldProblem('rows', t('funding.targetGroup.rowsInvalid'));
        const counts = Object.fromEntries(COMPONENTS.map((c, i) => [c, values[i] ?? 0])) as Record<
          (typeof COMPONENTS)[number],
          number
        >;
        const population = values[6];
        return {
          municipality: name,
          ...counts,
          ...(population == null ? {} : { workingAgePopulation: Math.round(population) }),
        };
      });
      const year = parseNumber(v.year) ?? new Date().getFullYear();
      const association = programme.associationKey;
      const estimate = () => api.estimateTargetGroup({ association, year, municipalities });
      if (!v.save) return estimate();
      return api
        .saveTargetGroupInputs({ association, year, municipalities })
        .then(() => setStatus(t('funding.targetGroup.saved', { year })))
        .then(estimate);
    },
    onSuccess: (r) => setResult(r),
  });
  const load = async () => {
    const year = parseNumber(form.values.year);
    if (year === null) return;
    const stored = await api.targetGroupInputs(programme.associationKey, year).catch(() => null);
    if (stored === null) {
      setStatus(t('app.genericError'));
      return;
    }
    if (stored.municipalities.length === 0) {
      setStatus(t('funding.targetGroup.noneStored', { year }));
      return;
    }
    form.set(
      'rows',
      stored.municipalities
        .map((m) =>
          [
            m.municipality,
            ...COMPONENTS.map((c) => String(m[c])),
            ...(m.workingAgePopulation === undefined ? [] : [String(m.workingAgePopulation)]),
          ].join('; '),
        )
        .join('\n'),
    );
    setStatus(t('funding.targetGroup.loaded', { count: stored.municipalities.length, year }));
  };
  return (
    <section aria-labelledby="funding-target-group">
      <Title order={2} id="funding-target-group" mb="sm">
        {t('funding.targetGroup.title')}
      </Title>
      <Text mb="md">{t('funding.targetGroup.intro')}</Text>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <form noValidate onSubmit={form.onSubmit}>
            {form.summary}
            <Stack gap="md" maw={720}>
              <TextField
                {...form.field('year')}
                kind="integer"
                width={120}
                label={t('funding.targetGroup.year')}
                value={form.values.year}
                onChange={(v) => form.set('year', v)}
              />
              <TextAreaField
                {...form.field('rows')}
                label={t('funding.targetGroup.rows')}
                hint={t('funding.targetGroup.rowsHint')}
                value={form.values.rows}
                onChange={(v) => form.set('rows', v)}
              />
              <CheckboxField
                {...form.field('save')}
                label={t('funding.targetGroup.save')}
                checked={form.values.save}
                onChange={(v) => form.set('save', v)}
              />
              <Group>
                <Button type="submit" loading={form.pending}>
                  {t('funding.targetGroup.submit')}
                </Button>
                <Button variant="default" onClick={() => void load()}>
                  {t('funding.targetGroup.load')}
                </Button>
              </Group>
              {status && (
                <Text role="status" fw={600}>
                  {status}
                </Text>
              )}
            </Stack>
          </form>
        </Paper>
        {result && <TargetGroupTable result={result} />}
      </Stack>
    </section>
  );
}
