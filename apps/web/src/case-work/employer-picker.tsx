import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api.ts';
import { orgNumber, required } from '../forms/checks.ts';

type TProps = {
  id: string;
  programme: string;
  label: string;
  optional: boolean;
  value: string;
  error?: string | undefined;
  onBlur: () => void;
  onChange: (employerId: string) => void;
};

export const employersKey = (programme: string) => ['employers', programme] as const;

/**
 * Chooses an employer of the association's register, or registers a new one inline
 * (name and optional organisation number) without leaving the event form.
 */
export function EmployerPicker(p: TProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: employersKey(p.programme),
    queryFn: () => api.listEmployers({ programme: p.programme }),
  });
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () =>
      api.createEmployer(p.programme, {
        name: name.trim(),
        ...(org.trim() ? { orgNumber: org.trim() } : {}),
      }),
    onSuccess: async (employer) => {
      await queryClient.invalidateQueries({ queryKey: employersKey(p.programme) });
      p.onChange(employer.id);
      setCreated(employer.name);
      setAdding(false);
      setName('');
      setOrg('');
      setTried(false);
      document.getElementById(p.id)?.focus();
    },
  });

  const nameLabel = t('field.newEmployerName');
  const orgLabel = t('field.newEmployerOrg');
  const nameProblem = required(name);
  const orgProblem = orgNumber(org);
  const nameError = tried && nameProblem ? t(nameProblem.key, { label: nameLabel }) : undefined;
  const orgError =
    (tried || org.length >= 11) && orgProblem ? t(orgProblem.key, { label: orgLabel }) : undefined;
  const serverError =
    create.error && isApiError(create.error)
      ? (create.error.problem.detail ?? t('app.genericError'))
      : create.error
        ? t('app.genericError')
        : undefined;

  const options = (list.data?.items ?? [])
    .map((e) => ({ value: e.id, label: e.orgNumber ? `${e.name} (${e.orgNumber})` : e.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));

  return (
    <Stack gap={6}>
      <NativeSelect
        id={p.id}
        label={
          <>
            {p.label}
            {p.optional && (
              <Text span c="dimmed" fw={400}>
                {' '}
                {t('forms.optional')}
              </Text>
            )}
          </>
        }
        value={p.value}
        error={p.error}
        onBlur={p.onBlur}
        onChange={(e) => p.onChange(e.currentTarget.value)}
        data={[{ value: '', label: t('forms.choose') }, ...options]}
        maw={420}
      />
      {created && (
        <Text size="sm" role="status">
          {t('field.newEmployerCreated', { name: created })}
        </Text>
      )}
      {!adding ? (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={false}
            onClick={() => setAdding(true)}
          >
            + {t('field.newEmployer')}
          </Button>
        </div>
      ) : (
        <Paper withBorder p="sm" maw={460} role="group" aria-label={t('field.newEmployer')}>
          <Stack gap="xs">
            <TextInput
              id={`${p.id}-new-name`}
              label={nameLabel}
              value={name}
              error={nameError ?? serverError}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
              autoFocus
            />
            <TextInput
              id={`${p.id}-new-org`}
              label={
                <>
                  {orgLabel}{' '}
                  <Text span c="dimmed" fw={400}>
                    {t('forms.optional')}
                  </Text>
                </>
              }
              description="NNNNNN-NNNN"
              value={org}
              error={orgError}
              onChange={(e) => setOrg(e.currentTarget.value)}
              maw={220}
            />
            <Group gap="xs">
              <Button
                size="compact-md"
                loading={create.isPending}
                onClick={() => {
                  setTried(true);
                  if (!nameProblem && !orgProblem) create.mutate();
                }}
              >
                {t('employers.register')}
              </Button>
              <Button variant="default" size="compact-md" onClick={() => setAdding(false)}>
                {t('forms.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
