import type { TParticipantListItem, TProgrammeAccess } from '@lots/contracts';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { PhaseTag } from '../components/status-tag.tsx';
import { MISSING, formatDate, formatNumber } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';
import { participantsQuery } from './participants-query.ts';
import type { TStatusFilter } from './participants-query.ts';

type TProps = { programme: TProgrammeAccess; status: TStatusFilter };

type TDateColumn = 'referralDate' | 'enrolledAt' | 'closedAt';

/** The date columns that tell something for the status shown. */
function dateColumns(status: TStatusFilter): TDateColumn[] {
  switch (status) {
    case 'waiting':
      return ['referralDate'];
    case 'open':
      return ['enrolledAt'];
    case 'closed':
    case 'all':
      return ['enrolledAt', 'closedAt'];
  }
}

export function ParticipantsTable({ programme, status }: TProps) {
  const { t } = useTranslation();
  const query = useInfiniteQuery(participantsQuery(programme.key, status));
  const tableRef = useRef<HTMLTableElement>(null);
  /** Row count before "Visa fler", so focus can go to the first new row. */
  const focusRowAfterLoad = useRef<number | null>(null);

  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages.at(-1)?.total ?? 0;

  useEffect(() => {
    const index = focusRowAfterLoad.current;
    if (index === null || query.isFetchingNextPage) return;
    focusRowAfterLoad.current = null;
    tableRef.current?.querySelectorAll<HTMLAnchorElement>('tbody th a')[index]?.focus();
  }, [rows.length, query.isFetchingNextPage]);

  if (query.isPending) return <PageLoader label={t('participants.loading')} />;
  if (query.isError) {
    // The programme list says in advance who has personal-data access; a 403 still
    // gets a plain explanation rather than an error.
    if (isApiError(query.error, 403)) return <NoPersonalDataAccess programme={programme} />;
    return (
      <Notice tone="error" title={t('app.genericError')}>
        <Button variant="default" mt="xs" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </Notice>
    );
  }

  const statusLabel = t(`statusFilter.${status}`);
  const countText = t('participants.countShown', {
    count: total,
    shown: formatNumber(rows.length),
    total: formatNumber(total),
  });

  if (rows.length === 0) {
    return (
      <Notice title={t('participants.emptyTitle')}>
        {t('participants.empty')} {status !== 'all' && t('participants.emptyHint')}
      </Notice>
    );
  }

  const withNames = rows.some((r) => r.name !== null);
  const dates = dateColumns(status);

  function showMore() {
    focusRowAfterLoad.current = rows.length;
    void query.fetchNextPage();
  }

  return (
    <>
      <Text role="status" mb="xs">
        {countText}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table ref={tableRef} className="lots-table" highlightOnHover withTableBorder bg="white">
          <Table.Caption>
            {t('participants.caption', { status: statusLabel, programme: programme.name })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('participants.column.caseNumber')}</Table.Th>
              {withNames && <Table.Th scope="col">{t('participants.column.name')}</Table.Th>}
              <Table.Th scope="col">{t('participants.column.phase')}</Table.Th>
              <Table.Th scope="col">{t('participants.column.specialist')}</Table.Th>
              {dates.map((d) => (
                <Table.Th scope="col" key={d}>
                  {t(`participants.column.${d}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <ParticipantRow
                key={row.id}
                row={row}
                programmeKey={programme.key}
                withName={withNames}
                dates={dates}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.hasNextPage && (
        <Button variant="default" mt="md" onClick={showMore} loading={query.isFetchingNextPage}>
          {t('participants.showMore')}
        </Button>
      )}
    </>
  );
}

type TRowProps = {
  row: TParticipantListItem;
  programmeKey: string;
  withName: boolean;
  dates: readonly TDateColumn[];
};

function ParticipantRow({ row, programmeKey, withName, dates }: TRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={programmeHref(`/deltagare/${row.id}`, programmeKey)}>
          {row.caseNumber}
        </Anchor>
      </Table.Th>
      {withName && <Table.Td>{row.name ?? MISSING}</Table.Td>}
      <Table.Td>
        <PhaseTag phase={row.phase} />
      </Table.Td>
      <Table.Td>{row.specialist?.name ?? t('participants.unassigned')}</Table.Td>
      {dates.map((d) => (
        <Table.Td key={d}>{formatDate(row[d])}</Table.Td>
      ))}
    </Table.Tr>
  );
}
