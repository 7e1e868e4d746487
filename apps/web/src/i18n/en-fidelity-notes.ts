import type { svFidelityNotes } from './sv-fidelity-notes.ts';
import type { TMessages } from './sv.ts';

/** English explanations of the data-assisted proposals: the keys of `sv-fidelity-notes.ts`. */
export const enFidelityNotes = {
  noOpenEnrolment: 'No enrolment open on {{date}}: nothing to count.',
  noJobStart: 'No job start in the window: nothing to count.',
  caseloadNoFte: 'No specialist with an FTE above 0 in the programme: nothing to divide by.',
  caseloadComputed:
    'Open enrolments on {{date}} ÷ total FTE, rounded half up. The scale speaks of any full-time specialist: compare the highest FTE-adjusted caseload in the details.',
  caseloadUnassigned_one: '{{n}} open enrolment has no specialist.',
  caseloadUnassigned_other: '{{n}} open enrolments have no specialist.',
  rapidNoEnrolment: 'No enrolment started in the window: nothing to count.',
  rapidNoContactYet_one:
    'The one enrolment started in the window has no face-to-face employer contact yet.',
  rapidNoContactYet_other:
    'None of the {{n}} enrolments started in the window has a face-to-face employer contact yet.',
  rapidComputed_one:
    'Days from enrolment to the first face-to-face employer contact, for {{n}} enrolment.',
  rapidComputed_other:
    'Mean days from enrolment to the first face-to-face employer contact over {{n}} enrolments.',
  rapidWithout_one: '{{n}} enrolment started in the window still has none and is not in the mean.',
  rapidWithout_other:
    '{{n}} enrolments started in the window still have none and are not in the mean.',
  contactFrequencyNoSpecialists: 'The programme has no specialists: nothing to divide by.',
  contactFrequencyComputed:
    'Face-to-face employer contacts per specialist per week over the last 12 weeks. Whether a supervisor reviews the contact log (anchors 3–5) is for the reviewer.',
  jobTypeComputed:
    'Distinct job types ÷ job starts in the window, as a percentage rounded half up; type = SSYK code, else the lower-cased title.',
  jobTypeUntyped_one: '{{n}} job has neither code nor title and counts as a distinct type.',
  jobTypeUntyped_other: '{{n}} jobs have neither code nor title and count as distinct types.',
  employerDiversityComputed:
    'Distinct employers ÷ job starts in the window, as a percentage rounded half up.',
  competitiveComputed:
    'Competitive job starts ÷ job starts in the window, as a percentage rounded half up. The scale also asks for permanent status: see the competitive permanent jobs in the details.',
  contactQualityNoContact: 'No employer contact in the window: nothing to count.',
  contactQualityNoFaceToFace:
    'Partly computable: employer contacts in the window, none face to face (Lots proposes 1, employers rarely met).',
  contactQualityNoEmployer:
    'Face-to-face contacts in the window name no employer: visits per employer cannot be counted.',
  contactQualityComputed:
    'Partly computable: percentage of employers met face to face in the window who were visited at least twice (Lots mapping ≥50 → 4, ≥25 → 3, else 2). Whether visits were planned, learned the employer’s needs and presented strengths is observed by shadowing: the reviewer decides 5.',
  communityNoLocation: 'No activity in the window has a recorded location: nothing to count.',
  communityComputed:
    'Percentage of located activities (employer contacts, follow-along, meetings) in the community, participant’s home or a workplace; exactly 30 % is 2. Each activity counts once (Lots records no hours).',
  communityWithoutLocation_one: '{{n}} activity without a location is not counted.',
  communityWithoutLocation_other: '{{n}} activities without a location are not counted.',
  individualizedComputed:
    'Partly computable: percentage of job starts with follow-along after the start (Lots mapping ≥75 → 3, ≥40 → 2, else 1). Varied support, support to the employer on request, several people (team, family, co-workers) and career development are for the reviewer (4–5).',
  agencyNoMeeting:
    'No three-party meeting (trepartsmöte) recorded in the window: the log cannot tell whether contact with AF/FK happened some other way. The reviewer asks.',
  agencyComputed_one:
    'Partly computable: {{n}} three-party meeting with AF/FK about shared participants; the value is the percentage of months of the window with at least one (Lots mapping: every week → 4, every month → 3, every quarter → 2, else 1). Contact by phone or e-mail is not logged, and 5 needs scheduled meetings with the agency itself: the reviewer decides.',
  agencyComputed_other:
    'Partly computable: {{n}} three-party meetings with AF/FK about shared participants; the value is the percentage of months of the window with at least one (Lots mapping: every week → 4, every month → 3, every quarter → 2, else 1). Contact by phone or e-mail is not logged, and 5 needs scheduled meetings with the agency itself: the reviewer decides.',
  teamContactNoSpecialist: 'No specialist in the programme: nothing to count.',
  teamContactShown:
    'Partly computable: the value is the percentage of specialist-weeks of the last 12 with a treatment-team meeting. Component 1 (weekly treatment-team meetings) is shown (≥ 90 %). The score counts five components; the other four need interviews or observation, so the reviewer scores.',
  teamContactNotShown:
    'Partly computable: the value is the percentage of specialist-weeks of the last 12 with a treatment-team meeting. Component 1 (weekly treatment-team meetings) is not shown (< 90 %). The score counts five components; the other four need interviews or observation, so the reviewer scores.',
  teamAssignmentNoTeam:
    'No specialist with open enrolments is assigned to a team in Lots: the reviewer decides between anchors 1 and 2.',
  teamAssignmentComputed:
    'Partly computable: percentage of the open caseload on {{date}} referred by psychiatry (Lots mapping ≥90 → 5, ≥75 → 4, ≥50 → 3, else 2). Lots records one team per specialist and no treatment team per participant: the reviewer checks that the referring teams are the specialists’ own.',
  teamAssignmentWithoutTeam_one: '{{n}} specialist with open enrolments has no team.',
  teamAssignmentWithoutTeam_other: '{{n}} specialists with open enrolments have no team.',
  incentivesComputed:
    'Partly computable: percentage of job starts with benefits counselling on or before the start (Lots mapping ≥90 → 4, ≥50 → 3, >0 → 2, else 1). The records do not show who gave it or whether it was repeated when hours or pay changed: the reviewer decides 2–3 and 5.',
  timeUnlimitedTooEarly:
    'Every job start in the window is less than 4 months before the review date: too early to tell.',
  timeUnlimitedComputed:
    'Partly computable: percentage of job starts (at least 4 months old) with follow-along contact with the participant after the third month (Lots mapping ≥50 → 3, >0 → 2, else 1). Follow-along events do not say whether they were face to face, and anchors 4–5 (monthly for a year, timing around start and job loss) are for the reviewer.',
  zeroExclusionNoReferral: 'No referral received in the window: nothing to count.',
  zeroExclusionDeclined_one:
    'Partly computable: {{n}} referral declined in the window (the value is the percentage of referrals). Read the reasons: a decline for perceived lack of readiness means anchor 2 or 3, a formal exclusion policy 1.',
  zeroExclusionDeclined_other:
    'Partly computable: {{n}} referrals declined in the window (the value is the percentage of referrals). Read the reasons: a decline for perceived lack of readiness means anchor 2 or 3, a formal exclusion policy 1.',
  zeroExclusionNoneDeclined_one:
    'Partly computable: no referral declined in the window (Lots proposes 4, no sign of exclusion). 5 also needs practitioners who actively encourage work and referrals from many sources ({{n}} source type here): the reviewer decides.',
  zeroExclusionNoneDeclined_other:
    'Partly computable: no referral declined in the window (Lots proposes 4, no sign of exclusion). 5 also needs practitioners who actively encourage work and referrals from many sources ({{n}} source types here): the reviewer decides.',
} satisfies TMessages<typeof svFidelityNotes>;
