import type { TProgrammeAccess } from '@lots/contracts';
import { Anchor, Group, Paper, Stack, Table, Text, Title, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { FidelityFrame } from '../fidelity/fidelity-frame.tsx';
import { fidelityKeys, useInvalidateFidelity } from '../fidelity/fidelity-queries.ts';
import { BandTag, ReviewStatusTag } from '../fidelity/fidelity-tags.tsx';
import { MISSING, formatDate } from '../format.ts';
import { date, email, first, number, required, todayIso } from '../forms/checks.ts';
import { TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { programmeHref } from '../programme/programme.ts';

/** "Programtrohet": the reviews of the chosen programme, and new ones. */
export function FidelityPage() {
  return (
    <FidelityFrame page="reviews">
      {(programme) => (
        <Stack gap="xl">
          <ReviewList programme={programme} />
          <CreateReview programme={programme} kind="self_assessment" />
          <CreateReview programme={programme} kind="external" />
        </Stack>
      )}
    </FidelityFrame>
  );
}

function ReviewList({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: fidelityKeys.list(programme.key),
    queryFn: () => api.listFidelityReviews(programme.key),
  });
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const reviews = query.data.items;
  if (reviews.length === 0) return <Text>{t('fidelity.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table className="lots-table" withTableBorder bg="white">
        <Table.Caption>{t('fidelity.list.caption', { programme: programme.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fidelity.list.window')}</Table.Th>
            <Table.Th scope="col">{t('fidelity.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('fidelity.list.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('fidelity.list.total')}
            </Table.Th>
            <Table.Th scope="col">{t('fidelity.list.band')}</Table.Th>
            <Table.Th scope="col">{t('fidelity.list.nextDue')}</Table.Th>
            <Table.Th scope="col">{t('fidelity.list.reviewers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => {
            const window = t('fidelity.list.windowText', {
              from: formatDate(r.window.from),
              to: formatDate(r.window.to),
            });
            return (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">
                  <Anchor
                    component={Link}
                    to={programmeHref(`/programtrohet/${r.id}`, programme.key)}
                    aria-label={t('fidelity.list.openReview', {
                      kind: t(`fidelity.kind.${r.kind}`),
                      window,
                    })}
                  >
                    {window}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`fidelity.kind.${r.kind}`)}</Table.Td>
                <Table.Td>
                  <ReviewStatusTag status={r.status} />
                </Table.Td>
                <Table.Td ta="right">{r.total ?? MISSING}</Table.Td>
                <Table.Td>
                  <BandTag band={r.band} />
                </Table.Td>
                <Table.Td>{r.nextDue ? formatDate(r.nextDue) : MISSING}</Table.Td>
                <Table.Td>{r.reviewers.map((x) => x.name).join(', ') || MISSING}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type TKind = 'self_assessment' | 'external';

/** Self-assessments: supervisors; external reviews: supervisors and analysts (the API's roles). */
function mayCreate(programme: TProgrammeAccess, kind: TKind): boolean {
  if (programme.roles.includes('supervisor')) return true;
  return kind === 'external' && programme.roles.includes('analyst');
}

function CreateReview({ programme, kind }: { programme: TProgrammeAccess; kind: TKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateFidelity();
  const external = kind === 'external';
  const form = useForm({
    id: external ? 'new-external' : 'new-self',
    // Every check shows on "Skapa", in the summary and on its field: a message appearing
    // on blur moved the button away under the pointer and the click was lost.
    errorsOn: 'submit',
    initial: { date: todayIso(), windowMonths: '12', reviewer1: '', reviewer2: '' },
    labels: {
      date: t('fidelity.create.date'),
      windowMonths: t('fidelity.create.windowMonths'),
      ...(external
        ? { reviewer1: t('fidelity.create.reviewer1'), reviewer2: t('fidelity.create.reviewer2') }
        : {}),
    },
    validate: (v) => ({
      date: first(required(v.date), date(v.date)),
      windowMonths: first(
        required(v.windowMonths),
        number(v.windowMonths, { integer: true, min: 1, max: 60 }),
      ),
      ...(external
        ? {
            reviewer1: first(required(v.reviewer1), email(v.reviewer1)),
            reviewer2: first(required(v.reviewer2), email(v.reviewer2)),
          }
        : {}),
    }),
    submit: (v) =>
      api.createFidelityReview({
        programme: programme.key,
        kind,
        date: v.date.trim(),
        windowMonths: Number(v.windowMonths),
        ...(external ? { reviewers: [v.reviewer1.trim(), v.reviewer2.trim()] } : {}),
      }),
    onSuccess: (review) => {
      void invalidate();
      void navigate(programmeHref(`/programtrohet/${review.id}`, programme.key));
    },
  });
  if (!mayCreate(programme, kind)) return null;
  const titleId = `${kind}-create-title`;
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={titleId}>
      <Title order={2} mb="xs" id={titleId}>
        {t(external ? 'fidelity.create.external' : 'fidelity.create.self')}
      </Title>
      <Text mb="md">
        {t(external ? 'fidelity.create.externalIntro' : 'fidelity.create.selfIntro')}
      </Text>
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={520}>
          <Group align="flex-start">
            <TextField
              {...form.field('date')}
              kind="date"
              label={t('fidelity.create.date')}
              hint={t('fidelity.create.dateHint')}
              value={form.values.date}
              onChange={(v) => form.set('date', v)}
            />
            <TextField
              {...form.field('windowMonths')}
              kind="integer"
              width={120}
              label={t('fidelity.create.windowMonths')}
              value={form.values.windowMonths}
              onChange={(v) => form.set('windowMonths', v)}
            />
          </Group>
          {external && (
            <>
              <TextField
                {...form.field('reviewer1')}
                label={t('fidelity.create.reviewer1')}
                autoComplete="email"
                value={form.values.reviewer1}
                onChange={(v) => form.set('reviewer1', v)}
              />
              <TextField
                {...form.field('reviewer2')}
                label={t('fidelity.create.reviewer2')}
                autoComplete="email"
                value={form.values.reviewer2}
                onChange={(v) => form.set('reviewer2', v)}
              />
            </>
          )}
          <Group>
            <Button type="submit" loading={form.pending}>
              {t(external ? 'fidelity.create.submitExternal' : 'fidelity.create.submitSelf')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
