import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMe } from '../auth/me-context.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { navItems } from './nav-items.ts';
import { ProgrammePicker } from './programme-picker.tsx';

export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const { selected, requestedKey } = useProgramme();
  const items = navItems.filter((item) => item.visible({ programme: selected, roles: me.roles }));

  return (
    <Container size="xl" className="lots-header__sub">
      <nav aria-label={t('nav.label')}>
        <ul className="lots-nav__list">
          {items.map((item) => (
            <li key={item.id}>
              <NavLink className="lots-nav__link" to={programmeHref(item.path, requestedKey)}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ProgrammePicker />
    </Container>
  );
}
