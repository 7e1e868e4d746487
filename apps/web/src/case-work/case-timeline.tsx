import type { TEventChange, TEventItem } from '@lots/contracts';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';
import { maxLength, required } from '../forms/checks.ts';
import { TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { enumLabel } from '../labels.ts';
import { describeEvent } from '../pages/describe-event.ts';
import { invalidateCase } from './case-queries.ts';

type TProps = {
  enrolmentId: string;
  events: readonly TEventItem[];
  /** Whether events may be voided (the enrolment is open or closed, not in intake). */
  canVoid: boolean;
  onChange: (message: string) => void;
};

/** The events, newest first, each with "Makulera" (void with a reason). */
export function CaseTimeline({ enrolmentId, events, canVoid, onChange }: TProps) {
  const { t } = useTranslation();
  const [voiding, setVoiding] = useState<string | null>(null);
  const sorted = [...events].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
  return (
    <Paper component="section" withBorder p="lg" radius="sm" aria-labelledby="timeline-title">
      <Title order={2} mb="md" id="timeline-title">
        {t('participant.timeline')}
      </Title>
      {sorted.length === 0 ? (
        <Text>{t('participant.timelineEmpty')}</Text>
      ) : (
        <ol className="lots-timeline">
          {sorted.map((event) => (
            <li
              key={event.id}
              className={`lots-timeline__item${event.voided ? ' lots-timeline__item--voided' : ''}`}
            >
              <time className="lots-timeline__date" dateTime={event.date}>
                {formatDate(event.date)}
              </time>
              <Title order={3} fz="md" className="lots-timeline__title">
                {enumLabel(t, 'eventType', event.type)}
              </Title>
              {event.voided && (
                <Text size="sm" fw={600}>
                  {t('participant.voided', { reason: event.voided.reason })}
                </Text>
              )}
              {describeEvent(t, {
                ...event,
                employerName: event.employer?.name ?? null,
                voided: event.voided ? { reason: event.voided.reason } : null,
              }).map((line, i) => (
                <Text key={i} size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {line}
                </Text>
              ))}
              {event.recordedBy && (
                <Text size="xs" c="dimmed">
                  {t('caseWork.recordedBy', { name: event.recordedBy })}
                </Text>
              )}
              {canVoid && !event.voided && voiding !== event.id && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  mt={2}
                  className="lots-no-print"
                  aria-label={`${t('caseWork.void')}: ${enumLabel(t, 'eventType', event.type)} ${event.date}`}
                  onClick={() => setVoiding(event.id)}
                >
                  {t('caseWork.void')}
                </Button>
              )}
              {voiding === event.id && (
                <VoidForm
                  enrolmentId={enrolmentId}
                  event={event}
                  onCancel={() => setVoiding(null)}
                  onDone={(change) => {
                    setVoiding(null);
                    onChange(t('caseWork.eventVoided', { phase: t(`phase.${change.phase}`) }));
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </Paper>
  );
}

type TVoidProps = {
  enrolmentId: string;
  event: TEventItem;
  onCancel: () => void;
  onDone: (change: TEventChange) => void;
};

function VoidForm({ enrolmentId, event, onCancel, onDone }: TVoidProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: `void-${event.id}`,
    initial: { reason: '' },
    labels: { reason: t('caseWork.voidReason') },
    validate: (v) => ({ reason: required(v.reason) ?? maxLength(v.reason, 500) }),
    submit: (v) => api.voidEvent(event.id, { reason: v.reason.trim() }),
    onSuccess: (change) => {
      void invalidateCase(queryClient, enrolmentId);
      onDone(change);
    },
  });
  return (
    <Paper withBorder p="sm" mt="xs" maw={560}>
      <form
        noValidate
        onSubmit={form.onSubmit}
        aria-label={t('caseWork.voidTitle', {
          type: enumLabel(t, 'eventType', event.type),
          date: event.date,
        })}
      >
        {form.summary}
        <Stack gap="sm">
          <TextAreaField
            {...form.field('reason')}
            label={t('caseWork.voidReason')}
            hint={t('caseWork.voidReasonHint')}
            autoFocus
            value={form.values.reason}
            onChange={(v) => form.set('reason', v)}
          />
          <Group gap="sm">
            <Button type="submit" color="red.9" loading={form.pending}>
              {t('caseWork.voidConfirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('forms.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
