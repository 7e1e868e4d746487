import type { TIntakeDecisionRequest } from '@lots/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import {
  chosen,
  date,
  first,
  maxLength,
  number,
  optionalText,
  parseNumber,
  required,
  todayIso,
} from '../forms/checks.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { invalidateCase } from './case-queries.ts';

const decisions = ['accept_waiting', 'decline', 'withdraw'] as const;

/** What the decision needs of a referral (a queue row or a participant's detail). */
export type TIntakeEntry = {
  id: string;
  caseNumber: string;
  referralDate: string;
  status: string;
};

type TProps = {
  entry: TIntakeEntry;
  onDone: () => void;
  onCancel?: (() => void) | undefined;
};

/**
 * The intake decision on one referral: accept to the waiting list (with an optional
 * priority), decline with a reason, or withdraw. Used by the queue (supervisors) and
 * on the participant page (supervisors and the specialist the referral is assigned to).
 */
export function IntakeDecisionForm({ entry, onDone, onCancel }: TProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const form = useForm({
    id: `decision-${entry.id}`,
    initial: { decision: '', date: today, priority: '', reason: '' },
    labels: {
      decision: t('queue.decision'),
      date: t('queue.decisionDate'),
      priority: t('queue.priority'),
      reason: t('queue.reason'),
    },
    validate: (v) => ({
      decision: chosen(v.decision),
      date: first(
        required(v.date),
        date(v.date, { notAfter: today, notBefore: entry.referralDate }),
      ),
      priority:
        v.decision === 'accept_waiting'
          ? number(v.priority, { min: 1, max: 999, integer: true })
          : null,
      reason: first(
        v.decision === 'decline' ? required(v.reason) : null,
        maxLength(v.reason, 1000),
      ),
    }),
    submit: (v) => {
      const body: TIntakeDecisionRequest = {
        decision: decisions.find((d) => d === v.decision) ?? 'accept_waiting',
        date: v.date.trim(),
      };
      const reason = optionalText(v.reason);
      if (reason) body.reason = reason;
      const priority = parseNumber(v.priority);
      if (v.decision === 'accept_waiting' && priority !== null) body.priority = priority;
      return api.decideIntake(entry.id, body);
    },
    onSuccess: () => {
      void invalidateCase(queryClient, entry.id);
      onDone();
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      aria-label={t('queue.decisionTitle', { caseNumber: entry.caseNumber })}
    >
      {form.summary}
      <Stack gap="sm" maw={560}>
        <SelectField
          {...form.field('decision')}
          label={t('queue.decision')}
          autoFocus
          value={form.values.decision}
          onChange={(x) => form.set('decision', x)}
          options={decisions
            .filter((d) => d !== 'accept_waiting' || entry.status === 'referred')
            .map((d) => ({ value: d, label: t(`queue.decisionOption.${d}`) }))}
        />
        <TextField
          {...form.field('date')}
          label={t('queue.decisionDate')}
          kind="date"
          value={form.values.date}
          onChange={(x) => form.set('date', x)}
        />
        {form.values.decision === 'accept_waiting' && (
          <TextField
            {...form.field('priority')}
            label={t('queue.priority')}
            optional
            hint={t('queue.priorityHint')}
            kind="integer"
            value={form.values.priority}
            onChange={(x) => form.set('priority', x)}
          />
        )}
        {form.values.decision !== 'accept_waiting' && form.values.decision !== '' && (
          <TextAreaField
            {...form.field('reason')}
            label={t('queue.reason')}
            optional={form.values.decision !== 'decline'}
            value={form.values.reason}
            onChange={(x) => form.set('reason', x)}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={form.pending}>
            {t('queue.submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('forms.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
