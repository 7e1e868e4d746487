import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useProgramme } from '../programme/use-programme.ts';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';
import { ParticipantsTable } from './participants-table.tsx';
import { parseStatusFilter, statusFilters } from './participants-query.ts';

export function ParticipantsPage() {
  const { t } = useTranslation();
  const { selected, requestedKey } = useProgramme();
  const [params, setParams] = useSearchParams();
  const status = parseStatusFilter(params.get('status'));

  function chooseStatus(value: string) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('status', parseStatusFilter(value));
      return next;
    });
  }

  return (
    <>
      <PageHeading title={t('participants.title')}>{t('participants.title')}</PageHeading>
      {!selected ? (
        <Notice title={requestedKey ? t('programme.unknownTitle') : t('programme.noneTitle')}>
          {requestedKey ? t('programme.unknown', { key: requestedKey }) : t('programme.none')}
        </Notice>
      ) : !selected.personalData ? (
        <NoPersonalDataAccess programme={selected} />
      ) : (
        <>
          <Text c="dimmed" mt={-8} mb="lg">
            {selected.name} · {selected.associationName}
          </Text>
          <Group mb="md" gap="sm" align="center">
            <Text id="status-filter-label" fw={600}>
              {t('participants.statusFilter')}
            </Text>
            <SegmentedControl
              aria-labelledby="status-filter-label"
              color="lots"
              value={status}
              onChange={chooseStatus}
              data={statusFilters.map((s) => ({ value: s, label: t(`statusFilter.${s}`) }))}
            />
          </Group>
          <ParticipantsTable programme={selected} status={status} />
        </>
      )}
    </>
  );
}
