import { addMonths, type TIsoDate } from '../domain/dates.ts';

/**
 * When identity data of a person may no longer be kept: `retentionYears` after the
 * end of their latest enrolment (privacy.md "Retention": configurable per programme,
 * e.g. 2 years after closure). A person with an open enrolment (referred, waiting,
 * enrolled) is kept. An enrolment that ended without closure — declined or withdrawn
 * from the queue — ends on that date: the person was never taken in, and keeping
 * their identity longer than a closed participant's would be perverse.
 */
export function identityRetentionEnds(
  enrolments: readonly { status: string; endedAt: TIsoDate | null }[],
  retentionYears: number,
): TIsoDate | null {
  if (enrolments.length === 0) return null;
  let latest: TIsoDate | null = null;
  for (const e of enrolments) {
    if (!['closed', 'declined', 'withdrawn'].includes(e.status) || !e.endedAt) return null;
    if (!latest || e.endedAt > latest) latest = e.endedAt;
  }
  return latest ? addMonths(latest, 12 * retentionYears) : null;
}

/** True when the retention period has run out on `today` (the end day itself still keeps the data). */
export function identityRetentionExpired(
  enrolments: readonly { status: string; endedAt: TIsoDate | null }[],
  retentionYears: number,
  today: TIsoDate,
): boolean {
  const ends = identityRetentionEnds(enrolments, retentionYears);
  return ends !== null && today > ends;
}
