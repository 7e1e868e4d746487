import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { IntakeDecisionForm } from '../case-work/intake-decision-form.tsx';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { PhaseTag } from '../components/status-tag.tsx';
import { formatDate } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';

/** The queue by priority then referral date, with intake decisions and "Skriv in". */
export function QueueSection({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ['queue', programme],
    queryFn: () => api.getQueue(programme),
  });

  let body;
  if (query.isPending) body = <PageLoader label={t('app.loading')} />;
  else if (query.isError) body = <Notice tone="error" title={t('app.genericError')} />;
  else if (query.data.items.length === 0) body = <Text>{t('queue.empty')}</Text>;
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table className="lots-table" withTableBorder bg="white">
          <Table.Caption>{t('queue.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {(
                [
                  'order',
                  'caseNumber',
                  'name',
                  'status',
                  'referralDate',
                  'waitingDays',
                  'priority',
                  'actions',
                ] as const
              ).map((c) => (
                <Table.Th scope="col" key={c}>
                  {t(`queue.column.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((e, i) => (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={programmeHref(`/deltagare/${e.id}`, programme)}>
                      {e.caseNumber}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{e.name ?? ''}</Table.Td>
                  <Table.Td>
                    <PhaseTag phase={e.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(e.referralDate)}</Table.Td>
                  <Table.Td>{t('queue.days', { count: e.waitingDays })}</Table.Td>
                  <Table.Td>
                    {e.priority} ({t(`queue.prioritySource.${e.prioritySource}`)})
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant={deciding === e.id ? 'filled' : 'default'}
                        aria-expanded={deciding === e.id}
                        onClick={() => setDeciding(deciding === e.id ? null : e.id)}
                      >
                        {t('queue.decide')}
                        <span className="lots-visually-hidden"> {e.caseNumber}</span>
                      </Button>
                      {e.status === 'waiting' && (
                        <Anchor
                          component={Link}
                          size="sm"
                          to={programmeHref(`/deltagare/${e.id}/inskrivning`, programme)}
                        >
                          {t('queue.enrol')}
                          <span className="lots-visually-hidden"> {e.caseNumber}</span>
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {deciding === e.id && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>
                      <IntakeDecisionForm
                        entry={e}
                        onCancel={() => setDeciding(null)}
                        onDone={() => {
                          setDeciding(null);
                          setMessage(t('queue.done'));
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="queue-title">
      <Title order={2} mb="md" id="queue-title">
        {t('queue.title')}
      </Title>
      {message && <Notice title={message} />}
      {body}
    </Paper>
  );
}
