import type { TParticipantExport } from '@lots/contracts';
import type { TFunction } from 'i18next';
import { sv } from '../i18n/sv.ts';

export type TAuditEntry = TParticipantExport['audit'][number];
type TWhat = keyof typeof sv.subject.auditWhat;
const known = Object.keys(sv.subject.auditWhat) as TWhat[];

/**
 * The audit row in plain Swedish ("Registrerade remissen"); an action the UI does not
 * know yet is shown as recorded (`action entity`) rather than hidden.
 */
export function describeAudit(t: TFunction, a: Pick<TAuditEntry, 'action' | 'entity'>): string {
  const what = known.find((k) => k === `${a.action}_${a.entity}`);
  return what ? t(`subject.auditWhat.${what}`) : `${a.action} ${a.entity}`;
}
