import { Anchor, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { employersKey } from '../case-work/employer-picker.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { EmployerForm } from './employer-form.tsx';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';
import { useProgramme } from '../programme/use-programme.ts';

/**
 * The association's employer register: search, list, register. The register is not
 * personal data, so analysts and funders see the list, but not the form.
 */
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
        {/* Registering is for specialists and supervisors (the server refuses others). */}
        {selected && !selected.personalData ? (
          <NoPersonalDataAccess programme={selected} />
        ) : (
          <EmployerForm programme={programme} />
        )}
      </Stack>
    </>
  );
}
