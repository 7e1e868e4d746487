import type { TFidelityReport, TFidelityReviewDetail } from '@lots/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { ActionPlan } from '../fidelity/action-plan.tsx';
import { FidelityNav } from '../fidelity/fidelity-frame.tsx';
import {
  fidelityKeys,
  useInvalidateFidelity,
  useReviewQuery,
} from '../fidelity/fidelity-queries.ts';
import { ReviewSummary } from '../fidelity/review-summary.tsx';
import { maxLength } from '../forms/checks.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { useProgramme } from '../programme/use-programme.ts';

/** The review report (strengths, item comments, recommendations), its PDF and the action plan. */
export function FidelityReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { requestedKey } = useProgramme();
  const review = useReviewQuery(id);
  const report = useQuery({
    queryKey: fidelityKeys.report(id),
    queryFn: () => api.getFidelityReport(id),
    enabled: review.data !== undefined && review.data.access !== 'summary',
  });
  const title = t('fidelity.report.title');
  if (review.isPending) return <PageLoader label={t('app.loading')} />;
  if (review.isError) return <Notice tone="error" title={t('fidelity.loadError')} />;
  const detail = review.data;
  return (
    <>
      <PageHeading title={`${title} – ${t('fidelity.title')}`}>{title}</PageHeading>
      <FidelityNav programmeKey={requestedKey ?? detail.programme} />
      <Stack gap="xl">
        <ReviewSummary review={detail} />
        {detail.access === 'summary' ? (
          <Notice title={t('fidelity.review.summaryOnly')} />
        ) : (
          <>
            <Group>
              <Anchor href={api.fidelityReportPdfUrl(id)} download>
                {t('fidelity.report.pdf')}
              </Anchor>
            </Group>
            {report.isPending ? (
              <PageLoader label={t('app.loading')} />
            ) : report.isError ? (
              <Notice tone="error" title={t('fidelity.loadError')} />
            ) : (
              <ReportForm review={detail} report={report.data} />
            )}
            <ActionPlan
              reviewId={id}
              items={detail.items ?? []}
              editable={detail.access === 'supervisor'}
            />
          </>
        )}
      </Stack>
    </>
  );
}

function ReportForm({
  review,
  report,
}: {
  review: TFidelityReviewDetail;
  report: TFidelityReport;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateFidelity();
  const [saved, setSaved] = useState(false);
  const items = review.items ?? [];
  const form = useForm({
    id: 'report',
    initial: {
      strengths: report.strengths,
      recommendations: report.recommendations,
      itemComments: report.itemComments,
    },
    labels: {
      strengths: t('fidelity.report.strengths'),
      recommendations: t('fidelity.report.recommendations'),
      itemComments: t('fidelity.report.itemComments'),
    },
    validate: (v) => ({
      strengths: maxLength(v.strengths, 20000),
      recommendations: maxLength(v.recommendations, 20000),
    }),
    submit: (v) =>
      api.updateFidelityReport(review.id, {
        strengths: v.strengths,
        recommendations: v.recommendations,
        itemComments: Object.fromEntries(
          Object.entries(v.itemComments).filter(([, text]) => text.trim() !== ''),
        ),
      }),
    onSuccess: () => {
      setSaved(true);
      void invalidate();
    },
  });
  const setComment = (itemId: string, text: string) => {
    setSaved(false);
    form.set('itemComments', { ...form.values.itemComments, [itemId]: text });
  };
  return (
    <section aria-labelledby="report-title">
      <Title order={2} id="report-title" mb="sm">
        {t('fidelity.report.title')}
      </Title>
      {saved && <Notice title={t('fidelity.report.saved')} />}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md" maw={760}>
          <TextAreaField
            {...form.field('strengths')}
            label={t('fidelity.report.strengths')}
            optional
            value={form.values.strengths}
            onChange={(v) => {
              setSaved(false);
              form.set('strengths', v);
            }}
          />
          <TextAreaField
            {...form.field('recommendations')}
            label={t('fidelity.report.recommendations')}
            optional
            value={form.values.recommendations}
            onChange={(v) => {
              setSaved(false);
              form.set('recommendations', v);
            }}
          />
          <details className="lots-fidelity-comments">
            <summary>{t('fidelity.report.itemComments')}</summary>
            <Stack gap="sm" mt="sm">
              {items.map((item) => (
                <TextAreaField
                  key={item.id}
                  id={`report-comment-${item.id}`}
                  label={t('fidelity.report.itemComment', {
                    title: `${item.number}. ${item.title}`,
                  })}
                  hint={
                    item.agreed ? (
                      <Text span size="sm">
                        {t('fidelity.review.agreed')}: {item.agreed.score}
                      </Text>
                    ) : undefined
                  }
                  optional
                  onBlur={() => undefined}
                  value={form.values.itemComments[item.id] ?? ''}
                  onChange={(v) => setComment(item.id, v)}
                />
              ))}
            </Stack>
          </details>
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('fidelity.report.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
