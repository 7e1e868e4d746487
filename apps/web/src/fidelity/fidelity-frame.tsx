import type { TProgrammeAccess } from '@lots/contracts';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

export type TFidelityPage = 'reviews' | 'history' | 'compare';

const paths: Record<TFidelityPage, string> = {
  reviews: '/programtrohet',
  history: '/programtrohet/historik',
  compare: '/programtrohet/jamforelse',
};

/** The fidelity section's sub-navigation, keeping the chosen programme. */
export function FidelityNav({ programmeKey }: { programmeKey: string | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('fidelity.subNav')} className="lots-report-nav">
      <ul>
        {(Object.keys(paths) as TFidelityPage[]).map((page) => (
          <li key={page}>
            <NavLink end to={programmeHref(paths[page], programmeKey)}>
              {t(`fidelity.page.${page}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Heading, sub-navigation and the chosen programme for the list, history and comparison. */
export function FidelityFrame({
  page,
  children,
}: {
  page: TFidelityPage;
  children: (programme: TProgrammeAccess) => ReactNode;
}) {
  const { t } = useTranslation();
  const { selected, requestedKey } = useProgramme();
  const title = t(`fidelity.page.${page}`);
  return (
    <>
      <PageHeading title={`${title} – ${t('fidelity.title')}`}>{title}</PageHeading>
      <FidelityNav programmeKey={requestedKey} />
      {selected ? (
        <>
          <Text c="dimmed" mb="md">
            {selected.name} · {selected.associationName}
          </Text>
          {children(selected)}
        </>
      ) : (
        <Notice title={t('fidelity.chooseProgramme')} />
      )}
    </>
  );
}
