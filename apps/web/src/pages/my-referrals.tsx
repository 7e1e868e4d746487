import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { PhaseTag } from '../components/status-tag.tsx';
import { formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';

type TProps = { programmeKey: string; specialist: string };

/**
 * "Remisser och kö" on the specialist's workspace: referrals that wait for an intake
 * decision or for enrolment. A specialist registers referrals of their own, and the
 * workspace list holds only enrolled participants, so these would otherwise be
 * reachable only through the participant list.
 */
export function MyReferrals({ programmeKey, specialist }: TProps) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['participants', programmeKey, 'waiting', 'workspace'],
    queryFn: () => api.listParticipants({ programme: programmeKey, status: 'waiting', limit: 200 }),
  });
  const items = (query.data?.items ?? []).filter(
    (p) => !specialist || p.specialist?.id === specialist,
  );
  if (items.length === 0) return null;
  const withNames = items.some((i) => i.name !== null);
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="my-referrals">
      <Title order={2} fz="lg" id="my-referrals" mb="xs">
        {t('my.referralsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('my.referralsIntro')}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('my.referralsCaption', { count: items.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('my.column.caseNumber')}</Table.Th>
              {withNames && <Table.Th scope="col">{t('my.column.name')}</Table.Th>}
              <Table.Th scope="col">{t('my.column.status')}</Table.Th>
              <Table.Th scope="col">{t('my.column.referralDate')}</Table.Th>
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
                <Table.Td>{formatDate(p.referralDate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
