import type { TOutcomeDefinition } from '@lots/core';

/** Swedish names of the kinds and income sources a rule may list (as in the web labels). */
const names: Record<string, string> = {
  salary: 'lön',
  study_allowance: 'studiemedel',
  none: 'ingen ersättning',
  sickness_compensation: 'sjukersättning',
  activity_compensation: 'aktivitetsersättning',
  work_training: 'arbetsträning',
  work_trial: 'arbetsprövning',
  internship: 'praktik',
  social_training: 'social träning',
  folk_high_school: 'folkhögskola',
  adult_education: 'komvux',
  university: 'högskola',
  vocational: 'yrkesutbildning',
  sfi: 'sfi',
  other: 'annat',
  social_assistance: 'ekonomiskt bistånd',
  sickness_benefit: 'sjukpenning',
  rehabilitation_benefit: 'rehabiliteringsersättning',
  activity_support: 'aktivitetsstöd',
  unemployment_insurance: 'a-kassa',
};
const list = (items: readonly string[]) => items.map((i) => names[i] ?? i).join(', ');

/**
 * The rule of an outcome definition in Swedish, from its data, so a printed report
 * carries what was counted (outcomes.md "Outcome definitions"; own definitions
 * included): "jobb på den öppna marknaden utan lönestöd, eller studier …".
 */
export function definitionRule(d: TOutcomeDefinition): string {
  const parts: string[] = [];
  if (d.jobs) {
    const kind = d.jobs.competitiveOnly
      ? 'konkurrensutsatt jobb'
      : d.jobs.subsidyAllowed === false
        ? 'jobb utan lönestöd'
        : 'jobb, även med lönestöd';
    const extra = d.jobs.competitiveOnly && d.jobs.subsidyAllowed === false ? ' utan lönestöd' : '';
    const hours =
      d.jobs.minHours === undefined || d.jobs.minHours === 'programme'
        ? ' (minst programmets timmar per vecka för anställning)'
        : d.jobs.minHours > 0
          ? ` (minst ${d.jobs.minHours} timmar per vecka)`
          : ' (oavsett timmar)';
    parts.push(`${kind}${extra}${hours}`);
  }
  if (d.studies === true) parts.push('studier');
  else if (Array.isArray(d.studies) && d.studies.length > 0)
    parts.push(`studier: ${list(d.studies)}`);
  if (d.placements === true)
    parts.push('praktik, arbetsträning, arbetsprövning eller social träning');
  else if (Array.isArray(d.placements) && d.placements.length > 0)
    parts.push(`praktik/träning: ${list(d.placements)}`);
  const events =
    parts.length > 0
      ? `${parts.join(' eller ')} påbörjat från inskrivningen till avslutet eller periodens slut`
      : '';
  const income = d.exitIncomeCountsAsSelfSupport
    ? `avslutad senast periodens slut med registrerad försörjning vid avslut som bara är ${list(d.exitIncomeCountsAsSelfSupport)} (ingen registrerad = okänd)`
    : '';
  return [events, income].filter((s) => s !== '').join('; eller ') || 'inget räknas';
}
