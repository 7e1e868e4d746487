import { useTranslation } from 'react-i18next';
import { MISSING } from '../format.ts';
import { bandTone, type TBand } from './fidelity-model.ts';

/** A total band as a tag with its full Swedish (or English) label. */
export function BandTag({ band }: { band: TBand | null }) {
  const { t } = useTranslation();
  if (!band) return <>{MISSING}</>;
  return (
    <span className={`lots-tag lots-tag--${bandTone(band)}`}>{t(`fidelity.band.${band}`)}</span>
  );
}

const statusTone = {
  draft: 'neutral',
  scoring: 'info',
  consensus: 'alt',
  completed: 'success',
} as const;

export function ReviewStatusTag({ status }: { status: keyof typeof statusTone }) {
  const { t } = useTranslation();
  return (
    <span className={`lots-tag lots-tag--${statusTone[status]}`}>
      {t(`fidelity.status.${status}`)}
    </span>
  );
}
