import type { QueryClient } from '@tanstack/react-query';

export const eventsKey = (enrolmentId: string) => ['events', enrolmentId] as const;

/**
 * After any case-work change: everything that shows the enrolment (its page, the
 * timeline with the derived phase, the workspace lists) is fetched again.
 */
export async function invalidateCase(queryClient: QueryClient, enrolmentId: string) {
  await Promise.all(
    [
      ['participant', enrolmentId],
      eventsKey(enrolmentId),
      ['participants'],
      ['my-participants'],
      ['queue'],
      ['caseload'],
      ['follow-ups'],
      ['employer'],
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
