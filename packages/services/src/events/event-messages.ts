import type { TEventIssue } from '@lots/core';

/*
 * Swedish texts for refused events, naming the field (the issues themselves are in
 * English for logs and the CLI).
 */

const FIELD_LABELS: Record<string, string> = {
  date: 'Datum',
  type: 'Händelse',
  extentPct: 'Omfattning',
  hoursPerWeek: 'Timmar per vecka',
  salary: 'Lön',
  subsidyMonthly: 'Stöd per månad',
  monthly: 'Belopp per månad',
  employer: 'Arbetsgivare',
  specialist: 'Specialist',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function swedishEventIssue(
  issue: TEventIssue,
  ctx: { enrolledAt: string; closedAt: string | null },
): string {
  const field = String(issue.path[0] ?? '');
  switch (issue.rule) {
    case 'before_enrolment':
      return `Datum: händelsen kan inte vara före inskrivningen (${ctx.enrolledAt}).`;
    case 'after_closure':
      return `Datum: händelsen kan inte vara efter avslutet (${ctx.closedAt ?? ''}).`;
    case 'end_before_start':
      return 'Datum: ett avslut kan inte vara före sin start.';
    case 'end_without_start':
      return 'Händelse: det finns ingen pågående anställning, studie eller praktik att avsluta.';
    case 'orphans_later_end':
      return 'Datum: avslutet skulle lämna ett senare registrerat avslut utan start.';
    case 'value':
      return field === 'extentPct'
        ? 'Omfattning: måste vara mellan 1 och 100 %.'
        : field === 'hoursPerWeek' && issue.message.includes('168')
          ? 'Timmar per vecka: kan inte vara fler än 168.'
          : `${fieldLabel(field)}: får inte vara negativt.`;
  }
}
