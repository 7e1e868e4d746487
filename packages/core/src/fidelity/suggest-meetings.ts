import { addDays, addMonths, type TIsoDate } from '../domain/dates.ts';
import { percentHalfUp } from './proposal-bands.ts';
import { contactWeeksWindow, inWindow, uniqueSorted } from './review-window.ts';
import type { TFidelityProposal, TFidelitySuggestInput, TFidelityWindow } from './suggest-types.ts';
import { explain } from './proposal-notes.ts';

/*
 * Organisation items from the meeting log and the specialists' teams (fidelity.md
 * items 4–6). These are Lots' own mappings of what the records show onto the scale's
 * anchors, each capped where the records stop, and each note says what the reviewer
 * must still judge.
 */

/** Back-to-back blocks ending on `to` (the newest first), each `step` long, inside the window. */
export function blocksBack(
  window: TFidelityWindow,
  step: (date: TIsoDate, n: number) => TIsoDate,
): TFidelityWindow[] {
  const blocks: TFidelityWindow[] = [];
  for (let i = 0; ; i += 1) {
    const to = step(window.to, -i);
    const from = addDays(step(window.to, -(i + 1)), 1);
    if (from < window.from) return blocks;
    blocks.push({ from, to });
  }
}

const weeks = (w: TFidelityWindow) => blocksBack(w, (d, n) => addDays(d, 7 * n));
const months = (w: TFidelityWindow) => blocksBack(w, (d, n) => addMonths(d, n));
const quarters = (w: TFidelityWindow) => blocksBack(w, (d, n) => addMonths(d, 3 * n));

const covered = (blocks: TFidelityWindow[], dates: readonly TIsoDate[]) =>
  blocks.filter((b) => dates.some((d) => inWindow(d, b))).length;

/**
 * Item 6 `agency_collaboration`: client-related contact with Arbetsförmedlingen /
 * Försäkringskassan is what a `three_party` meeting (trepartsmöte) records. Over the
 * window, in back-to-back blocks ending on D: a meeting in every week → 4 ("weekly"),
 * every month → 3, every quarter → 2, else 1. Capped at 4: anchor 5 also needs
 * scheduled face-to-face meetings with the agency itself, which the log does not tell.
 */
export function proposeAgencyCollaboration(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const held = (input.meetings ?? []).filter(
    (m) => m.kind === 'three_party' && inWindow(m.date, window),
  );
  const dates = held.map((m) => m.date);
  const [w, m, q] = [weeks(window), months(window), quarters(window)];
  const coverage = {
    weeks: { with: covered(w, dates), of: w.length },
    months: { with: covered(m, dates), of: m.length },
    quarters: { with: covered(q, dates), of: q.length },
  };
  const base = {
    numerator: coverage.months.with,
    denominator: coverage.months.of,
    window,
    records: uniqueSorted(held.map((x) => x.ref)),
    details: { threePartyMeetings: held.length, coverage },
  };
  if (held.length === 0) {
    return {
      id: 'agency_collaboration',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'agencyNoMeeting' }),
    };
  }
  const all = (c: { with: number; of: number }) => c.of > 0 && c.with === c.of;
  const score = all(coverage.weeks) ? 4 : all(coverage.months) ? 3 : all(coverage.quarters) ? 2 : 1;
  return {
    id: 'agency_collaboration',
    score,
    evidence: { ...base, value: percentHalfUp(coverage.months.with, coverage.months.of) },
    ...explain({ key: 'agencyComputed', params: { count: held.length } }),
  };
}

/**
 * Item 5 `team_contact`: of its five components the meeting log shows only the first,
 * attending the weekly treatment-team meeting: `treatment_team` meetings per
 * specialist in the 12 weeks up to D. Component 1 is shown when specialists attended
 * in at least 90 % of their weeks. No score: the anchors count components, and 2–5
 * (active part, single record, offices, talking about people not referred) need
 * interviews or observation.
 */
export function proposeTeamContact(input: TFidelitySuggestInput): TFidelityProposal {
  const window = contactWeeksWindow(input.date);
  const w = weeks(window);
  const held = (input.meetings ?? []).filter(
    (m) => m.kind === 'treatment_team' && inWindow(m.date, window),
  );
  const perSpecialist = input.specialists.map((s) => ({
    specialist: s.key,
    weeks: covered(
      w,
      held.filter((m) => m.specialistId === s.id).map((m) => m.date),
    ),
  }));
  const attended = perSpecialist.reduce((n, s) => n + s.weeks, 0);
  const possible = w.length * input.specialists.length;
  const base = {
    numerator: attended,
    denominator: possible,
    window,
    records: uniqueSorted(held.map((m) => m.ref)),
    details: { treatmentTeamMeetings: held.length, specialists: perSpecialist },
  };
  if (possible === 0) {
    return {
      id: 'team_contact',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'teamContactNoSpecialist' }),
    };
  }
  const value = percentHalfUp(attended, possible);
  const shown = value >= 90;
  return {
    id: 'team_contact',
    score: null,
    evidence: { ...base, value, details: { ...base.details, component1: shown } },
    ...explain({ key: shown ? 'teamContactShown' : 'teamContactNotShown' }),
  };
}

/**
 * Item 4 `team_assignment`: Lots records at most one team per specialist (so never
 * more than 2), and no treatment team per participant; referrals from psychiatry
 * stand for the treatment teams. Share of the open caseload on D referred by
 * psychiatry: ≥ 90 % → 5, ≥ 75 % → 4, ≥ 50 % → 3, else 2. No score while no
 * specialist with open enrolments has a team (anchor 1 or 2 is then the reviewer's).
 */
export function proposeTeamAssignment(input: TFidelitySuggestInput): TFidelityProposal {
  const window = { from: input.date, to: input.date };
  const teamOf = new Map((input.specialistTeams ?? []).map((t) => [t.specialistId, t.team]));
  const working = input.specialists.filter((s) =>
    input.openEnrolments.some((e) => e.specialistId === s.id),
  );
  const withTeam = working.filter((s) => (teamOf.get(s.id) ?? null) !== null);
  const open = input.openEnrolments;
  const fromPsychiatry = open.filter((e) => e.referralSource === 'psychiatry');
  const base = {
    numerator: fromPsychiatry.length,
    denominator: open.length,
    window,
    records: uniqueSorted(fromPsychiatry.map((e) => e.ref)),
    details: {
      specialists: working.map((s) => ({ specialist: s.key, team: teamOf.get(s.id) ?? null })),
      withoutTeam: working.length - withTeam.length,
      otherSourceRecords: uniqueSorted(
        open.filter((e) => e.referralSource !== 'psychiatry').map((e) => e.ref),
      ),
    },
  };
  if (open.length === 0 || withTeam.length === 0) {
    return {
      id: 'team_assignment',
      score: null,
      evidence: { ...base, value: null },
      ...explain(
        open.length === 0
          ? { key: 'noOpenEnrolment', params: { date: input.date } }
          : { key: 'teamAssignmentNoTeam' },
      ),
    };
  }
  const value = percentHalfUp(fromPsychiatry.length, open.length);
  const score = value >= 90 ? 5 : value >= 75 ? 4 : value >= 50 ? 3 : 2;
  return {
    id: 'team_assignment',
    score,
    evidence: { ...base, value },
    ...explain(
      { key: 'teamAssignmentComputed', params: { date: input.date } },
      withTeam.length < working.length && {
        key: 'teamAssignmentWithoutTeam',
        params: { count: working.length - withTeam.length },
      },
    ),
  };
}
