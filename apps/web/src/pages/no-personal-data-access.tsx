import type { TProgrammeAccess } from '@lots/contracts';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/notice.tsx';

/** Analysts and funders see aggregates only (privacy.md "Roles"): say so plainly. */
export function NoPersonalDataAccess({ programme }: { programme: TProgrammeAccess }) {
  const { t } = useTranslation();
  const roles = programme.roles.map((r) => t(`role.${r}`)).join(', ');
  return (
    <Notice title={t('participants.noAccessTitle')}>
      {t('participants.noAccess', { programme: programme.name, roles })}
    </Notice>
  );
}
