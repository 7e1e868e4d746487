import { proposeClosure, type TEventType, type TPathwayEvent } from '@lots/core';
import type { TClosureProposalOut, TEventItem, TPhase } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { phaseOf } from '../participants/phase-of.ts';

export type TEventRowFull = Awaited<
  ReturnType<TRepositories['events']['listForEnrolment']>
>[number];
export type TEnrolmentContext = NonNullable<
  Awaited<ReturnType<TRepositories['events']['findEnrolment']>>
>;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A stored event as the pathway rules see it; jobs are paired by employer id. */
export function toRuleEvent(row: {
  type: string;
  date: string;
  employerId: string | null;
  data: Record<string, unknown>;
  voidedAt: Date | null;
  voidedReason: string | null;
}): TPathwayEvent {
  const { kind } = row.data;
  return {
    type: row.type as TEventType,
    date: row.date,
    employer: row.employerId,
    kind: typeof kind === 'string' ? kind : null,
    voided: row.voidedAt ? { reason: row.voidedReason ?? '' } : null,
    extentPct: num(row.data.extentPct),
    hoursPerWeek: num(row.data.hoursPerWeek),
    salary: num(row.data.salary),
    subsidyMonthly: num(row.data.subsidyMonthly),
    monthly: num(row.data.monthly),
  };
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function toEventItem(row: TEventRowFull): TEventItem {
  return {
    id: row.id,
    enrolmentId: row.enrolmentId,
    type: row.type as TEventType,
    date: row.date,
    specialist:
      row.specialistId && row.specialistName
        ? { id: row.specialistId, name: row.specialistName }
        : null,
    employer:
      row.employerId && row.employerKey && row.employerName
        ? { id: row.employerId, key: row.employerKey, name: row.employerName }
        : null,
    data: row.data,
    recordedBy: row.recordedByName,
    createdAt: iso(row.createdAt),
    voided: row.voidedAt
      ? { reason: row.voidedReason ?? '', at: iso(row.voidedAt), by: row.voidedByName }
      : null,
  };
}

/** The enrolment's derived phase and closure proposal on `today`, from its events. */
export function enrolmentState(
  enrolment: Pick<TEnrolmentContext, 'status' | 'enrolledAt' | 'closureAfterDays'>,
  rows: readonly TEventRowFull[],
  today: string,
): { phase: TPhase; closureProposal: TClosureProposalOut | null } {
  const phase = phaseOf(enrolment.status, rows, today);
  const proposal =
    enrolment.status === 'enrolled' && enrolment.enrolledAt
      ? proposeClosure(
          rows.map(toRuleEvent),
          enrolment.enrolledAt,
          enrolment.closureAfterDays,
          today,
        )
      : null;
  return {
    phase,
    closureProposal: proposal
      ? { ...proposal, closureAfterDays: enrolment.closureAfterDays }
      : null,
  };
}
