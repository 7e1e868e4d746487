import type { ParseKeys, TFunction } from 'i18next';
import { MISSING } from './format.ts';
import { sv } from './i18n/sv.ts';

/** Enum groups whose API field is a plain string (not a closed union in the contract). */
export type TEnumGroup =
  | 'sex'
  | 'education'
  | 'referralSource'
  | 'incomeSource'
  | 'timeOnSupport'
  | 'diagnosisGroup'
  | 'goal'
  | 'closureReason'
  | 'eventType'
  | 'placementKind'
  | 'studyKind'
  | 'meetingKind'
  | 'employerContactPurpose'
  | 'followAlongWith'
  | 'activityLocation'
  | 'followUpStatus'
  | 'jobContract'
  | 'subsidy'
  | 'employerType';

/**
 * The UI label of an enum value. A value the UI does not know yet (the server added
 * one) shows as its identifier rather than as a missing-key path.
 */
export function enumLabel(
  t: TFunction,
  group: TEnumGroup,
  value: string | null | undefined,
): string {
  if (value == null || value === '') return MISSING;
  if (!Object.hasOwn(sv[group], value)) return value;
  // Checked just above: `group.value` is a key of the resources.
  return t(`${group}.${value}` as ParseKeys);
}
