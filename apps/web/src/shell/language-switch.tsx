import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, setLocale } from '../i18n/i18n.ts';

/** Shows the other language in that language ("English" / "Svenska"), as GOV.UK does. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('language.switchTo');
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      lang={target}
      onClick={() => {
        if (isLocale(target)) void setLocale(target);
      }}
    >
      {t('language.switchLabel')}
    </Button>
  );
}
