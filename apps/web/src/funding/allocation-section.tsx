import { allocationKeyKinds, type TAllocationOut, type TProgrammeAccess } from '@lots/contracts';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { chosen, first, number, parseNumber, required } from '../forms/checks.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { fieldProblem } from '../socio/local-error.ts';
import { fundingKeys, useInvalidate } from '../socio/socio-queries.ts';
import { parseSemicolonLines } from './funding-year.ts';
import { ScrollTable } from '../socio/scroll-table.tsx';

/** One allocation: every part's exact quota and its whole-kronor amount, summing to the total. */
function AllocationTable({ allocation }: { allocation: TAllocationOut }) {
  const { t } = useTranslation();
  const sum = allocation.allocations.reduce((s, a) => s + a.amount, 0);
  return (
    <ScrollTable label={t('funding.allocation.title')} minWidth={560}>
      <Table className="lots-table" withTableBorder bg="white">
        <Table.Caption>
          {t('funding.allocation.caption', {
            year: allocation.year,
            total: formatMoney(allocation.total),
            key: t(`funding.allocation.keyKind.${allocation.keyKind}`),
          })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funding.allocation.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.allocation.weight')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.allocation.quota')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.allocation.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {allocation.allocations.map((a) => (
            <Table.Tr key={a.name}>
              <Table.Th scope="row">
                {a.name}
                {a.programme ? ` (${a.programme})` : ''}
              </Table.Th>
              <Table.Td ta="right">{formatNumber(a.weight, 2)}</Table.Td>
              <Table.Td ta="right">{formatNumber(a.quota, 2)}</Table.Td>
              <Table.Td ta="right">{formatMoney(a.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className="lots-socio-total">
            <Table.Th scope="row">{t('funding.allocation.sum')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="right">{formatMoney(sum)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {sum === allocation.total && <Text size="sm">{t('funding.allocation.sumCheck')}</Text>}
    </ScrollTable>
  );
}

/** Budget allocations over sub-programmes by a key (largest remainder), and a new one. */
export function AllocationSection({
  programme,
  staff,
}: {
  programme: TProgrammeAccess;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const query = useQuery({
    queryKey: fundingKeys.allocations(programme.key),
    queryFn: () => api.listBudgetAllocations(programme.key),
  });
  const form = useForm({
    id: 'funding-allocation',
    initial: { year: String(new Date().getFullYear()), total: '', keyKind: '', lines: '' },
    labels: {
      year: t('funding.year'),
      total: t('funding.allocation.total'),
      keyKind: t('funding.allocation.key'),
      lines: t('funding.allocation.lines'),
    },
    validate: (v) => ({
      year: first(required(v.year), number(v.year, { integer: true, min: 1990, max: 2100 })),
      total: first(required(v.total), number(v.total, { integer: true, min: 0 })),
      keyKind: chosen(v.keyKind),
      lines: required(v.lines),
    }),
    submit: (v) => {
      const equal = v.keyKind === 'equal';
      const key = parseSemicolonLines(v.lines).map(([name = '', weight = '', sub = '']) => {
        const w = parseNumber(weight);
        if (name === '' || (!equal && w === null))
          throw fieldProblem('lines', t('funding.allocation.linesInvalid'));
        return { name, ...(w === null ? {} : { weight: w }), ...(sub ? { programme: sub } : {}) };
      });
      return api.createBudgetAllocation({
        programme: programme.key,
        year: parseNumber(v.year) ?? 0,
        total: parseNumber(v.total) ?? 0,
        keyKind: allocationKeyKinds.find((k) => k === v.keyKind) ?? 'equal',
        key,
      });
    },
    onSuccess: () => void invalidate(),
  });
  return (
    <section aria-labelledby="funding-allocation">
      <Title order={2} id="funding-allocation" mb="sm">
        {t('funding.allocation.title')}
      </Title>
      <Text mb="md">{t('funding.allocation.intro')}</Text>
      <Stack gap="lg">
        {query.isPending ? (
          <PageLoader label={t('app.loading')} />
        ) : query.isError ? (
          <Notice tone="error" title={t('funding.loadError')} />
        ) : query.data.items.length === 0 ? (
          <Text>{t('funding.allocation.empty')}</Text>
        ) : (
          query.data.items.map((a) => <AllocationTable key={a.id} allocation={a} />)
        )}
        {staff && (
          <Paper withBorder p="lg">
            <Title order={3} fz="lg" mb="sm">
              {t('funding.allocation.form')}
            </Title>
            <form noValidate onSubmit={form.onSubmit}>
              {form.summary}
              <Stack gap="md" maw={640}>
                <Group align="flex-start">
                  <TextField
                    {...form.field('year')}
                    kind="integer"
                    width={120}
                    label={t('funding.year')}
                    value={form.values.year}
                    onChange={(v) => form.set('year', v)}
                  />
                  <TextField
                    {...form.field('total')}
                    kind="integer"
                    label={t('funding.allocation.total')}
                    value={form.values.total}
                    onChange={(v) => form.set('total', v)}
                  />
                </Group>
                <SelectField
                  {...form.field('keyKind')}
                  label={t('funding.allocation.key')}
                  options={allocationKeyKinds.map((k) => ({
                    value: k,
                    label: t(`funding.allocation.keyKind.${k}`),
                  }))}
                  value={form.values.keyKind}
                  onChange={(v) => form.set('keyKind', v)}
                />
                <TextAreaField
                  {...form.field('lines')}
                  label={t('funding.allocation.lines')}
                  hint={t('funding.allocation.linesHint')}
                  value={form.values.lines}
                  onChange={(v) => form.set('lines', v)}
                />
                <Group>
                  <Button type="submit" loading={form.pending}>
                    {t('funding.allocation.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
    </section>
  );
}
