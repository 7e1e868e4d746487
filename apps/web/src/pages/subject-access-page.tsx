import type { TParticipantExport } from '@lots/contracts';
import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api.ts';
import { invalidateCase } from '../case-work/case-queries.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MISSING, formatDate } from '../format.ts';
import { maxLength, required } from '../forms/checks.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { describeEvent } from './describe-event.ts';
import { SubjectAuditTable } from './subject-audit-table.tsx';

const sexes = ['female', 'male', 'other', 'unknown'] as const;
const sexLabel = (t: TFunction, value: string) => {
  const sex = sexes.find((s) => s === value);
  return sex ? t(`sex.${sex}`) : value;
};

/** Everything held on one person (GDPR art. 15): printable, as JSON, and erasure. */
export function SubjectAccessPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { selected, requestedKey } = useProgramme();
  // Kept here: the erase button (and its dialog) is gone once the identity is erased.
  const [erased, setErased] = useState(false);
  const participant = useQuery({
    queryKey: ['participant', id],
    queryFn: () => api.getParticipant(id),
  });
  const participantId = participant.data?.participantId ?? null;
  const extract = useQuery({
    queryKey: ['subject-export', participantId],
    queryFn: () => api.exportParticipant(participantId ?? ''),
    enabled: participantId !== null,
  });
  const caseNumber = participant.data?.caseNumber;
  const title = caseNumber ? t('subject.title', { caseNumber }) : t('subject.titleFallback');
  const back = (
    <Anchor
      component={Link}
      to={programmeHref(`/deltagare/${id}`, requestedKey)}
      mb="sm"
      display="inline-block"
      className="lots-no-print"
    >
      ← {caseNumber ?? t('participant.back')}
    </Anchor>
  );
  if (participant.isPending || (participantId && extract.isPending))
    return <PageLoader label={t('app.loading')} />;
  if (!participantId || extract.isError)
    return (
      <>
        {back}
        <PageHeading title={title}>{title}</PageHeading>
        <Notice
          tone="error"
          title={participantId ? t('app.genericError') : t('subject.noParticipantId')}
        />
      </>
    );
  const data = extract.data;
  if (!data) return null;
  const isSupervisor = selected?.roles.includes('supervisor') ?? false;

  function download(d: TParticipantExport) {
    const blob = new Blob([JSON.stringify(d, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `registerutdrag-${caseNumber ?? d.participant.key}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <>
      {back}
      <PageHeading title={title}>{title}</PageHeading>
      <Text mb="xs">{t('subject.intro')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('subject.exportedAt', { date: formatDate(data.exportedAt) })}
      </Text>
      {erased && <Notice title={t('subject.erased')} />}
      <Group gap="sm" mb="lg" className="lots-no-print">
        <Button onClick={() => window.print()}>{t('subject.print')}</Button>
        <Button variant="default" onClick={() => download(data)}>
          {t('subject.download')}
        </Button>
        {isSupervisor && !data.identity?.erasedAt && (
          <EraseIdentity
            participantId={participantId}
            enrolmentId={id}
            caseNumber={caseNumber ?? ''}
            onErased={() => setErased(true)}
          />
        )}
      </Group>
      <Stack gap="lg">
        <Paper
          withBorder
          p="lg"
          className="lots-print-section"
          component="section"
          aria-labelledby="subject-identity"
        >
          <Title order={2} mb="sm" id="subject-identity">
            {t('subject.identity')}
          </Title>
          {!data.identity ? (
            <Text>{t('subject.identityNone')}</Text>
          ) : data.identity.erasedAt ? (
            <Text>{t('subject.erasedAt', { date: formatDate(data.identity.erasedAt) })}</Text>
          ) : (
            <DescriptionList
              items={[
                { term: t('field.name'), value: data.identity.name ?? MISSING },
                { term: t('field.personalNumber'), value: data.identity.personalNumber ?? MISSING },
                { term: t('field.phone'), value: data.identity.phone ?? MISSING },
                { term: t('field.email'), value: data.identity.email ?? MISSING },
              ]}
            />
          )}
        </Paper>
        {data.enrolments.map((e) => (
          <Paper
            key={e.id}
            withBorder
            p="lg"
            className="lots-print-section"
            component="section"
            aria-labelledby={`subject-${e.id}`}
          >
            <Title order={2} mb="sm" id={`subject-${e.id}`}>
              {t('subject.enrolment', { caseNumber: e.caseNumber })}
            </Title>
            <DescriptionList
              items={[
                { term: t('participant.status'), value: t(`status.${e.status}`) },
                { term: t('participant.referralDate'), value: formatDate(e.referralDate) },
                {
                  term: t('participant.referralSource'),
                  value: enumLabel(t, 'referralSource', e.referral.source),
                },
                { term: t('participant.enrolledAt'), value: formatDate(e.enrolledAt) },
                { term: t('participant.specialist'), value: e.specialistName ?? MISSING },
                { term: t('participant.sex'), value: sexLabel(t, e.sex) },
                { term: t('participant.birthYear'), value: String(e.birthYear) },
                { term: t('participant.municipality'), value: e.municipality },
                { term: t('participant.education'), value: enumLabel(t, 'education', e.education) },
                {
                  term: t('participant.timeOnSupport'),
                  value: enumLabel(t, 'timeOnSupport', e.baseline.timeOnSupport),
                },
                {
                  term: t('participant.diagnosisGroup'),
                  value: enumLabel(t, 'diagnosisGroup', e.baseline.diagnosisGroup),
                },
                { term: t('participant.goal'), value: enumLabel(t, 'goal', e.baseline.goal) },
                ...(e.closure
                  ? [
                      { term: t('participant.closureDate'), value: formatDate(e.closure.date) },
                      {
                        term: t('participant.closureReason'),
                        value: enumLabel(t, 'closureReason', e.closure.reason),
                      },
                      {
                        term: t('participant.closureSummary'),
                        value: e.closure.summary ?? MISSING,
                      },
                    ]
                  : []),
              ]}
            />
            <Title order={3} mt="md" mb="xs">
              {t('subject.events')}
            </Title>
            {e.events.length === 0 && <Text>{t('subject.eventsNone')}</Text>}
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {e.events.map((ev) => (
                <li key={ev.id}>
                  {formatDate(ev.date)} {enumLabel(t, 'eventType', ev.type)}
                  {ev.voided ? ` (${t('participant.voided', { reason: ev.voided.reason })})` : ''}
                  {describeEvent(t, ev).length > 0 ? `: ${describeEvent(t, ev).join('; ')}` : ''}
                </li>
              ))}
            </ul>
            {e.followUps.length > 0 && (
              <>
                <Title order={3} mt="md" mb="xs">
                  {t('subject.followUps')}
                </Title>
                <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                  {e.followUps.map((f) => (
                    <li key={f.id}>
                      {formatDate(f.date)}{' '}
                      {f.months ? t('followUps.months', { months: f.months }) : ''}:{' '}
                      {enumLabel(t, 'followUpStatus', f.status)}
                      {f.note ? ` – ${f.note}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Paper>
        ))}
        <SubjectAuditTable audit={data.audit} />
      </Stack>
    </>
  );
}

