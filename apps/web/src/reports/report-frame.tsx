import type { TProgrammeAccess, TReportParams } from '@lots/contracts';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useProgramme } from '../programme/use-programme.ts';
import { ReportFilters } from './report-filters.tsx';
import { reportPages, type TReportPageId } from './report-pages.ts';
import { apiParams, readFilters, type TFilterUse, type TReportFilters } from './report-params.ts';

export type TReportContext = {
  programme: TProgrammeAccess;
  filters: TReportFilters;
  /** The API parameters of this report (only the filters it takes). */
  params: TReportParams;
  /** "Programmet X" or "Hela förbundet: Y", for captions. */
  scopeLabel: string;
};

/** The reports' own navigation: one link per standard report, keeping the selection. */
function ReportNav() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const qs = search.toString();
  return (
    <nav aria-label={t('reports.subNav')} className="lots-report-nav">
      <ul>
        {reportPages.map((p) => (
          <li key={p.id}>
            <NavLink to={qs ? `${p.path}?${qs}` : p.path}>{t(`reports.page.${p.id}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every report page: heading, the reports' navigation, the selection in
 * the URL, then the report itself (rendered with the resolved parameters).
 */
export function ReportFrame({
  page,
  use = {},
  filters: showFilters = true,
  children,
}: {
  page: TReportPageId;
  use?: TFilterUse;
  filters?: boolean;
  children: (ctx: TReportContext) => ReactNode;
}) {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const [search] = useSearchParams();
  const title = t(`reports.page.${page}`);
  const heading = <PageHeading title={`${title} – ${t('reports.title')}`}>{title}</PageHeading>;
  if (!selected)
    return (
      <>
        {heading}
        <Notice title={t('programme.noneTitle')}>{t('programme.none')}</Notice>
      </>
    );
  const filters = readFilters(search);
  const scopeLabel = filters.all
    ? t('reports.scope.all')
    : filters.association
      ? t('reports.scope.association', {
          name:
            filters.association === selected.associationKey
              ? selected.associationName
              : filters.association,
        })
      : t('reports.scope.programme', { name: selected.name });
  return (
    <>
      <Text size="sm" c="dimmed" mb={4}>
        {t('reports.title')}
      </Text>
      {heading}
      <ReportNav />
      {showFilters && <ReportFilters programme={selected} use={use} />}
      {children({ programme: selected, filters, params: apiParams(filters, use), scopeLabel })}
    </>
  );
}
