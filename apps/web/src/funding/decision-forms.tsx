import { funderKinds, type TProgrammeAccess } from '@lots/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { chosen, date, first, number, parseNumber, required } from '../forms/checks.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { fieldProblem } from '../socio/local-error.ts';
import { fundingKeys, useInvalidate } from '../socio/socio-queries.ts';
import { parseReportingLines } from './funding-year.ts';

/** A new funding decision of the programme for the year shown. */
export function AddDecisionForm({
  programme,
  year,
}: {
  programme: TProgrammeAccess;
  year: number;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const [saved, setSaved] = useState(false);
  const funders = useQuery({
    queryKey: fundingKeys.funders(programme.associationKey),
    queryFn: () => api.listFunders(programme.associationKey),
  });
  const form = useForm({
    id: 'funding-decision',
    initial: {
      funder: '',
      amount: '',
      useFrom: '',
      useTo: '',
      conditions: '',
      reporting: '',
      reference: '',
    },
    labels: {
      funder: t('funding.addDecision.funder'),
      amount: t('funding.addDecision.amount'),
      useFrom: t('funding.addDecision.useFrom'),
      useTo: t('funding.addDecision.useTo'),
      conditions: t('funding.addDecision.conditions'),
      reporting: t('funding.addDecision.reporting'),
      reference: t('funding.addDecision.reference'),
    },
    validate: (v) => ({
      funder: chosen(v.funder),
      amount: first(required(v.amount), number(v.amount, { integer: true, min: 0 })),
      useFrom: date(v.useFrom),
      useTo: date(v.useTo),
    }),
    submit: (v) => {
      const reporting = parseReportingLines(v.reporting);
      if (!reporting) throw fieldProblem('reporting', t('funding.addDecision.reportingInvalid'));
      return api.createFundingDecision({
        programme: programme.key,
        funder: v.funder,
        year,
        amount: parseNumber(v.amount) ?? 0,
        ...(v.useFrom.trim() ? { useFrom: v.useFrom.trim() } : {}),
        ...(v.useTo.trim() ? { useTo: v.useTo.trim() } : {}),
        ...(v.conditions.trim() ? { conditions: v.conditions.trim() } : {}),
        ...(v.reference.trim() ? { reference: v.reference.trim() } : {}),
        reporting,
      });
    },
    onSuccess: () => {
      void invalidate();
      // A fresh form for the next decision; the message stays until the next change.
      form.reset();
      setSaved(true);
    },
  });
  const options = (funders.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }));
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="funding-decision-title">
      <Title order={2} id="funding-decision-title" mb="sm">
        {t('funding.addDecision.title')} {year}
      </Title>
      {saved && (
        <Text role="status" fw={600} mb="sm">
          {t('funding.addDecision.saved')}
        </Text>
      )}
      {funders.isSuccess && options.length === 0 && (
        <Text mb="sm">{t('funding.addDecision.noFunders')}</Text>
      )}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={640}>
          <SelectField
            {...form.field('funder')}
            label={t('funding.addDecision.funder')}
            options={options}
            value={form.values.funder}
            onChange={(v) => form.set('funder', v)}
          />
          <TextField
            {...form.field('amount')}
            kind="integer"
            label={t('funding.addDecision.amount')}
            value={form.values.amount}
            onChange={(v) => form.set('amount', v)}
          />
          <Group align="flex-start">
            <TextField
              {...form.field('useFrom')}
              kind="date"
              optional
              label={t('funding.addDecision.useFrom')}
              value={form.values.useFrom}
              onChange={(v) => form.set('useFrom', v)}
            />
            <TextField
              {...form.field('useTo')}
              kind="date"
              optional
              label={t('funding.addDecision.useTo')}
              value={form.values.useTo}
              onChange={(v) => form.set('useTo', v)}
            />
          </Group>
          <TextAreaField
            {...form.field('conditions')}
            optional
            label={t('funding.addDecision.conditions')}
            value={form.values.conditions}
            onChange={(v) => form.set('conditions', v)}
          />
          <TextAreaField
            {...form.field('reporting')}
            optional
            label={t('funding.addDecision.reporting')}
            hint={t('funding.addDecision.reportingHint')}
            value={form.values.reporting}
            onChange={(v) => form.set('reporting', v)}
          />
          <TextField
            {...form.field('reference')}
            optional
            label={t('funding.addDecision.reference')}
            value={form.values.reference}
            onChange={(v) => form.set('reference', v)}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('funding.addDecision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A funder in the association's register (the API lets analysts of the whole association). */
export function AddFunderForm({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const form = useForm({
    id: 'funding-funder',
    initial: { name: '', kind: '' },
    labels: { name: t('funding.addFunder.name'), kind: t('funding.addFunder.kind') },
    validate: (v) => ({ name: required(v.name), kind: chosen(v.kind) }),
    submit: (v) =>
      api.createFunder({
        association: programme.associationKey,
        name: v.name.trim(),
        kind: funderKinds.find((k) => k === v.kind) ?? 'other',
      }),
    onSuccess: () => void invalidate(),
  });
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="funding-funder-title">
      <Title order={2} id="funding-funder-title" mb="sm">
        {t('funding.addFunder.title')}
      </Title>
      {form.succeeded && form.result && (
        <Text role="status" fw={600} mb="sm">
          {t('funding.addFunder.saved', { name: form.result.name })}
        </Text>
      )}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={520}>
          <TextField
            {...form.field('name')}
            label={t('funding.addFunder.name')}
            value={form.values.name}
            onChange={(v) => form.set('name', v)}
          />
          <SelectField
            {...form.field('kind')}
            label={t('funding.addFunder.kind')}
            options={funderKinds.map((k) => ({ value: k, label: t(`funding.funderKind.${k}`) }))}
            value={form.values.kind}
            onChange={(v) => form.set('kind', v)}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('funding.addFunder.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
