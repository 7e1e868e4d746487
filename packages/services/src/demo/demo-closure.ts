import { addMonths, type TClosureReason, type TFollowUpStatus, type TIsoDate } from '@lots/core';
import type { TClosure, TFollowUp, TIncome } from '@lots/contracts';
import type { TRandom } from './demo-random.ts';

/*
 * How demo enrolments end: the closure with its reason, exit income and closing
 * summary, and the follow-ups at +6 and +12 months that Lots adds to what SUS
 * recorded (process.md "Follow-up after closure").
 */

export type TClosurePlan = { closureDate: TIsoDate; reason: TClosureReason; exit?: TIncome[] };

/** Reasons for closures without a job or studies, roughly as the seeds spread them. */
export const otherReasons: readonly (readonly [TClosureReason, number])[] = [
  ['ill_health', 28],
  ['other_intervention', 20],
  ['job_seeking', 14],
  ['not_right_intervention', 12],
  ['own_choice', 10],
  ['moved', 8],
  ['parental_leave', 5],
  ['other', 3],
];

const summaries: Record<TClosureReason, string> = {
  employment:
    'Avslutas enligt tvåmånadersregeln efter anställning. Fortsatt stöd från arbetsgivaren.',
  studies: 'Avslutas enligt tvåmånadersregeln efter studiestart.',
  job_seeking: 'Fortsätter som arbetssökande hos Arbetsförmedlingen.',
  other_intervention: 'Går vidare till annan insats.',
  ill_health: 'Avslutas på grund av försämrat mående. Kan söka igen.',
  not_right_intervention: 'IPS bedöms inte vara rätt insats just nu.',
  parental_leave: 'Avslutas på grund av föräldraledighet.',
  moved: 'Avslutas på grund av flytt från området.',
  own_choice: 'Avslutas på egen begäran.',
  other: 'Avslutas av annat skäl.',
};

function followUpStatus(rng: TRandom, reason: TClosureReason): TFollowUpStatus {
  if (reason === 'employment') {
    return rng.weighted([
      ['employed', 80],
      ['none', 8],
      ['occupied', 4],
      ['unreachable', 8],
    ] as const);
  }
  if (reason === 'studies') {
    return rng.weighted([
      ['studying', 70],
      ['employed', 10],
      ['none', 10],
      ['unreachable', 10],
    ] as const);
  }
  return rng.weighted([
    ['none', 45],
    ['occupied', 20],
    ['employed', 12],
    ['studying', 5],
    ['unreachable', 18],
  ] as const);
}

/** The closure and the follow-ups that are due by `today`. */
export function demoClosure(
  rng: TRandom,
  plan: TClosurePlan,
  options: { today: TIsoDate; followUpMonths: readonly number[]; handBackTo?: string },
): { closure: TClosure; followUps: TFollowUp[] } {
  const closure: TClosure = {
    date: plan.closureDate,
    reason: plan.reason,
    ...(plan.exit ? { exitIncomeSources: plan.exit.map((i) => ({ ...i })) } : {}),
    summary: summaries[plan.reason],
    ...(options.handBackTo ? { handBackTo: options.handBackTo } : {}),
  };
  const followUps: TFollowUp[] = [];
  let status = followUpStatus(rng, plan.reason);
  for (const months of options.followUpMonths) {
    const date = addMonths(plan.closureDate, months);
    if (date > options.today) break;
    if (followUps.length > 0 && rng.chance(0.3)) status = followUpStatus(rng, plan.reason);
    const incomeSources: TIncome[] | undefined =
      status === 'employed'
        ? [{ source: 'salary', monthly: rng.amount(12000, 27000) }]
        : status === 'studying'
          ? [{ source: 'study_allowance' }]
          : undefined;
    followUps.push({ date, status, months, ...(incomeSources ? { incomeSources } : {}) });
  }
  return { closure, followUps };
}
