import type { TReportParams } from '@lots/contracts';
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatDate } from '../format.ts';
import type { TBarChartProps } from './bar-chart.tsx';
import { SuppressionLegend } from './figures.tsx';

// recharts comes with the first chart drawn, never with the shell.
const LazyBarChart = lazy(() =>
  import('./bar-chart.tsx').then((m) => ({ default: m.ReportBarChart })),
);

/** Scope, period and whether figures are exact; the legend of the labels when suppressed. */
export function ReportMeta({
  report,
  scopeLabel,
}: {
  report: { period: { from: string; to: string }; suppressed: boolean };
  scopeLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="lots-report-meta">
      <Text fw={600}>
        {t('reports.summary', {
          scope: scopeLabel,
          from: formatDate(report.period.from),
          to: formatDate(report.period.to),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {report.suppressed ? t('reports.suppressedNote') : t('reports.exact')}
      </Text>
      {report.suppressed && <SuppressionLegend />}
    </div>
  );
}

type TDownload = { report: string; label: string; params: TReportParams; pdf?: boolean };

/** The CSV, XLSX (and PDF) links of one file set. */
function FileLinks({ files, suppress }: { files: readonly TDownload[]; suppress: boolean }) {
  const { t } = useTranslation();
  const kind = suppress ? t('reports.downloads.suppressed') : '';
  return (
    <>
      {files.map((f) => {
        const params = suppress ? { ...f.params, suppress: true } : f.params;
        const of = (format: string) =>
          t('reports.downloads.of', { format, report: kind ? `${f.label} (${kind})` : f.label });
        return (
          <Group key={f.label} gap="lg" mb={4}>
            {files.length > 1 && <Text size="sm">{f.label}:</Text>}
            {(['csv', 'xlsx'] as const).map((format) => (
              <Anchor
                key={format}
                href={api.reportFileUrl(f.report, format, params)}
                download
                aria-label={of(t(`reports.downloads.${format}`))}
              >
                {t(`reports.downloads.${format}`)}
              </Anchor>
            ))}
            {f.pdf && (
              <Anchor
                href={api.reportFileUrl(f.report, 'pdf', params)}
                download
                aria-label={of(t('reports.downloads.pdf'))}
              >
                {t('reports.downloads.pdf')}
              </Anchor>
            )}
          </Group>
        );
      })}
    </>
  );
}

/**
 * Plain links to the files: the browser downloads them with the session cookie. A
 * viewer who sees exact figures chooses between exact files for internal use and
 * files with small numbers hidden for sending outside the organisation
 * (outcomes.md "Small numbers": "every export meant to leave the organisation").
 */
export function Downloads({
  files,
  exact = false,
}: {
  files: readonly TDownload[];
  /** The report shows exact figures: offer both kinds of file. */
  exact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="report-downloads">
      <Title order={2} fz="md" id="report-downloads">
        {t('reports.downloads.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reports.downloads.hint')}
      </Text>
      {exact ? (
        <>
          <Title order={3} fz="sm" mt="sm" mb={4}>
            {t('reports.downloads.exactTitle')}
          </Title>
          <FileLinks files={files} suppress={false} />
          <Title order={3} fz="sm" mt="sm" mb={4}>
            {t('reports.downloads.suppressedTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb={4}>
            {t('reports.downloads.suppressedHint')}
          </Text>
          <FileLinks files={files} suppress />
        </>
      ) : (
        <FileLinks files={files} suppress={false} />
      )}
    </Paper>
  );
}

/**
 * A chart under a visible title. The chart itself is hidden from assistive technology:
 * the table holds the same figures and is the primary content.
 */
export function ReportChart({ title, ...chart }: TBarChartProps & { title: string }) {
  const { t } = useTranslation();
  return (
    <figure className="lots-chart">
      <figcaption>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {t('reports.chart.note')}
        </Text>
      </figcaption>
      <div aria-hidden="true" className="lots-chart__plot">
        <Suspense fallback={<Text size="sm">{t('reports.chart.loading')}</Text>}>
          <LazyBarChart {...chart} />
        </Suspense>
      </div>
    </figure>
  );
}

/** A titled block of a report page. */
export function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} mb="sm" id={`${id}-title`}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Loader, a plain error, or the report. */
export function ReportQuery<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError) {
    const e = query.error;
    const message = isApiError(e, 403)
      ? (e.problem.detail ?? t('reports.error.forbidden'))
      : isApiError(e, 404)
        ? t('reports.error.notFound')
        : isApiError(e, 400)
          ? (e.problem.detail ?? t('app.genericError'))
          : t('app.genericError');
    return (
      <Notice tone="error" title={t('reports.error.title')}>
        {message}
      </Notice>
    );
  }
  return <>{children(query.data)}</>;
}
