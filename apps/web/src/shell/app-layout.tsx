import { Button, Container } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MeContext } from '../auth/me-context.ts';
import { useMeQuery } from '../auth/me-query.ts';
import { Notice } from '../components/notice.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { MAIN_ID, SkipLink } from '../components/skip-link.tsx';
import { AppHeader } from './app-header.tsx';

/** Skip link, header, navigation and the main landmark around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const meQuery = useMeQuery();

  if (meQuery.isPending) return <PageLoader label={t('app.loading')} />;

  const me = meQuery.data ?? null;
  return (
    <MeContext.Provider value={me}>
      <SkipLink />
      <AppHeader me={me} />
      <main id={MAIN_ID} tabIndex={-1} className="lots-main">
        <Container size="xl">
          {meQuery.isError ? (
            <Notice tone="error" title={t('app.genericError')}>
              <Button variant="default" onClick={() => void meQuery.refetch()}>
                {t('app.retry')}
              </Button>
            </Notice>
          ) : (
            <Suspense fallback={<PageLoader label={t('app.loading')} />}>
              <Outlet />
            </Suspense>
          )}
        </Container>
      </main>
    </MeContext.Provider>
  );
}
