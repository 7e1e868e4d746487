import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  // Focus without adding `#main` to the URL (the router owns the URL).
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="lots-skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
      {t('skipLink')}
    </a>
  );
}
