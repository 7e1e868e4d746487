import type { TCloseEnrolmentRequest, TParticipantDetail } from '@lots/contracts';
import { Alert, Button, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import {
  chosen,
  date,
  first,
  maxLength,
  optionalText,
  required,
  todayIso,
  unchecked,
} from '../forms/checks.ts';
import {
  CheckboxField,
  IncomeSourcesField,
  SelectField,
  TextAreaField,
  TextField,
  useEnumOptions,
} from '../forms/fields.tsx';
import { incomeProblem, incomeSourceValues, toIncome } from '../forms/income.ts';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { invalidateCase } from './case-queries.ts';

type TProps = {
  participant: TParticipantDetail;
  /** Proposed reason (two-month rule), preselected. */
  proposedReason?: 'employment' | 'studies' | undefined;
  onDone: (message: string) => void;
};

const closureReasons = Object.keys(sv.closureReason) as TCloseEnrolmentRequest['reason'][];

/** Why the summary cannot be handed back, or null when consent allows it. */
export function handBackBlocked(
  consent: TParticipantDetail['consent'],
):
  { key: 'closure.handBackNoConsent' } | { key: 'closure.handBackWithdrawn'; date: string } | null {
  if (!consent?.handBack) return { key: 'closure.handBackNoConsent' };
  if (consent.withdrawnAt) return { key: 'closure.handBackWithdrawn', date: consent.withdrawnAt };
  return null;
}

export function ClosureForm({ participant: p, proposedReason, onDone }: TProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const reasonOptions = useEnumOptions('closureReason', closureReasons);
  const blocked = handBackBlocked(p.consent);
  const current: Record<string, string> = {};
  for (const s of p.baseline.incomeSources) current[s.source] = s.monthly?.toString() ?? '';

  const form = useForm({
    id: 'closure',
    initial: {
      date: today,
      reason: proposedReason ?? '',
      exitIncomeSources: current,
      summary: '',
      handBack: unchecked(),
      handBackTo: p.referral.officer ?? '',
    },
    labels: {
      date: t('closure.date'),
      reason: t('closure.reason'),
      exitIncomeSources: t('closure.exitIncome'),
      summary: t('closure.summary'),
      handBackTo: t('closure.handBackTo'),
    },
    validate: (v) => ({
      date: first(
        required(v.date),
        date(v.date, { notAfter: today, notBefore: p.enrolledAt ?? undefined }),
      ),
      reason: chosen(v.reason),
      exitIncomeSources: incomeProblem(v.exitIncomeSources, false),
      summary: maxLength(v.summary, 10_000),
      handBackTo: v.handBack ? first(required(v.handBackTo), maxLength(v.handBackTo, 200)) : null,
    }),
    submit: (v) => {
      const summary = optionalText(v.summary);
      const handBackTo = v.handBack && !blocked ? optionalText(v.handBackTo) : undefined;
      return api.closeEnrolment(p.id, {
        date: v.date.trim(),
        reason: closureReasons.find((r) => r === v.reason) ?? 'other',
        exitIncomeSources: toIncome(v.exitIncomeSources),
        ...(summary ? { summary } : {}),
        ...(handBackTo ? { handBackTo } : {}),
      });
    },
    onSuccess: () => {
      void invalidateCase(queryClient, p.id);
      onDone(t('closure.done'));
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={t('closure.title')}>
      {form.summary}
      <Stack gap="md">
        <TextField
          {...form.field('date')}
          label={t('closure.date')}
          kind="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
        />
        <SelectField
          {...form.field('reason')}
          label={t('closure.reason')}
          value={form.values.reason}
          onChange={(v) => form.set('reason', v)}
          options={reasonOptions}
        />
        <IncomeSourcesField
          {...form.field('exitIncomeSources')}
          legend={t('closure.exitIncome')}
          hint={t('income.hint')}
          optional
          sources={incomeSourceValues}
          value={form.values.exitIncomeSources}
          onChange={(v) => form.set('exitIncomeSources', v)}
        />
        <TextAreaField
          {...form.field('summary')}
          label={t('closure.summary')}
          optional
          value={form.values.summary}
          onChange={(v) => form.set('summary', v)}
        />
        {blocked ? (
          <Alert color="gray" variant="light" role="note">
            {t(blocked.key, 'date' in blocked ? { date: blocked.date } : {})}
          </Alert>
        ) : (
          <>
            <CheckboxField
              {...form.field('handBack')}
              label={t('closure.handBack')}
              checked={form.values.handBack}
              onChange={(v) => form.set('handBack', v)}
            />
            {form.values.handBack && (
              <TextField
                {...form.field('handBackTo')}
                label={t('closure.handBackTo')}
                value={form.values.handBackTo}
                onChange={(v) => form.set('handBackTo', v)}
              />
            )}
          </>
        )}
        <div>
          <Button type="submit" loading={form.pending}>
            {t('closure.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
