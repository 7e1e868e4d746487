import { NativeSelect, Text } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PROGRAMME_PARAM, groupByAssociation, rememberProgramme } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

/**
 * Chooses the programme shown. The choice lives in the URL (`?programme=KEY`), so a
 * view can be shared; it is also remembered on this device for the next visit.
 */
export function ProgrammePicker() {
  const { t } = useTranslation();
  const { programmes, selected } = useProgramme();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();

  if (programmes.length === 0) return null;
  if (programmes.length === 1 && selected) {
    return (
      <Text py="xs" size="sm">
        {t('programme.picker')}: <strong>{selected.name}</strong>
      </Text>
    );
  }

  const data = groupByAssociation(programmes).map((group) => ({
    group: group.associationName,
    // A sub-programme (delprojekt) is indented under its parent when both are listed.
    items: group.programmes.map((p) => ({
      value: p.key,
      label: p.parentId && programmes.some((q) => q.id === p.parentId) ? `\u2003${p.name}` : p.name,
    })),
  }));
  // A page about one participant belongs to its programme: switching goes to the list.
  const listPath = pathname.startsWith('/deltagare/') ? '/deltagare' : pathname;

  function choose(event: ChangeEvent<HTMLSelectElement>) {
    const key = event.currentTarget.value;
    rememberProgramme(key);
    const next = new URLSearchParams(params);
    next.set(PROGRAMME_PARAM, key);
    void navigate(`${listPath}?${next.toString()}`);
  }

  return (
    <NativeSelect
      id="programme-picker"
      label={t('programme.picker')}
      value={selected?.key ?? ''}
      onChange={choose}
      data={selected ? data : [{ value: '', label: '–' }, ...data]}
      size="sm"
      py="xs"
      miw={240}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { margin: 0 } }}
    />
  );
}
