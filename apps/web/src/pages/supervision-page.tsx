import type { TCaseload } from '@lots/contracts';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { invalidateCase } from '../case-work/case-queries.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatDate, formatNumber } from '../format.ts';
import { chosen } from '../forms/checks.ts';
import { SelectField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { useProgramme } from '../programme/use-programme.ts';
import { QueueSection } from './supervision-queue.tsx';

/** "Arbetsledning": caseload per specialist (FTE-weighted), the queue, reassignment. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const heading = (
    <PageHeading title={t('supervision.title')}>{t('supervision.title')}</PageHeading>
  );
  if (!selected?.personalData || !selected.roles.includes('supervisor'))
    return (
      <>
        {heading}
        <Notice title={t('supervision.supervisorOnly')} />
      </>
    );
  return (
    <>
      {heading}
      <Text c="dimmed" mt={-8} mb="lg">
        {selected.name} · {selected.associationName}
      </Text>
      <Stack gap="xl">
        <CaseloadSection programme={selected.key} />
        <QueueSection programme={selected.key} />
        <ReassignSection programme={selected.key} />
      </Stack>
    </>
  );
}

function CaseloadSection({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['caseload', programme],
    queryFn: () => api.getCaseload({ programme }),
  });
  let body;
  if (query.isPending) body = <PageLoader label={t('app.loading')} />;
  else if (query.isError) body = <Notice tone="error" title={t('app.genericError')} />;
  else body = <CaseloadTable data={query.data} />;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="caseload-title">
      <Title order={2} mb="md" id="caseload-title">
        {t('supervision.caseload')}
      </Title>
      {body}
    </Paper>
  );
}

const fte = (value: number) => formatNumber(value, 2);
const weighted = (value: number | null) => formatNumber(value, 1);

function CaseloadTable({ data }: { data: TCaseload }) {
  const { t } = useTranslation();
  const status = (over: boolean) => (
    <span className={`lots-tag lots-tag--${over ? 'warning' : 'success'}`}>
      {over ? t('supervision.overTarget') : t('supervision.withinTarget')}
    </span>
  );
  const max = Math.max(data.target * 1.5, ...data.rows.map((r) => r.weighted ?? 0));
  return (
    <>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Table.ScrollContainer minWidth={520}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>
              {t('supervision.caseloadCaption', {
                date: formatDate(data.date),
                target: data.target,
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {(['specialist', 'fte', 'active', 'weighted', 'status'] as const).map((c) => (
                  <Table.Th
                    scope="col"
                    key={c}
                    ta={c === 'specialist' || c === 'status' ? 'left' : 'right'}
                  >
                    {t(`supervision.column.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.specialist.id}>
                  <Table.Th scope="row">{r.specialist.name}</Table.Th>
                  <Table.Td ta="right">{fte(r.fte)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.active)}</Table.Td>
                  <Table.Td ta="right">{weighted(r.weighted)}</Table.Td>
                  <Table.Td>{status(r.overTarget)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('supervision.total')}</Table.Th>
                <Table.Td ta="right" fw={700}>
                  {fte(data.totals.fte)}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {formatNumber(data.totals.active)}
                </Table.Td>
                <Table.Td ta="right" fw={700}>
                  {weighted(data.totals.weighted)}
                </Table.Td>
                <Table.Td>{status(data.totals.overTarget)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        {/* The chart repeats the table's "per FTE" column; the table is the accessible source. */}
        <figure style={{ margin: 0 }} aria-hidden="true">
          <figcaption>
            <Text fw={600} mb="xs">
              {t('supervision.chart')}
            </Text>
          </figcaption>
          <div className="lots-bars">
            {data.rows.map((r) => (
              <div className="lots-bars__row" key={r.specialist.id}>
                <span>{r.specialist.name}</span>
                <span className="lots-bars__track">
                  <span
                    className={`lots-bars__bar${r.overTarget ? ' lots-bars__bar--over' : ''}`}
                    style={{ display: 'block', width: `${((r.weighted ?? 0) / max) * 100}%` }}
                  />
                  <span
                    className="lots-bars__target"
                    style={{ left: `${(data.target / max) * 100}%` }}
                  />
                </span>
                <span>{weighted(r.weighted)}</span>
              </div>
            ))}
          </div>
          <Text size="sm" c="dimmed" mt="xs">
            {t('supervision.chartLegend', { target: data.target })}
          </Text>
        </figure>
      </SimpleGrid>
      {data.totals.unassigned > 0 && (
        <Text mt="md">{t('supervision.unassigned', { count: data.totals.unassigned })}</Text>
      )}
    </>
  );
}

function ReassignSection({ programme }: { programme: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const participants = useQuery({
    queryKey: ['participants', programme, 'enrolled', 'reassign'],
    queryFn: () => api.listParticipants({ programme, status: 'enrolled', limit: 500 }),
  });
  const specialists = useQuery({
    queryKey: ['specialists', programme],
    queryFn: () => api.listSpecialists(programme),
  });
  const form = useForm({
    id: 'reassign',
    initial: { participant: '', specialist: '' },
    labels: {
      participant: t('supervision.participant'),
      specialist: t('supervision.newSpecialist'),
    },
    validate: (v) => ({ participant: chosen(v.participant), specialist: chosen(v.specialist) }),
    submit: (v) => api.assignSpecialist(v.participant, { specialist: v.specialist }),
    onSuccess: (result) => {
      const p = participants.data?.items.find((x) => x.id === result.enrolmentId);
      setMessage(
        t('supervision.reassigned', {
          caseNumber: p?.caseNumber ?? '',
          name: result.specialist.name,
          previous: result.previous?.name ?? t('participants.unassigned'),
        }),
      );
      void invalidateCase(queryClient, result.enrolmentId);
      form.reset();
    },
  });
  const chosenP = participants.data?.items.find((x) => x.id === form.values.participant);
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="reassign-title">
      <Title order={2} mb="md" id="reassign-title">
        {t('supervision.reassignTitle')}
      </Title>
      {message && <Notice title={message} />}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Group align="flex-end" gap="md">
          <SelectField
            {...form.field('participant')}
            label={t('supervision.participant')}
            value={form.values.participant}
            onChange={(v) => form.set('participant', v)}
            options={(participants.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.caseNumber}${p.name ? ` – ${p.name}` : ''} (${p.specialist?.name ?? t('participants.unassigned')})`,
            }))}
          />
          <SelectField
            {...form.field('specialist')}
            label={t('supervision.newSpecialist')}
            value={form.values.specialist}
            onChange={(v) => form.set('specialist', v)}
            options={(specialists.data?.items ?? [])
              .filter((s) => s.active && s.id !== chosenP?.specialist?.id)
              .map((s) => ({ value: s.id, label: s.name }))}
          />
          <Button type="submit" loading={form.pending}>
            {t('supervision.reassignSubmit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
