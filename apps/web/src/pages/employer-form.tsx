import type { TCreateEmployerRequest, TEmployerOut } from '@lots/contracts';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { employersKey } from '../case-work/employer-picker.tsx';
import { sniLetters } from '../case-work/event-specs.ts';
import { Notice } from '../components/notice.tsx';
import { first, maxLength, optionalText, orgNumber, required } from '../forms/checks.ts';
import { SelectField, TextField, useEnumOptions } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';

const employerTypes = Object.keys(sv.employerType) as NonNullable<TCreateEmployerRequest['type']>[];
type TSni = NonNullable<TCreateEmployerRequest['industry']>;

/**
 * Registers an employer in the programme's association register, or (with `employer`)
 * changes one: name, organisation number, industry and sector. An emptied optional
 * field is cleared.
 */
export function EmployerForm({
  programme,
  employer,
}: {
  programme: string;
  employer?: TEmployerOut;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const typeOptions = useEnumOptions('employerType', employerTypes);
  const editing = employer !== undefined;
  const titleId = editing ? 'edit-employer-title' : 'register-employer-title';
  const form = useForm({
    id: editing ? 'employer-edit' : 'employer',
    initial: {
      name: employer?.name ?? '',
      orgNumber: employer?.orgNumber ?? '',
      industry: employer?.industry ?? '',
      type: employer?.type ?? '',
    },
    labels: {
      name: t('employers.name'),
      orgNumber: t('employers.orgNumber'),
      industry: t('employers.industry'),
      type: t('employers.type'),
    },
    live: ['orgNumber'],
    validate: (v) => ({
      name: first(required(v.name), maxLength(v.name, 200)),
      orgNumber:
        v.orgNumber.trim().length >= 11 || v.orgNumber === '' ? orgNumber(v.orgNumber) : null,
    }),
    submit: (v) => {
      const org = optionalText(v.orgNumber);
      const industry = sniLetters.find((l) => l === v.industry) as TSni | undefined;
      const type = employerTypes.find((x) => x === v.type);
      if (employer) {
        return api.updateEmployer(employer.id, {
          name: v.name.trim(),
          orgNumber: org ?? null,
          industry: industry ?? null,
          type: type ?? null,
        });
      }
      return api.createEmployer(programme, {
        name: v.name.trim(),
        ...(org ? { orgNumber: org } : {}),
        ...(industry ? { industry } : {}),
        ...(type ? { type } : {}),
      });
    },
    onSuccess: (saved) => {
      setMessage(t(editing ? 'employers.saved' : 'employers.created', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: employersKey(programme) });
      if (editing) void queryClient.invalidateQueries({ queryKey: ['employer', saved.id] });
      else form.reset();
    },
  });
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={titleId}>
      <Title order={2} mb="md" id={titleId}>
        {t(editing ? 'employers.edit' : 'employers.register')}
      </Title>
      {message && <Notice title={message} />}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={520}>
          <TextField
            {...form.field('name')}
            label={t('employers.name')}
            value={form.values.name}
            onChange={(v) => form.set('name', v)}
          />
          <TextField
            {...form.field('orgNumber')}
            label={t('employers.orgNumber')}
            optional
            hint="NNNNNN-NNNN"
            width={260}
            value={form.values.orgNumber}
            onChange={(v) => form.set('orgNumber', v)}
          />
          <SelectField
            {...form.field('industry')}
            label={t('employers.industry')}
            optional
            value={form.values.industry}
            onChange={(v) => form.set('industry', v)}
            options={sniLetters.map((l) => ({ value: l, label: l }))}
          />
          <SelectField
            {...form.field('type')}
            label={t('employers.type')}
            optional
            value={form.values.type}
            onChange={(v) => form.set('type', v)}
            options={typeOptions}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t(editing ? 'employers.save' : 'employers.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
