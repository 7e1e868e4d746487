import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';
import { enumLabel } from '../labels.ts';
import { describeEvent } from './describe-event.ts';
import type { TEvent } from './describe-event.ts';

/** Newest first: the latest work on the case is what the coach looks for. */
export function ParticipantTimeline({ events }: { events: readonly TEvent[] }) {
  const { t } = useTranslation();
  const sorted = [...events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (
    <Paper component="section" withBorder p="lg" radius="sm">
      <Title order={2} mb="md">
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
              {describeEvent(t, event).map((line, i) => (
                <Text key={i} size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {line}
                </Text>
              ))}
            </li>
          ))}
        </ol>
      )}
    </Paper>
  );
}