type TEraseProps = {
  participantId: string;
  enrolmentId: string;
  caseNumber: string;
  onErased: () => void;
};

/** "Radera identitet": a confirm dialog with the reason, for supervisors. */
function EraseIdentity({ participantId, enrolmentId, caseNumber, onErased }: TEraseProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm({
    id: 'erase',
    initial: { reason: '' },
    labels: { reason: t('subject.eraseReason') },
    validate: (v) => ({ reason: required(v.reason) ?? maxLength(v.reason, 1000) }),
    submit: (v) => api.eraseIdentity(participantId, { reason: v.reason.trim() }),
    onSuccess: () => {
      setOpen(false);
      onErased();
      void invalidateCase(queryClient, enrolmentId);
      void queryClient.invalidateQueries({ queryKey: ['subject-export'] });
    },
  });
  return (
    <>
      <Button color="red.9" variant="outline" onClick={() => setOpen(true)}>
        {t('subject.erase')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={<strong>{t('subject.eraseConfirmTitle', { caseNumber })}</strong>}
        closeButtonProps={{ 'aria-label': t('subject.eraseClose') }}
        size="lg"
      >
        <form noValidate onSubmit={form.onSubmit}>
          {form.summary}
          <Stack gap="md">
            <Text>{t('subject.eraseIntro')}</Text>
            <TextAreaField
              {...form.field('reason')}
              label={t('subject.eraseReason')}
              autoFocus
              value={form.values.reason}
              onChange={(v) => form.set('reason', v)}
            />
            <Group gap="sm">
              <Button type="submit" color="red.9" loading={form.pending}>
                {t('subject.eraseConfirm')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('forms.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
