import type { TParticipantDetail, TRecordFollowUpRequest } from '@lots/contracts';
import { Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import {
  chosen,
  date,
  email,
  first,
  maxLength,
  optionalText,
  personalNumber,
  phone,
  required,
  todayIso,
} from '../forms/checks.ts';
import {
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

type TDone = { onDone: (message: string) => void };

const followUpStatuses = Object.keys(sv.followUpStatus) as TRecordFollowUpRequest['status'][];

/** A follow-up after closure (+6 / +12 months): status, income, note. */
export function FollowUpForm({
  participant: p,
  months: presetMonths,
  onDone,
}: TDone & { participant: TParticipantDetail; months?: number | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const statusOptions = useEnumOptions('followUpStatus', followUpStatuses);
  const form = useForm({
    id: 'follow-up',
    initial: {
      months: String(presetMonths ?? 6),
      date: today,
      status: '',
      incomeSources: {},
      note: '',
    },
    labels: {
      months: t('followUp.months'),
      date: t('followUp.date'),
      status: t('followUp.status'),
      incomeSources: t('income.legend'),
      note: t('followUp.note'),
    },
    validate: (v) => ({
      months: chosen(v.months),
      date: first(required(v.date), date(v.date, { notAfter: today })),
      status: chosen(v.status),
      incomeSources: incomeProblem(v.incomeSources, false),
      note: maxLength(v.note, 4000),
    }),
    submit: (v) => {
      const note = optionalText(v.note);
      const incomes = toIncome(v.incomeSources);
      return api.recordFollowUp(p.id, {
        months: Number(v.months),
        date: v.date.trim(),
        status: followUpStatuses.find((s) => s === v.status) ?? 'none',
        ...(incomes.length > 0 ? { incomeSources: incomes } : {}),
        ...(note ? { note } : {}),
      });
    },
    onSuccess: () => {
      void invalidateCase(queryClient, p.id);
      onDone(t('followUp.done'));
    },
  });
  if (!p.consent?.survey || p.consent.withdrawnAt) return <Text>{t('followUp.noConsent')}</Text>;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={t('followUp.title')}>
      {form.summary}
      <Stack gap="md">
        <SelectField
          {...form.field('months')}
          label={t('followUp.months')}
          placeholder={false}
          value={form.values.months}
          onChange={(v) => form.set('months', v)}
          options={[6, 12].map((m) => ({
            value: String(m),
            label: t('followUp.monthsOption', { months: m }),
          }))}
        />
        <TextField
          {...form.field('date')}
          label={t('followUp.date')}
          kind="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
        />
        <SelectField
          {...form.field('status')}
          label={t('followUp.status')}
          value={form.values.status}
          onChange={(v) => form.set('status', v)}
          options={statusOptions}
        />
        <IncomeSourcesField
          {...form.field('incomeSources')}
          legend={t('income.legend')}
          hint={t('income.hint')}
          optional
          sources={incomeSourceValues}
          value={form.values.incomeSources}
          onChange={(v) => form.set('incomeSources', v)}
        />
        <TextAreaField
          {...form.field('note')}
          label={t('followUp.note')}
          optional
          value={form.values.note}
          onChange={(v) => form.set('note', v)}
        />
        <div>
          <Button type="submit" loading={form.pending}>
            {t('followUp.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Withdrawal of consent: stops sharing at once. */
export function WithdrawConsentForm({
  participant: p,
  onDone,
}: TDone & { participant: TParticipantDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = todayIso();
  const form = useForm({
    id: 'withdraw-consent',
    initial: { date: today },
    labels: { date: t('consent.date') },
    validate: (v) => ({
      date: first(required(v.date), date(v.date, { notAfter: today, notBefore: p.consent?.date })),
    }),
    submit: (v) => api.withdrawConsent(p.id, { date: v.date.trim() }),
    onSuccess: () => {
      void invalidateCase(queryClient, p.id);
      onDone(t('consent.done'));
    },
  });
  if (p.consent?.withdrawnAt)
    return <Text>{t('consent.alreadyWithdrawn', { date: p.consent.withdrawnAt })}</Text>;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={t('consent.withdrawTitle')}>
      {form.summary}
      <Stack gap="md">
        <Text>{t('consent.withdrawIntro')}</Text>
        <TextField
          {...form.field('date')}
          label={t('consent.date')}
          kind="date"
          value={form.values.date}
          onChange={(v) => form.set('date', v)}
        />
        <div>
          <Button type="submit" color="red.9" loading={form.pending}>
            {t('consent.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Name, personnummer (Luhn-checked as you type), phone and e-mail. */
export function IdentityForm({
  participant: p,
  participantId,
  onDone,
}: TDone & { participant: TParticipantDetail; participantId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: 'identity',
    initial: { name: p.name ?? '', personalNumber: p.personalNumber ?? '', phone: '', email: '' },
    labels: {
      name: t('field.name'),
      personalNumber: t('field.personalNumber'),
      phone: t('field.phone'),
      email: t('field.email'),
    },
    live: ['personalNumber'],
    validate: (v) => ({
      name: maxLength(v.name, 200),
      // Checked from the first keystroke only once the number is complete.
      personalNumber:
        v.personalNumber.replace(/\D/g, '').length >= 10 || v.personalNumber === ''
          ? personalNumber(v.personalNumber)
          : null,
      phone: phone(v.phone),
      email: email(v.email),
    }),
    submit: (v) => {
      const body = {
        name: optionalText(v.name),
        personalNumber: optionalText(v.personalNumber),
        phone: optionalText(v.phone),
        email: optionalText(v.email),
      };
      return api.updateIdentity(
        participantId,
        Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined)),
      );
    },
    onSuccess: () => {
      void invalidateCase(queryClient, p.id);
      onDone(t('identity.done'));
    },
  });
  const pnr = form.values.personalNumber;
  const pnrValid = pnr.replace(/\D/g, '').length >= 10 && personalNumber(pnr) === null;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={t('identity.title')}>
      {form.summary}
      <Stack gap="md">
        <Text>{t('identity.intro')}</Text>
        <TextField
          {...form.field('name')}
          label={t('field.name')}
          optional
          value={form.values.name}
          onChange={(v) => form.set('name', v)}
          autoComplete="off"
        />
        <TextField
          {...form.field('personalNumber')}
          label={t('field.personalNumber')}
          optional
          kind="integer"
          width={260}
          hint={pnrValid ? `✓ ${t('forms.personalNumberOk')}` : 'ÅÅÅÅMMDD-NNNN'}
          value={pnr}
          onChange={(v) => form.set('personalNumber', v)}
        />
        <TextField
          {...form.field('phone')}
          label={t('field.phone')}
          optional
          width={260}
          value={form.values.phone}
          onChange={(v) => form.set('phone', v)}
        />
        <TextField
          {...form.field('email')}
          label={t('field.email')}
          optional
          value={form.values.email}
          onChange={(v) => form.set('email', v)}
        />
        <div>
          <Button type="submit" loading={form.pending}>
            {t('identity.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
