import type { TMyParticipant } from '@lots/contracts';
import { Anchor, Button, List, NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { PhaseTag } from '../components/status-tag.tsx';
import { formatDate } from '../format.ts';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { EmployerContactWeeks } from './employer-contact-weeks.tsx';
import { MyReferrals } from './my-referrals.tsx';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';

const sortKeys = ['caseNumber', 'phase', 'lastContact', 'planReview', 'closure'] as const;
type TSortKey = (typeof sortKeys)[number];

/** The comparison of each sortable column; ties fall back to the case number. */
const compare: Record<TSortKey, (a: TMyParticipant, b: TMyParticipant) => number> = {
  caseNumber: (a, b) => a.caseNumber.localeCompare(b.caseNumber, 'sv'),
  phase: (a, b) => a.phase.localeCompare(b.phase),
  // Longest since contact first; never contacted before everyone.
  lastContact: (a, b) => (b.lastContact?.days ?? Infinity) - (a.lastContact?.days ?? Infinity),
  planReview: (a, b) => a.planReview.dueOn.localeCompare(b.planReview.dueOn),
  closure: (a, b) =>
    Number(b.closureProposal?.proposed ?? false) - Number(a.closureProposal?.proposed ?? false),
};

export function sortParticipants(
  items: readonly TMyParticipant[],
  key: TSortKey,
): TMyParticipant[] {
  return [...items].sort((a, b) => compare[key](a, b) || compare.caseNumber(a, b));
}

export function MyParticipantsPage() {
  const { t } = useTranslation();
  const { selected, requestedKey } = useProgramme();
  const [params, setParams] = useSearchParams();
  const specialist = params.get('specialist') ?? '';
  const sort = sortKeys.find((k) => k === params.get('sort')) ?? 'lastContact';
  const isSupervisor = selected?.roles.includes('supervisor') ?? false;
  const programme = selected?.key;

  const query = useQuery({
    queryKey: ['my-participants', programme, specialist],
    queryFn: () =>
      api.myParticipants({
        ...(programme ? { programme } : {}),
        ...(specialist ? { specialist } : {}),
      }),
    enabled: !!selected?.personalData,
  });
  const specialists = useQuery({
    queryKey: ['specialists', programme],
    queryFn: () => api.listSpecialists(programme ?? ''),
    enabled: isSupervisor && !!programme,
  });

  function setParam(name: string, value: string) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  }

  const heading = <PageHeading title={t('my.title')}>{t('my.title')}</PageHeading>;
  if (!selected)
    return (
      <>
        {heading}
        <Notice title={requestedKey ? t('programme.unknownTitle') : t('programme.noneTitle')}>
          {requestedKey ? t('programme.unknown', { key: requestedKey }) : t('programme.none')}
        </Notice>
      </>
    );
  if (!selected.personalData)
    return (
      <>
        {heading}
        <NoPersonalDataAccess programme={selected} />
      </>
    );

  return (
    <>
      {heading}
      <Text c="dimmed" mt={-8} mb="lg">
        {t('my.intro')}
      </Text>
      {isSupervisor && (
        <NativeSelect
          id="specialist-filter"
          label={t('my.specialistFilter')}
          value={specialist}
          onChange={(e) => setParam('specialist', e.currentTarget.value)}
          data={[
            { value: '', label: t('my.allSpecialists') },
            ...(specialists.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
          maw={320}
          mb="md"
        />
      )}
      {query.isPending ? (
        <PageLoader label={t('my.loading')} />
      ) : query.isError ? (
        isApiError(query.error, 403) ? (
          <NoPersonalDataAccess programme={selected} />
        ) : (
          <Notice tone="error" title={t('app.genericError')}>
            <Button variant="default" mt="xs" onClick={() => void query.refetch()}>
              {t('app.retry')}
            </Button>
          </Notice>
        )
      ) : (
        <>
          <FollowUpsDue data={query.data} programmeKey={selected.key} />
          {/* Supervisors have the queue; they see referrals here for one chosen specialist. */}
          {(!isSupervisor || specialist) && (
            <MyReferrals programmeKey={selected.key} specialist={specialist} />
          )}
          {query.data.items.length === 0 ? (
            <Notice title={t('my.empty')} />
          ) : (
            <MyTable
              items={sortParticipants(query.data.items, sort)}
              sort={sort}
              onSort={(k) => setParam('sort', k)}
              showSpecialist={isSupervisor}
              programmeKey={selected.key}
            />
          )}
          {(specialist || selected.specialistId) && (
            <EmployerContactWeeks specialistId={specialist || (selected.specialistId ?? '')} />
          )}
        </>
      )}
    </>
  );
}

type TTableProps = {
  items: readonly TMyParticipant[];
  sort: TSortKey;
  onSort: (key: TSortKey) => void;
  showSpecialist: boolean;
  programmeKey: string;
};

function MyTable({ items, sort, onSort, showSpecialist, programmeKey }: TTableProps) {
  const { t } = useTranslation();
  const withNames = items.some((i) => i.name !== null);
  const header = (key: TSortKey, label: string) => (
    <Table.Th
      scope="col"
      aria-sort={
        sort === key
          ? key === 'lastContact' || key === 'closure'
            ? 'descending'
            : 'ascending'
          : undefined
      }
    >
      <button type="button" className="lots-sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? ' ▼' : ' ↕'}</span>
      </button>
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table className="lots-table" withTableBorder highlightOnHover bg="white">
        <Table.Caption>{t('my.caption', { count: items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('caseNumber', t('my.column.caseNumber'))}
            {withNames && <Table.Th scope="col">{t('my.column.name')}</Table.Th>}
            {header('phase', t('my.column.phase'))}
            {showSpecialist && <Table.Th scope="col">{t('my.column.specialist')}</Table.Th>}
            {header('lastContact', t('my.column.lastContact'))}
            {header('planReview', t('my.column.planReview'))}
            {header('closure', t('my.column.closure'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={programmeHref(`/deltagare/${p.id}`, programmeKey)}>
                  {p.caseNumber}
                </Anchor>
              </Table.Th>
              {withNames && <Table.Td>{p.name ?? ''}</Table.Td>}
              <Table.Td>
                <PhaseTag phase={p.phase} />
              </Table.Td>
              {showSpecialist && (
                <Table.Td>{p.specialist?.name ?? t('participants.unassigned')}</Table.Td>
              )}
              <Table.Td>
                {p.lastContact ? (
                  <>
                    {t('my.daysAgo', { count: p.lastContact.days })}
                    <Text size="xs" c="dimmed">
                      {formatDate(p.lastContact.date)}
                    </Text>
                  </>
                ) : (
                  t('my.noContact')
                )}
              </Table.Td>
              <Table.Td>
                {p.planReview.overdue && (
                  <span className="lots-tag lots-tag--warning">{t('my.overdue')}</span>
                )}{' '}
                {t('my.dueOn', { date: formatDate(p.planReview.dueOn) })}
              </Table.Td>
              <Table.Td>
                {p.closureProposal?.proposed ? (
                  <>
                    <Text size="sm">
                      {t('my.proposeClosure', {
                        reason: enumLabel(t, 'closureReason', p.closureProposal.reason),
                        date: formatDate(p.closureProposal.since),
                        days: p.closureProposal.days,
                      })}
                    </Text>
                    <Anchor
                      component={Link}
                      size="sm"
                      to={programmeHref(`/deltagare/${p.id}`, programmeKey, { action: 'close' })}
                    >
                      {t('my.closeLink', { caseNumber: p.caseNumber })}
                    </Anchor>
                  </>
                ) : (
                  ''
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FollowUpsDue({
  data,
  programmeKey,
}: {
  data: {
    followUpsDue: {
      enrolmentId: string;
      caseNumber: string;
      months: number;
      closedAt: string;
      dueOn: string;
      name: string | null;
    }[];
  };
  programmeKey: string;
}) {
  const { t } = useTranslation();
  if (data.followUpsDue.length === 0) return null;
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="follow-ups-due">
      <Title order={2} fz="lg" id="follow-ups-due" mb="xs">
        {t('my.followUpsTitle')}{' '}
        <span className="lots-tag lots-tag--warning">
          {t('my.followUpsCount', { count: data.followUpsDue.length })}
        </span>
      </Title>
      <List spacing={4}>
        {data.followUpsDue.map((f) => (
          <List.Item key={`${f.enrolmentId}-${f.months}`}>
            <Anchor
              component={Link}
              to={programmeHref(`/deltagare/${f.enrolmentId}`, programmeKey, {
                action: 'follow-up',
                months: String(f.months),
              })}
            >
              {f.caseNumber}
              {f.name ? ` – ${f.name}` : ''}
            </Anchor>
            {': '}
            {t('my.followUpRow', {
              months: f.months,
              closedAt: formatDate(f.closedAt),
              dueOn: formatDate(f.dueOn),
            })}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
