import type { TScheduledFollowUpList } from '@lots/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';

type TItem = TScheduledFollowUpList['items'][number];

const tone: Record<TItem['status'], string> = {
  done: 'success',
  due: 'info',
  overdue: 'warning',
  upcoming: 'neutral',
  no_consent: 'neutral',
};

/** Follow-ups at +6 and +12 months after closure; no consent → listed, not to be contacted. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const programme = selected?.key ?? '';
  const query = useQuery({
    queryKey: ['follow-ups', programme],
    queryFn: () => api.listFollowUps(programme),
    enabled: !!selected?.personalData,
  });
  const heading = <PageHeading title={t('followUps.title')}>{t('followUps.title')}</PageHeading>;
  if (selected && !selected.personalData)
    return (
      <>
        {heading}
        <NoPersonalDataAccess programme={selected} />
      </>
    );
  let body;
  if (query.isPending) body = <PageLoader label={t('app.loading')} />;
  else if (query.isError)
    body =
      isApiError(query.error, 403) && selected ? (
        <NoPersonalDataAccess programme={selected} />
      ) : (
        <Notice tone="error" title={t('app.genericError')} />
      );
  else if (query.data.items.length === 0) body = <Notice title={t('followUps.empty')} />;
  else {
    // Overdue and due first, then by date: what needs doing now is at the top.
    const rank = { overdue: 0, due: 1, upcoming: 2, no_consent: 3, done: 4 } as const;
    const items = [...query.data.items].sort(
      (a, b) =>
        rank[a.status] - rank[b.status] ||
        // Done ones newest first; the rest soonest first.
        (a.status === 'done'
          ? b.dueDate.localeCompare(a.dueDate)
          : a.dueDate.localeCompare(b.dueDate)),
    );
    const withNames = items.some((i) => i.name !== null);
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table className="lots-table" withTableBorder highlightOnHover bg="white">
          <Table.Caption>{t('followUps.caption', { count: items.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('followUps.column.caseNumber')}</Table.Th>
              {withNames && <Table.Th scope="col">{t('followUps.column.name')}</Table.Th>}
              <Table.Th scope="col">{t('followUps.column.closedAt')}</Table.Th>
              <Table.Th scope="col">{t('followUps.column.months')}</Table.Th>
              <Table.Th scope="col">{t('followUps.column.dueDate')}</Table.Th>
              <Table.Th scope="col">{t('followUps.column.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={`${f.enrolmentId}-${f.months}`}>
                <Table.Th scope="row">
                  <Anchor
                    component={Link}
                    to={programmeHref(`/deltagare/${f.enrolmentId}`, programme)}
                  >
                    {f.caseNumber}
                  </Anchor>
                </Table.Th>
                {withNames && <Table.Td>{f.name ?? ''}</Table.Td>}
                <Table.Td>{formatDate(f.closedAt)}</Table.Td>
                <Table.Td>{t('followUps.months', { months: f.months })}</Table.Td>
                <Table.Td>{formatDate(f.dueDate)}</Table.Td>
                <Table.Td>
                  <span className={`lots-tag lots-tag--${tone[f.status]}`}>
                    {t(`followUps.status.${f.status}`, { date: formatDate(f.doneOn) })}
                  </span>
                  {(f.status === 'due' || f.status === 'overdue') && (
                    <>
                      {' '}
                      <Anchor
                        component={Link}
                        size="sm"
                        to={programmeHref(`/deltagare/${f.enrolmentId}`, programme, {
                          action: 'follow-up',
                          months: String(f.months),
                        })}
                      >
                        {t('followUps.record')}
                        <span className="lots-visually-hidden">
                          {' '}
                          {f.caseNumber} {t('followUps.months', { months: f.months })}
                        </span>
                      </Anchor>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  return (
    <>
      {heading}
      <Text c="dimmed" mt={-8} mb="lg">
        {t('followUps.intro')}
      </Text>
      {body}
    </>
  );
}
