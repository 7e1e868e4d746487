import { derivePhase, type TEventType, type TPathwayEvent } from '@lots/core';
import type { TPhase } from '@lots/contracts';

export type TEventRow = {
  type: string;
  date: string;
  employerId: string | null;
  data: Record<string, unknown>;
  voidedAt: Date | null;
  voidedReason: string | null;
};

export function toPathwayEvent(e: TEventRow): TPathwayEvent {
  const kind = e.data.kind;
  return {
    type: e.type as TEventType,
    date: e.date,
    employer: e.employerId,
    kind: typeof kind === 'string' ? kind : null,
    voided: e.voidedAt ? { reason: e.voidedReason ?? '' } : null,
  };
}

/** The phase shown in lists: the enrolment's status until enrolled, then derived from events. */
export function phaseOf(status: string, events: readonly TEventRow[], today: string): TPhase {
  switch (status) {
    case 'referred':
    case 'waiting':
    case 'declined':
    case 'withdrawn':
    case 'closed':
      return status;
    default:
      return derivePhase(events.map(toPathwayEvent), today);
  }
}
