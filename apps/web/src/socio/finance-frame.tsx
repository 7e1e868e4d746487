import type { TProgrammeAccess } from '@lots/contracts';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';

/** Whether the user may change analyses and funding of the programme (the API's rule). */
export function mayWriteFinance(programme: TProgrammeAccess): boolean {
  return programme.roles.some((r) => r === 'analyst' || r === 'supervisor');
}

export type TSubNav = { label: string; items: readonly { path: string; label: string }[] };

/**
 * Heading, optional sub-navigation and the chosen programme of the socio-economics
 * and funding pages; without a programme in the URL the page asks for one.
 */
export function FinanceFrame({
  title,
  section,
  subNav,
  children,
}: {
  title: string;
  section: string;
  subNav?: TSubNav;
  children: (programme: TProgrammeAccess) => ReactNode;
}) {
  const { t } = useTranslation();
  const { selected, requestedKey } = useProgramme();
  return (
    <>
      <Text size="sm" c="dimmed" mb={4}>
        {section}
      </Text>
      <PageHeading title={title === section ? title : `${title} – ${section}`}>{title}</PageHeading>
      {subNav && (
        <nav aria-label={subNav.label} className="lots-report-nav">
          <ul>
            {subNav.items.map((item) => (
              <li key={item.path}>
                <NavLink end to={programmeHref(item.path, requestedKey)}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {selected ? (
        <>
          <Text c="dimmed" mb="md">
            {selected.name} · {selected.associationName}
          </Text>
          {children(selected)}
        </>
      ) : (
        <Notice title={t('socio.chooseProgramme')} />
      )}
    </>
  );
}
