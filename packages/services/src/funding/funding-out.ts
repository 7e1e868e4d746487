import type { TFundingDecisionOut } from '@lots/contracts';
import { funderKinds } from '@lots/contracts';

type TKind = TFundingDecisionOut['funder']['kind'];
export const asFunderKind = (k: string): TKind =>
  (funderKinds as readonly string[]).includes(k) ? (k as TKind) : 'other';

export type TReportDue = { due: string; label: string; sentAt: string | null };
export const reportingOf = (v: unknown): TReportDue[] =>
  Array.isArray(v) ? (v as TReportDue[]) : [];

/** A stored decision as the API shows it. */
export function decisionOut(d: {
  id: string;
  programmeKey: string;
  funderId: string;
  funderName: string;
  funderKind: string;
  year: number;
  amount: number;
  useFrom: string | null;
  useTo: string | null;
  conditions: string | null;
  reporting: unknown;
  reference: string | null;
}): TFundingDecisionOut {
  return {
    id: d.id,
    programme: d.programmeKey,
    funder: { id: d.funderId, name: d.funderName, kind: asFunderKind(d.funderKind) },
    year: d.year,
    amount: d.amount,
    useFrom: d.useFrom,
    useTo: d.useTo,
    conditions: d.conditions,
    reporting: reportingOf(d.reporting),
    reference: d.reference,
  };
}
