import type { TParticipantListItem } from '@lots/contracts';
import { Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';
import { SelectField } from '../forms/fields.tsx';
import { formerPeople, matchesSearch } from './former-people.ts';

export function useFormerPeople(programme: string, enabled: boolean) {
  return useQuery({
    queryKey: ['participants', programme, 'closed', 'referral'],
    queryFn: () => api.listParticipants({ programme, status: 'closed', limit: 500 }),
    enabled: enabled && programme !== '',
    select: (page) => formerPeople(page.items),
  });
}

type TProps = {
  field: { id: string; error?: string | undefined; onBlur: () => void };
  people: readonly TParticipantListItem[];
  value: string;
  onChange: (participantId: string) => void;
};

/**
 * Re-enrolment: "a person the programme already knows". A search box narrows the
 * list (case number, name, birth year); the choice is the person, not the old
 * enrolment, so the new referral joins the same history.
 */
export function FormerParticipantPicker({ field, people, value, onChange }: TProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const shown = people.filter((p) => p.participantId === value || matchesSearch(p, search));
  return (
    <Stack gap="xs">
      <TextInput
        id="referral-search"
        type="search"
        label={t('referral.search')}
        description={t('referral.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        autoComplete="off"
        maw={420}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('referral.searchCount', { count: shown.length })}
      </Text>
      <SelectField
        {...field}
        label={t('referral.existing')}
        value={value}
        onChange={onChange}
        width="100%"
        options={shown.map((p) => ({
          value: p.participantId,
          label: t('referral.existingOption', {
            caseNumber: p.caseNumber,
            name: p.name ?? t('referral.noName'),
            birthYear: p.birthYear,
            closedAt: formatDate(p.closedAt),
          }),
        }))}
      />
    </Stack>
  );
}
