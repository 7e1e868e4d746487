import {
  ZCreateCostSharingKeyRequest,
  type TCostSharingKeyOut,
  type TProgrammeAccess,
} from '@lots/contracts';
import { Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatMoney } from '../format.ts';
import { chosen, number, parseNumber, required } from '../forms/checks.ts';
import { SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { fieldProblem, readFileText } from '../socio/local-error.ts';
import { fundingKeys, useInvalidate } from '../socio/socio-queries.ts';
import { parseSemicolonLines } from './funding-year.ts';

const municipalKeys = ZCreateCostSharingKeyRequest.shape.municipalKey.options;

function SharingTable({ item }: { item: TCostSharingKeyOut }) {
  const { t } = useTranslation();
  const s = item.shares;
  const caption = t('funding.sharing.caption', {
    name: item.name,
    year: item.year ?? '',
    key: t(`funding.sharing.municipalKeyValue.${item.municipalKey}`),
  });
  if (!s)
    return (
      <Text>
        {caption}: {t('funding.sharing.noTotal')}
      </Text>
    );
  const rows = [
    { name: t('funding.sharing.state'), amount: s.state },
    { name: t('funding.sharing.region'), amount: s.region },
    ...s.municipalities.members.map((m) => ({ name: `– ${m.name}`, amount: m.amount })),
    { name: t('funding.sharing.municipalities'), amount: s.municipalities.total },
  ];
  return (
    <Table className="lots-table" withTableBorder bg="white" maw={560}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('funding.sharing.member')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('funding.sharing.amount')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.name}>
            <Table.Th scope="row">{r.name}</Table.Th>
            <Table.Td ta="right">{formatMoney(r.amount)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr className="lots-socio-total">
          <Table.Th scope="row">{t('funding.allocation.sum')}</Table.Th>
          <Table.Td ta="right">{formatMoney(s.total)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/** The association's Finsam cost-sharing keys with each member's share, and a new key. */
export function SharingSection({
  programme,
  staff,
}: {
  programme: TProgrammeAccess;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const query = useQuery({
    queryKey: fundingKeys.sharing(programme.associationKey),
    queryFn: () => api.listCostSharingKeys(programme.associationKey),
  });
  const form = useForm({
    id: 'funding-sharing',
    initial: { name: '', year: '', municipalKey: '', members: '', total: '' },
    labels: {
      name: t('funding.sharing.name'),
      year: t('funding.year'),
      municipalKey: t('funding.sharing.municipalKey'),
      members: t('funding.sharing.members'),
      total: t('funding.sharing.total'),
    },
    validate: (v) => ({
      name: required(v.name),
      year: number(v.year, { integer: true, min: 1990, max: 2100 }),
      municipalKey: chosen(v.municipalKey),
      members: required(v.members),
      total: number(v.total, { integer: true, min: 0 }),
    }),
    submit: (v) => {
      const members = parseSemicolonLines(v.members).map(([name = '', pop = '', fixed = '']) => {
        const population = pop ? parseNumber(pop) : null;
        const fixedAmount = fixed ? parseNumber(fixed) : null;
        if (name === '' || (pop && population === null) || (fixed && fixedAmount === null))
          throw fieldProblem('members', t('funding.sharing.membersInvalid'));
        return {
          name,
          ...(population === null ? {} : { population }),
          ...(fixedAmount === null ? {} : { fixedAmount }),
        };
      });
      const year = parseNumber(v.year);
      const total = parseNumber(v.total);
      return api.createCostSharingKey({
        association: programme.associationKey,
        name: v.name.trim(),
        municipalKey: municipalKeys.find((k) => k === v.municipalKey) ?? 'equal',
        members,
        ...(year === null ? {} : { year }),
        ...(total === null ? {} : { total }),
      });
    },
    onSuccess: () => void invalidate(),
  });
  return (
    <section aria-labelledby="funding-sharing">
      <Title order={2} id="funding-sharing" mb="sm">
        {t('funding.sharing.title')}
      </Title>
      <Text mb="md">{t('funding.sharing.intro')}</Text>
      <Stack gap="lg">
        {query.isPending ? (
          <PageLoader label={t('app.loading')} />
        ) : query.isError ? (
          <Notice tone="error" title={t('funding.loadError')} />
        ) : query.data.items.length === 0 ? (
          <Text>{t('funding.sharing.empty')}</Text>
        ) : (
          query.data.items.map((k) => <SharingTable key={k.id} item={k} />)
        )}
        {staff && (
          <Paper withBorder p="lg">
            <Title order={3} fz="lg" mb="sm">
              {t('funding.sharing.form')}
            </Title>
            <form noValidate onSubmit={form.onSubmit}>
              {form.summary}
              <Stack gap="md" maw={640}>
                <TextField
                  {...form.field('name')}
                  label={t('funding.sharing.name')}
                  value={form.values.name}
                  onChange={(v) => form.set('name', v)}
                />
                <Group align="flex-start">
                  <TextField
                    {...form.field('year')}
                    kind="integer"
                    optional
                    width={120}
                    label={t('funding.year')}
                    value={form.values.year}
                    onChange={(v) => form.set('year', v)}
                  />
                  <TextField
                    {...form.field('total')}
                    kind="integer"
                    optional
                    label={t('funding.sharing.total')}
                    value={form.values.total}
                    onChange={(v) => form.set('total', v)}
                  />
                </Group>
                <SelectField
                  {...form.field('municipalKey')}
                  label={t('funding.sharing.municipalKey')}
                  options={municipalKeys.map((k) => ({
                    value: k,
                    label: t(`funding.sharing.municipalKeyValue.${k}`),
                  }))}
                  value={form.values.municipalKey}
                  onChange={(v) => form.set('municipalKey', v)}
                />
                <TextAreaField
                  {...form.field('members')}
                  label={t('funding.sharing.members')}
                  hint={t('funding.sharing.membersHint')}
                  value={form.values.members}
                  onChange={(v) => form.set('members', v)}
                />
                <Group>
                  <Button type="submit" loading={form.pending}>
                    {t('funding.sharing.submit')}
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

/** The state grant table (CSV): each municipality and year becomes a decision. */
export function GrantsImport({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate(fundingKeys.all);
  const form = useForm({
    id: 'funding-grants',
    initial: { csv: '', funder: 'Socialstyrelsen' },
    labels: { csv: t('funding.grants.csv'), funder: t('funding.grants.funder') },
    validate: (v) => ({ csv: required(v.csv), funder: required(v.funder) }),
    submit: (v) =>
      api.importGrants({
        association: programme.associationKey,
        csv: v.csv,
        funder: v.funder.trim(),
      }),
    onSuccess: () => void invalidate(),
  });
  const r = form.result;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="funding-grants-title">
      <Title order={2} id="funding-grants-title" mb="xs">
        {t('funding.grants.title')}
      </Title>
      <Text mb="md">{t('funding.grants.intro')}</Text>
      {form.succeeded && r && (
        <Text role="status" fw={600} mb="sm">
          {t('funding.grants.result', {
            rows: r.rows,
            decisions: r.decisions,
            funder: r.funder,
            total: formatMoney(r.total),
            years: r.years.join(', '),
          })}
        </Text>
      )}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={640}>
          <TextField
            {...form.field('funder')}
            label={t('funding.grants.funder')}
            value={form.values.funder}
            onChange={(v) => form.set('funder', v)}
          />
          <FileInput
            id="funding-grants-file"
            label={t('funding.grants.file')}
            accept="text/csv,.csv"
            clearable
            maw={420}
            onChange={(file) => {
              void readFileText(file).then((text) => {
                if (text !== null) form.set('csv', text);
              });
            }}
          />
          <TextAreaField
            {...form.field('csv')}
            label={t('funding.grants.csv')}
            value={form.values.csv}
            onChange={(v) => form.set('csv', v)}
          />
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('funding.grants.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
