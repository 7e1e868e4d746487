import type { TMe } from '@lots/contracts';
import { Button, Container, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNav } from './main-nav.tsx';

function SignedInUser({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const roles = me.roles.map((r) => t(`role.${r}`)).join(', ');

  async function logout() {
    setPending(true);
    try {
      await api.logout();
    } catch {
      // The session may already be gone; the user is signed out here either way.
    }
    // A full page load, not a client-side navigation: nothing of the session (cached
    // participants, personal data) stays in the memory of this tab.
    window.location.replace('/logga-in');
  }

  return (
    <>
      <Text size="sm" ta="right" lh={1.3}>
        <span className="lots-visually-hidden">{t('header.signedInAs')} </span>
        <strong>{me.displayName}</strong>
        <br />
        <Text span size="sm" c="dimmed">
          {roles}
        </Text>
      </Text>
      <Button variant="default" size="compact-md" onClick={logout} loading={pending}>
        {t('header.logout')}
      </Button>
    </>
  );
}

export function AppHeader({ me }: { me: TMe | null }) {
  const { t } = useTranslation();
  return (
    <header className="lots-header">
      <Container size="xl" className="lots-header__bar">
        <Link to="/" className="lots-header__brand" aria-label={t('header.home')}>
          {t('app.name')}
        </Link>
        <Group gap="md" wrap="wrap" justify="flex-end">
          {me && <SignedInUser me={me} />}
          <LanguageSwitch />
        </Group>
      </Container>
      {me && <MainNav />}
    </header>
  );
}
