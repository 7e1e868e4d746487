import { addMonths, type TIsoDate } from '../domain/dates.ts';

export type TFollowUpDueStatus = 'done' | 'due' | 'overdue' | 'upcoming' | 'no_consent';

export type TFollowUpDue = {
  months: number;
  dueDate: TIsoDate;
  status: TFollowUpDueStatus;
  /** Date of the recorded follow-up, when done. */
  doneOn: TIsoDate | null;
};

/** How long before its due date a follow-up shows as due, and after it as overdue. */
export const FOLLOW_UP_WINDOW_DAYS = 30;

/**
 * Follow-ups after closure (process.md "Follow-up after closure"; seeds 000 and 004
 * ask for them): one per configured month, due on closure date + N months. A
 * follow-up counts as done when one is recorded for that month. Without survey
 * consent, or after consent was withdrawn, the person may not be contacted: those
 * show as `no_consent` instead of silently disappearing from the list.
 *
 * `due` runs from a month before the due date to a month after it; later it is
 * `overdue`; earlier `upcoming`.
 */
export function followUpSchedule(input: {
  closedAt: TIsoDate;
  months: readonly number[];
  recorded: readonly { months: number | null; date: TIsoDate }[];
  surveyConsent: boolean;
  consentWithdrawnAt: TIsoDate | null;
  today: TIsoDate;
}): TFollowUpDue[] {
  const consent = input.surveyConsent && !input.consentWithdrawnAt;
  return [...input.months]
    .sort((a, b) => a - b)
    .map((months) => {
      const dueDate = addMonths(input.closedAt, months);
      const done = input.recorded.find((r) => r.months === months);
      if (done) return { months, dueDate, status: 'done', doneOn: done.date };
      if (!consent) return { months, dueDate, status: 'no_consent', doneOn: null };
      const status: TFollowUpDueStatus =
        input.today < addMonths(dueDate, -1)
          ? 'upcoming'
          : input.today <= addMonths(dueDate, 1)
            ? 'due'
            : 'overdue';
      return { months, dueDate, status, doneOn: null };
    });
}
