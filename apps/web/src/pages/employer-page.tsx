import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate, formatPercent } from '../format.ts';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { EmployerForm } from './employer-form.tsx';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';

/** One employer: register data, contact history and the jobs held there. */
export function EmployerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { requestedKey, selected } = useProgramme();
  const query = useQuery({ queryKey: ['employer', id], queryFn: () => api.getEmployer(id) });
  const back = (
    <Anchor
      component={Link}
      to={programmeHref('/arbetsgivare', requestedKey)}
      mb="sm"
      display="inline-block"
    >
      ← {t('employers.back')}
    </Anchor>
  );
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError)
    return (
      <>
        {back}
        <PageHeading title={t('employers.title')}>{t('employers.title')}</PageHeading>
        <Notice
          tone="error"
          title={isApiError(query.error, 404) ? t('forms.notFound') : t('app.genericError')}
        />
      </>
    );
  const e = query.data;
  const caseLink = (enrolmentId: string, caseNumber: string) => (
    <Anchor component={Link} to={programmeHref(`/deltagare/${enrolmentId}`, requestedKey)}>
      {caseNumber}
    </Anchor>
  );
  return (
    <>
      {back}
      <PageHeading title={`${e.name} – ${t('employers.title')}`}>{e.name}</PageHeading>
      <Stack gap="xl">
        <Paper withBorder p="lg">
          <DescriptionList
            items={[
              { term: t('employers.orgNumber'), value: e.orgNumber ?? MISSING },
              { term: t('employers.industry'), value: e.industry ?? MISSING },
              {
                term: t('employers.type'),
                value: e.type ? enumLabel(t, 'employerType', e.type) : MISSING,
              },
            ]}
          />
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="contacts-title">
          <Title order={2} mb="md" id="contacts-title">
            {t('employers.contacts')}
          </Title>
          {e.contacts.length === 0 ? (
            <Text>{t('employers.contactsEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table className="lots-table" withTableBorder bg="white">
                <Table.Caption>{t('employers.contactsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['date', 'caseNumber', 'faceToFace', 'purpose', 'specialist'] as const).map(
                      (c) => (
                        <Table.Th scope="col" key={c}>
                          {t(`employers.column2.${c}`)}
                        </Table.Th>
                      ),
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.contacts.map((c) => (
                    <Table.Tr key={c.eventId}>
                      <Table.Th scope="row">{formatDate(c.date)}</Table.Th>
                      <Table.Td>{caseLink(c.enrolmentId, c.caseNumber)}</Table.Td>
                      <Table.Td>{c.faceToFace ? t('app.yes') : t('app.no')}</Table.Td>
                      <Table.Td>{enumLabel(t, 'employerContactPurpose', c.purpose)}</Table.Td>
                      <Table.Td>{c.specialist?.name ?? MISSING}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="jobs-title">
          <Title order={2} mb="md" id="jobs-title">
            {t('employers.jobs')}
          </Title>
          {e.jobs.length === 0 ? (
            <Text>{t('employers.jobsEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table className="lots-table" withTableBorder bg="white">
                <Table.Caption>{t('employers.jobsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {(['caseNumber', 'start', 'end', 'title', 'extent'] as const).map((c) => (
                      <Table.Th scope="col" key={c}>
                        {t(`employers.column2.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.jobs.map((j) => (
                    <Table.Tr key={`${j.enrolmentId}-${j.start}`}>
                      <Table.Th scope="row">{caseLink(j.enrolmentId, j.caseNumber)}</Table.Th>
                      <Table.Td>{formatDate(j.start)}</Table.Td>
                      <Table.Td>{j.end ? formatDate(j.end) : t('employers.ongoing')}</Table.Td>
                      <Table.Td>{j.title ?? MISSING}</Table.Td>
                      <Table.Td>
                        {j.extentPct === null ? MISSING : formatPercent(j.extentPct / 100, 0)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        {selected && !selected.personalData ? (
          <NoPersonalDataAccess programme={selected} />
        ) : (
          <EmployerForm programme={selected?.key ?? requestedKey ?? ''} employer={e} />
        )}
      </Stack>
    </>
  );
}
