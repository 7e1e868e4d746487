import type { TParticipantDetail } from '@lots/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../format.ts';
import { enumLabel } from '../labels.ts';
import type { TEnumGroup } from '../labels.ts';

export type TEvent = TParticipantDetail['events'][number];

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Which label group an event's `kind` belongs to. */
function kindGroup(type: string): TEnumGroup | null {
  if (type.startsWith('placement_')) return 'placementKind';
  if (type.startsWith('study_')) return 'studyKind';
  if (type === 'meeting') return 'meetingKind';
  return null;
}

/**
 * The readable facts of an event, one line each, for the timeline. The case-work
 * forms will show events in full; this shows what identifies one at a glance.
 */
export function describeEvent(t: TFunction, event: TEvent): string[] {
  const d = event.data;
  const lines: string[] = [];
  const group = kindGroup(event.type);
  const kind = str(d.kind);
  if (group && kind) lines.push(enumLabel(t, group, kind));
  if (event.employerName) lines.push(t('participant.employer', { name: event.employerName }));

  const title = str(d.title);
  if (title) lines.push(title);
  const hours = num(d.hoursPerWeek);
  const extent = num(d.extentPct);
  const extentParts: string[] = [];
  if (hours !== null)
    extentParts.push(t('participant.hoursPerWeek', { hours: formatNumber(hours, 1) }));
  if (extent !== null) extentParts.push(formatPercent(extent / 100, 0));
  if (extentParts.length > 0) lines.push(extentParts.join(', '));
  const salary = num(d.salary);
  if (event.type === 'job_start' && salary !== null) {
    lines.push(t('participant.salary', { amount: formatMoney(salary) }));
  }

  const purpose = str(d.purpose);
  if (event.type === 'employer_contact' && purpose) {
    lines.push(enumLabel(t, 'employerContactPurpose', purpose));
  }
  if (d.faceToFace === true) lines.push(t('participant.faceToFace'));
  const withWhom = str(d.with);
  if (event.type === 'follow_along' && withWhom)
    lines.push(enumLabel(t, 'followAlongWith', withWhom));
  const parties = Array.isArray(d.parties) ? d.parties.filter((p) => typeof p === 'string') : [];
  if (parties.length > 0) lines.push(t('participant.parties', { parties: parties.join(', ') }));
  const location = str(d.location);
  if (location) lines.push(enumLabel(t, 'activityLocation', location));

  const source = str(d.source);
  if (event.type === 'income_change' && source) {
    const monthly = num(d.monthly);
    const label = enumLabel(t, 'incomeSource', source);
    lines.push(
      monthly === null
        ? label
        : t('participant.incomeSourceWithAmount', { source: label, amount: formatMoney(monthly) }),
    );
  }

  for (const key of ['goals', 'reason', 'text'] as const) {
    const value = str(d[key]);
    if (value) lines.push(value);
  }
  const due = str(d.dueDate);
  if (event.type === 'plan' && due) lines.push(t('participant.dueDate', { date: formatDate(due) }));
  return lines;
}
