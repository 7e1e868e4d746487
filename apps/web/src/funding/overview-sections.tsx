import type { TProgrammeAccess } from '@lots/contracts';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatDate, formatMoney, formatNumber } from '../format.ts';
import { first, number, parseNumber, required, todayIso } from '../forms/checks.ts';
import { TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { fundingKeys, useInvalidate } from '../socio/socio-queries.ts';
import { ScrollTable } from '../socio/scroll-table.tsx';

type TProps = { programme: TProgrammeAccess; year: number; staff: boolean };

/** Actual spend per year, and (staff) the spend of the year shown. */
export function SpendSection({ programme, year, staff }: TProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const query = useQuery({
    queryKey: fundingKeys.spend(programme.key),
    queryFn: () => api.listSpend({ programme: programme.key }),
  });
  const form = useForm({
    id: 'funding-spend',
    initial: { amount: '' },
    labels: { amount: t('funding.spend.set') },
    validate: (v) => ({
      amount: first(required(v.amount), number(v.amount, { integer: true, min: 0 })),
    }),
    submit: (v) =>
      api.setSpend({ programme: programme.key, year, amount: parseNumber(v.amount) ?? 0 }),
    onSuccess: () => void invalidate(),
  });
  return (
    <section aria-labelledby="funding-spend">
      <Title order={2} id="funding-spend" mb="sm">
        {t('funding.spend.title')}
      </Title>
      <Stack gap="md">
        {query.isPending ? (
          <PageLoader label={t('app.loading')} />
        ) : query.isError ? (
          <Notice tone="error" title={t('funding.loadError')} />
        ) : query.data.items.length === 0 ? (
          <Text>{t('funding.spend.empty')}</Text>
        ) : (
          <Table className="lots-table" withTableBorder bg="white" maw={420}>
            <Table.Caption>{t('funding.spend.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.year')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funding.spend.amount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((s) => (
                <Table.Tr key={s.year}>
                  <Table.Th scope="row">{s.year}</Table.Th>
                  <Table.Td ta="right">{formatMoney(s.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {staff && (
          <form noValidate onSubmit={form.onSubmit}>
            {form.summary}
            {form.succeeded && (
              <Text role="status" fw={600} mb="sm">
                {t('funding.spend.saved', { year })}
              </Text>
            )}
            <Group align="flex-end">
              <TextField
                {...form.field('amount')}
                kind="integer"
                label={`${t('funding.spend.set')} (${year})`}
                value={form.values.amount}
                onChange={(v) => form.set('amount', v)}
              />
              <Button type="submit" loading={form.pending}>
                {t('funding.spend.submit')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </section>
  );
}

/** What report is due to which funder when, and whether it was sent. */
export function CalendarSection({ programme, staff }: Omit<TProps, 'year'>) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const query = useQuery({
    queryKey: fundingKeys.calendar(programme.key),
    queryFn: () =>
      api.getReportingCalendar({
        programme: programme.key,
        from: '1990-01-01',
        includeSent: 'true',
      }),
  });
  const mark = useMutation({
    mutationFn: (v: { id: string; index: number }) =>
      api.markReportSent(v.id, { index: v.index, sentAt: todayIso() }),
    onSuccess: () => void invalidate(),
  });
  return (
    <section aria-labelledby="funding-calendar">
      <Title order={2} id="funding-calendar" mb="sm">
        {t('funding.calendar.title')}
      </Title>
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice tone="error" title={t('funding.loadError')} />
      ) : query.data.items.length === 0 ? (
        <Text>{t('funding.calendar.empty')}</Text>
      ) : (
        <ScrollTable label={t('funding.calendar.caption')} minWidth={720}>
          <Table className="lots-table" withTableBorder bg="white">
            <Table.Caption>{t('funding.calendar.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.calendar.due')}</Table.Th>
                <Table.Th scope="col">{t('funding.calendar.report')}</Table.Th>
                <Table.Th scope="col">{t('funding.calendar.funder')}</Table.Th>
                <Table.Th scope="col">{t('funding.year')}</Table.Th>
                <Table.Th scope="col">{t('funding.calendar.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((r) => (
                <Table.Tr key={`${r.decisionId}:${r.index}`}>
                  <Table.Th scope="row">{formatDate(r.due)}</Table.Th>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td>{r.funder}</Table.Td>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td>
                    {r.sentAt ? (
                      <span className="lots-tag lots-tag--success">
                        {t('funding.calendar.sent', { date: formatDate(r.sentAt) })}
                      </span>
                    ) : (
                      <Group gap="xs">
                        <span className={`lots-tag lots-tag--${r.overdue ? 'warning' : 'info'}`}>
                          {r.overdue
                            ? t('funding.calendar.overdue')
                            : t('funding.calendar.upcoming')}
                        </span>
                        {staff && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('funding.calendar.markSent', { label: r.label })}
                            loading={mark.isPending}
                            onClick={() => mark.mutate({ id: r.decisionId, index: r.index })}
                          >
                            {t('funding.calendar.markSentShort')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

/** Cost per enrolment, per participant-year and per person in work, for the year. */
export function CostsSection({ programme, year }: Omit<TProps, 'staff'>) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: fundingKeys.costs(programme.key, year),
    queryFn: () => api.getCostMetrics({ programme: programme.key, year }),
  });
  const count = (v: number | string) => (typeof v === 'number' ? formatNumber(v) : v);
  return (
    <section aria-labelledby="funding-costs">
      <Title order={2} id="funding-costs" mb="sm">
        {t('funding.costs.title')} {year}
      </Title>
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice tone="error" title={t('funding.loadError')} />
      ) : (
        <>
          <DescriptionList
            items={[
              { term: t('funding.costs.cost'), value: formatMoney(query.data.cost) },
              {
                term: t('funding.costs.costSource'),
                value: t(`funding.costs.source.${query.data.costSource}`),
              },
              { term: t('funding.costs.enrolments'), value: count(query.data.enrolments) },
              {
                term: t('funding.costs.participantYears'),
                value: formatNumber(query.data.participantYears, 1),
              },
              { term: t('funding.costs.outcomes'), value: count(query.data.outcomes) },
              {
                term: t('funding.costs.perEnrolment'),
                value: formatMoney(query.data.perEnrolment),
              },
              {
                term: t('funding.costs.perParticipantYear'),
                value: formatMoney(query.data.perParticipantYear),
              },
              { term: t('funding.costs.perOutcome'), value: formatMoney(query.data.perOutcome) },
            ]}
          />
          {(typeof query.data.enrolments === 'string' ||
            typeof query.data.outcomes === 'string') && (
            <Text mt="sm">{t('funding.costs.suppressed')}</Text>
          )}
        </>
      )}
    </section>
  );
}
