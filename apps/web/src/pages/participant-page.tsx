import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api.ts';
import { CasePanel } from '../case-work/case-panel.tsx';
import { eventsKey } from '../case-work/case-queries.ts';
import { CaseTimeline } from '../case-work/case-timeline.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { PhaseTag } from '../components/status-tag.tsx';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import {
  BaselineSection,
  ClosureSection,
  ConsentSection,
  OverviewSection,
} from './participant-sections.tsx';
import { ParticipantTimeline } from './participant-timeline.tsx';

export function ParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { requestedKey } = useProgramme();
  const query = useQuery({
    queryKey: ['participant', id],
    queryFn: () => api.getParticipant(id),
  });
  // The case-work timeline (voiding, derived phase, closure proposal); until it
  // answers, or if it fails, the events of the participant detail are shown.
  const timeline = useQuery({
    queryKey: eventsKey(id),
    queryFn: () => api.listEvents(id),
    enabled: query.isSuccess && query.data.status !== 'referred' && query.data.status !== 'waiting',
  });
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);

  const listHref = programmeHref('/deltagare', query.data?.programmeKey ?? requestedKey);
  const back = (
    <Anchor component={Link} to={listHref} mb="sm" display="inline-block">
      ← {t('participant.back')}
    </Anchor>
  );

  if (query.isPending) return <PageLoader label={t('app.loading')} />;

  if (query.isError) {
    // Unknown and out-of-scope ids both answer 404 (the server reveals nothing more).
    const notFound = isApiError(query.error, 404) || isApiError(query.error, 403);
    return (
      <>
        {back}
        {notFound ? (
          <>
            <PageHeading title={t('participant.notFoundTitle')}>
              {t('participant.notFoundTitle')}
            </PageHeading>
            <Text>{t('participant.notFound')}</Text>
          </>
        ) : (
          <>
            <PageHeading title={t('participant.titleFallback')}>
              {t('participant.titleFallback')}
            </PageHeading>
            <Notice tone="error" title={t('app.genericError')}>
              <Button variant="default" mt="xs" onClick={() => void query.refetch()}>
                {t('app.retry')}
              </Button>
            </Notice>
          </>
        )}
      </>
    );
  }

  const participant = query.data;
  // The title holds the case number, never the name: titles end up in browser history.
  return (
    <>
      {back}
      <PageHeading title={`${participant.caseNumber} – ${t('participants.title')}`}>
        {participant.caseNumber}
      </PageHeading>
      <Group gap="sm" mt={-8} mb="xl">
        {participant.name && <Text fw={600}>{participant.name}</Text>}
        <PhaseTag phase={timeline.data?.phase ?? participant.phase} />
      </Group>
      {message && <Notice key={message.n} title={message.text} />}
      <Stack gap="xl">
        <CasePanel
          participant={participant}
          timeline={timeline.data}
          onMessage={(text) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))}
        />
        <OverviewSection participant={participant} />
        <BaselineSection participant={participant} />
        <ConsentSection participant={participant} />
        {participant.closure && <ClosureSection closure={participant.closure} />}
        {timeline.data ? (
          <CaseTimeline
            enrolmentId={participant.id}
            events={timeline.data.events}
            canVoid={participant.status === 'enrolled' || participant.status === 'closed'}
            onChange={(text) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))}
          />
        ) : (
          <ParticipantTimeline events={participant.events} />
        )}
      </Stack>
    </>
  );
}
