import type { TCreateEmployerRequest } from '@lots/contracts';
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { employersKey } from '../case-work/employer-picker.tsx';
import { sniLetters } from '../case-work/event-specs.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { first, maxLength, optionalText, orgNumber, required } from '../forms/checks.ts';
import { SelectField, TextField, useEnumOptions } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

const employerTypes = Object.keys(sv.employerType) as NonNullable<TCreateEmployerRequest['type']>[];
type TSni = NonNullable<TCreateEmployerRequest['industry']>;

/** The association's employer register: search, list, register. */
export function EmployersPage() {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const programme = selected?.key ?? '';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = useQuery({
    queryKey: [...employersKey(programme), q],
    queryFn: () => api.listEmployers({ programme, ...(q ? { q } : {}) }),
    enabled: programme !== '',
  });

  return (
    <>
      <PageHeading title={t('employers.title')}>{t('employers.title')}</PageHeading>
      <Text c="dimmed" mt={-8} mb="lg">
        {t('employers.intro')}
      </Text>
      <Stack gap="xl">
        <Paper component="section" withBorder p="lg" aria-labelledby="employer-list-title">
          <Title order={2} mb="md" id="employer-list-title">
            {t('employers.title')}
          </Title>
          <TextInput
            id="employer-search"
            type="search"
            label={t('employers.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maw={420}
            mb="md"
          />
          {query.isPending ? (
            <PageLoader label={t('app.loading')} />
          ) : query.isError ? (
            <Notice tone="error" title={t('app.genericError')} />
          ) : query.data.items.length === 0 ? (
            <Text role="status">{t('employers.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table className="lots-table" withTableBorder highlightOnHover bg="white">
                <Table.Caption role="status">
                  {t('employers.caption', { count: query.data.items.length })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['name', 'orgNumber', 'industry', 'type'] as const).map((c) => (
                      <Table.Th scope="col" key={c}>
                        {t(`employers.column.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Th scope="row">
                        <Anchor
                          component={Link}
                          to={programmeHref(`/arbetsgivare/${e.id}`, programme)}
                        >
                          {e.name}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{e.orgNumber ?? ''}</Table.Td>
                      <Table.Td>{e.industry ?? ''}</Table.Td>
                      <Table.Td>{e.type ? enumLabel(t, 'employerType', e.type) : ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <RegisterEmployer programme={programme} />
      </Stack>
    </>
  );
}

function RegisterEmployer({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const typeOptions = useEnumOptions('employerType', employerTypes);
  const form = useForm({
    id: 'employer',
    initial: { name: '', orgNumber: '', industry: '', type: '' },
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
      return api.createEmployer(programme, {
        name: v.name.trim(),
        ...(org ? { orgNumber: org } : {}),
        ...(industry ? { industry } : {}),
        ...(type ? { type } : {}),
      });
    },
    onSuccess: (employer) => {
      setMessage(t('employers.created', { name: employer.name }));
      void queryClient.invalidateQueries({ queryKey: employersKey(programme) });
      form.reset();
    },
  });
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="register-employer-title">
      <Title order={2} mb="md" id="register-employer-title">
        {t('employers.register')}
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
              {t('employers.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
