import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * Whether the page was just loaded. The first heading after a full page load does
 * not take focus (the skip link stays first in the tab order); every heading shown
 * after a client-side navigation does, so screen readers announce the new page.
 */
let firstPageSinceLoad = true;

type TPageHeadingProps = {
  children: ReactNode;
  /** The page's part of `document.title`, e.g. "Deltagare" → "Deltagare – Lots". */
  title: string;
  /** Prefixes the title with "Fel: " while a form shows errors (GOV.UK pattern). */
  hasErrors?: boolean;
};

/** The one h1 of a page; sets `document.title` and takes focus after navigation. */
export function PageHeading({ children, title, hasErrors = false }: TPageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    const prefix = hasErrors ? `${t('app.errorTitlePrefix')}: ` : '';
    document.title = `${prefix}${title} – ${t('app.name')}`;
  }, [title, hasErrors, t]);

  useEffect(() => {
    if (firstPageSinceLoad) {
      firstPageSinceLoad = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);

  return (
    <Title order={1} ref={ref} tabIndex={-1} className="lots-page-heading" mb="md">
      {children}
    </Title>
  );
}
