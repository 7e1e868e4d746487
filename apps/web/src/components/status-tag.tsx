import type { TPhase } from '@lots/contracts';
import { useTranslation } from 'react-i18next';

type TTone = 'neutral' | 'info' | 'success' | 'warning' | 'alt' | 'teal';

const phaseTone = {
  referred: 'neutral',
  waiting: 'warning',
  declined: 'neutral',
  withdrawn: 'neutral',
  profile: 'info',
  job_search: 'alt',
  in_placement: 'teal',
  employed: 'success',
  studying: 'success',
  paused: 'warning',
  closed: 'neutral',
} as const satisfies Record<TPhase, TTone>;

/** A phase as a tag: the word carries the meaning, the colour only helps scanning. */
export function PhaseTag({ phase }: { phase: TPhase }) {
  const { t } = useTranslation();
  return <span className={`lots-tag lots-tag--${phaseTone[phase]}`}>{t(`phase.${phase}`)}</span>;
}
