import type { TProgrammeAccess, TSocioAnalysisOut } from '@lots/contracts';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate, formatPercent } from '../format.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { issueText } from '../socio/analysis-issues.ts';
import { AssumptionsSection } from '../socio/assumptions-section.tsx';
import { DifferencesSection } from '../socio/differences-section.tsx';
import { mayWriteFinance } from '../socio/finance-frame.tsx';
import {
  CounterfactualSection,
  PayerSection,
  PerspectivesSection,
  SummarySection,
  YearsSection,
} from '../socio/result-sections.tsx';
import { ParametersForm } from '../socio/parameters-form.tsx';
import { RowsSection } from '../socio/rows-section.tsx';
import { socioKeys } from '../socio/socio-queries.ts';

/** One socio-economic analysis: savings per payer, years, perspectives, assumptions, rows. */
export function SocioAnalysisPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { programmes } = useProgramme();
  const query = useQuery({
    queryKey: socioKeys.analysis(id),
    queryFn: () => api.getSocioAnalysis(id),
  });
  if (query.isPending) return <PageLoader label={t('app.loading')} />;
  if (query.isError)
    return (
      <>
        <PageHeading title={t('socio.title')}>{t('socio.title')}</PageHeading>
        <Notice
          tone="error"
          title={isApiError(query.error, 404) ? t('forms.notFound') : t('socio.loadError')}
        />
      </>
    );
  const analysis = query.data;
  const programme = programmes.find((p) => p.key === analysis.programme) ?? null;
  return <Analysis analysis={analysis} programme={programme} />;
}

function Analysis({
  analysis,
  programme,
}: {
  analysis: TSocioAnalysisOut;
  programme: TProgrammeAccess | null;
}) {
  const { t } = useTranslation();
  const staff = programme !== null && mayWriteFinance(programme);
  const result = analysis.result;
  return (
    <>
      <Text size="sm" mb={4}>
        <Anchor component={Link} to={programmeHref('/samhallsekonomi', analysis.programme)}>
          {t('socio.analysis.back')}
        </Anchor>
      </Text>
      <PageHeading title={`${analysis.name} – ${t('socio.title')}`}>{analysis.name}</PageHeading>
      <Stack gap="xl">
        <section aria-labelledby="socio-facts">
          <Title order={2} id="socio-facts" mb="sm" className="lots-visually-hidden">
            {t('socio.analysis.facts')}
          </Title>
          <DescriptionList
            items={[
              { term: t('socio.analysis.programme'), value: programme?.name ?? analysis.programme },
              { term: t('socio.list.mode'), value: t(`socio.mode.${analysis.mode}`) },
              {
                term: t('socio.list.period'),
                value: analysis.period
                  ? `${formatDate(analysis.period.from)} – ${formatDate(analysis.period.to)}`
                  : MISSING,
              },
              { term: t('socio.list.parameterSet'), value: analysis.parameterSet },
              { term: t('socio.analysis.outcomeRate'), value: formatPercent(analysis.outcomeRate) },
              { term: t('socio.list.status'), value: t(`socio.status.${analysis.status}`) },
              { term: t('socio.analysis.created'), value: formatDate(analysis.createdAt) },
            ]}
          />
          <Group mt="md" className="lots-no-print">
            <Text fw={600}>{t('socio.analysis.downloads')}:</Text>
            <Button
              component="a"
              variant="default"
              href={api.socioAnalysisFileUrl(analysis.id, 'xlsx')}
              download
            >
              {t('socio.analysis.xlsx')}
            </Button>
            <Button component="a" href={api.socioAnalysisFileUrl(analysis.id, 'pdf')} download>
              {t('socio.analysis.pdf')}
            </Button>
            {staff && <StatusButton analysis={analysis} />}
          </Group>
        </section>
        {analysis.issues.length > 0 && (
          <Notice tone="error" title={t('socio.analysis.issuesTitle')}>
            <List size="sm">
              {analysis.issues.map((i) => {
                const issue = issueText(t, i, { set: analysis.parameterSet, staff });
                return (
                  <List.Item key={`${i.path}:${i.message}`}>
                    {issue.text}
                    {issue.fieldId && (
                      <>
                        {' '}
                        <Anchor href={`#${issue.fieldId}`}>{t('socio.issue.fixField')}</Anchor>
                      </>
                    )}
                  </List.Item>
                );
              })}
            </List>
          </Notice>
        )}
        {result ? (
          <>
            <PayerSection analysis={analysis} />
            <SummarySection result={result} />
            <YearsSection analysis={analysis} result={result} />
            <PerspectivesSection result={result} />
            <CounterfactualSection result={result} />
          </>
        ) : (
          analysis.issues.length === 0 && <Text>{t('socio.analysis.noResult')}</Text>
        )}
        <AssumptionsSection analysis={analysis} />
        {staff && (
          <ParametersForm
            key={`${analysis.parameterSet}:${String(analysis.outcomeRate)}`}
            analysis={analysis}
          />
        )}
        <DifferencesSection analysis={analysis} />
        <RowsSection analysis={analysis} staff={staff} />
      </Stack>
    </>
  );
}

function StatusButton({ analysis }: { analysis: TSocioAnalysisOut }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = analysis.status === 'draft' ? 'final' : 'draft';
  const mutation = useMutation({
    mutationFn: () => api.updateSocioAnalysis(analysis.id, { status: next }),
    onSuccess: (updated) => {
      queryClient.setQueryData(socioKeys.analysis(analysis.id), updated);
      void queryClient.invalidateQueries({ queryKey: socioKeys.list(analysis.programme) });
    },
  });
  return (
    <Button variant="default" loading={mutation.isPending} onClick={() => mutation.mutate()}>
      {next === 'final' ? t('socio.analysis.markFinal') : t('socio.analysis.markDraft')}
    </Button>
  );
}
