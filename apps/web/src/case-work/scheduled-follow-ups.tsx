import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';

const tone = {
  done: 'success',
  due: 'info',
  overdue: 'warning',
  upcoming: 'neutral',
  no_consent: 'neutral',
} as const;

export function useScheduledFollowUps(programme: string, enrolmentId: string, enabled: boolean) {
  const query = useQuery({
    queryKey: ['follow-ups', programme],
    queryFn: () => api.listFollowUps(programme),
    enabled,
  });
  return (query.data?.items ?? []).filter((f) => f.enrolmentId === enrolmentId);
}

/** The follow-ups of one closed enrolment (+6 / +12 months) and their status. */
export function ScheduledFollowUps({ items }: { items: ReturnType<typeof useScheduledFollowUps> }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <>
      <Text fw={600} mb={4}>
        {t('followUps.title')}
      </Text>
      <List spacing={4} mb="md">
        {items.map((f) => (
          <List.Item key={f.months}>
            {t('followUp.monthsOption', { months: f.months })}, {formatDate(f.dueDate)}:{' '}
            <span className={`lots-tag lots-tag--${tone[f.status]}`}>
              {t(`followUps.status.${f.status}`, { date: formatDate(f.doneOn) })}
            </span>
          </List.Item>
        ))}
      </List>
    </>
  );
}
