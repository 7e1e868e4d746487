/**
 * Every enumeration of the domain, as `as const` arrays with derived unions.
 * Identifiers are the English ones of shared/domain/glossary.md, process.md and
 * outcomes.md; the arrays are ordered as those documents list them, so UIs and
 * reports can use the order as is.
 */

/** SUS records female/male; `other` and `unknown` are stored and reported as their own groups (process.md). */
export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export type TSex = (typeof sexes)[number];

export const educationLevels = [
  'compulsory',
  'upper_secondary',
  'post_secondary_short',
  'university',
  'unknown',
] as const;
export type TEducationLevel = (typeof educationLevels)[number];

export const referralSources = [
  'self',
  'AF',
  'FK',
  'psychiatry',
  'social_services',
  'primary_care',
  'other',
] as const;
export type TReferralSource = (typeof referralSources)[number];

/** Income support (försörjning), glossary.md. */
export const incomeSources = [
  'social_assistance',
  'sickness_benefit',
  'rehabilitation_benefit',
  'activity_compensation',
  'sickness_compensation',
  'activity_support',
  'unemployment_insurance',
  'study_allowance',
  'salary',
  'none',
] as const;
export type TIncomeSource = (typeof incomeSources)[number];

/**
 * Income sources that count as public support. Study allowance (CSN) is not counted,
 * as in the seeds; salary and `none` obviously are not (outcomes.md `self_support`).
 */
export const publicSupportIncomeSources = [
  'social_assistance',
  'sickness_benefit',
  'rehabilitation_benefit',
  'activity_compensation',
  'sickness_compensation',
  'activity_support',
  'unemployment_insurance',
] as const satisfies readonly TIncomeSource[];
export type TPublicSupportIncomeSource = (typeof publicSupportIncomeSources)[number];

const publicSupportSet: ReadonlySet<TIncomeSource> = new Set(publicSupportIncomeSources);
export function isPublicSupport(source: TIncomeSource): boolean {
  return publicSupportSet.has(source);
}

/** SUS bands of time on public income support (interchange.md). */
export const timeOnSupportBands = [
  'up_to_1_year',
  'up_to_3_years',
  'up_to_6_years',
  'up_to_9_years',
  'more_than_9_years',
  'not_applicable',
] as const;
export type TTimeOnSupport = (typeof timeOnSupportBands)[number];

export const diagnosisGroups = [
  'psychosis',
  'bipolar',
  'depression_anxiety',
  'neuropsychiatric',
  'personality',
  'substance_use',
  'intellectual_disability',
  'other',
] as const;
export type TDiagnosisGroup = (typeof diagnosisGroups)[number];

/** The participant's own goal. */
export const goals = ['work', 'studies', 'occupation'] as const;
export type TGoal = (typeof goals)[number];

/** Event types of process.md's table, in its order. */
export const eventTypes = [
  'employer_contact',
  'job_start',
  'job_end',
  'study_start',
  'study_end',
  'placement_start',
  'placement_end',
  'benefits_counselling',
  'follow_along',
  'meeting',
  'plan',
  'income_change',
  'housing_support_change',
  'note',
] as const;
export type TEventType = (typeof eventTypes)[number];

/** The three kinds of activity that have a start and an end. */
export const spellKinds = ['job', 'study', 'placement'] as const;
export type TSpellKind = (typeof spellKinds)[number];

/** tillsvidare / visstid / vikariat */
export const jobContracts = ['permanent', 'fixed_term', 'substitute'] as const;
export type TJobContract = (typeof jobContracts)[number];

/** `wage_subsidy` = lönebidrag/lönestöd; `new_start` = nystartsjobb. */
export const subsidies = ['none', 'wage_subsidy', 'new_start', 'other'] as const;
export type TSubsidy = (typeof subsidies)[number];

export const studyKinds = [
  'adult_education',
  'folk_high_school',
  'university',
  'vocational',
  'sfi',
  'other',
] as const;
export type TStudyKind = (typeof studyKinds)[number];

/** praktik / arbetsträning / arbetsprövning / social träning */
export const placementKinds = [
  'internship',
  'work_training',
  'work_trial',
  'social_training',
] as const;
export type TPlacementKind = (typeof placementKinds)[number];

export const meetingKinds = ['network', 'three_party', 'sip', 'review', 'treatment_team'] as const;
export type TMeetingKind = (typeof meetingKinds)[number];

export const employerContactPurposes = ['job_development', 'follow_along', 'other'] as const;
export type TEmployerContactPurpose = (typeof employerContactPurposes)[number];

export const followAlongWith = ['participant', 'employer'] as const;
export type TFollowAlongWith = (typeof followAlongWith)[number];

/**
 * Where an activity (employer contact, follow-along, meeting) took place, for IPS-25
 * item 24 `community_based_services`: `office` and `remote` are not in the community;
 * `community`, `participant_home` and `workplace` (an employer's premises) are.
 */
export const activityLocations = [
  'office',
  'community',
  'participant_home',
  'workplace',
  'remote',
] as const;
export type TActivityLocation = (typeof activityLocations)[number];
export const communityLocations: readonly TActivityLocation[] = [
  'community',
  'participant_home',
  'workplace',
];

/** Closure reasons, process.md "Closure", in its order. */
export const closureReasons = [
  'employment',
  'studies',
  'job_seeking',
  'other_intervention',
  'ill_health',
  'not_right_intervention',
  'parental_leave',
  'moved',
  'own_choice',
  'other',
] as const;
export type TClosureReason = (typeof closureReasons)[number];

/** Status recorded at a follow-up after closure (+6 / +12 months). */
export const followUpStatuses = [
  'employed',
  'studying',
  'occupied',
  'none',
  'unreachable',
] as const;
export type TFollowUpStatus = (typeof followUpStatuses)[number];

export const employerTypes = [
  'private',
  'public',
  'municipality',
  'region',
  'state',
  'non_profit',
  'social_enterprise',
] as const;
export type TEmployerType = (typeof employerTypes)[number];

/** SNI 2007 sections (näringsgren), one letter each. */
export const sniSections = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type TSniSection = (typeof sniSections)[number];

/** States of an enrolment record (process.md "States"). */
export const enrolmentStatuses = [
  'referred',
  'waiting',
  'declined',
  'withdrawn',
  'enrolled',
  'closed',
] as const;
export type TEnrolmentStatus = (typeof enrolmentStatuses)[number];

/**
 * Phases while enrolled, derived from events (process.md "Phases while enrolled").
 * `paused` exists in the process description but no event sets it yet.
 */
export const phases = [
  'profile',
  'job_search',
  'in_placement',
  'employed',
  'studying',
  'paused',
] as const;
export type TPhase = (typeof phases)[number];

export const roles = ['specialist', 'supervisor', 'analyst', 'funder', 'admin'] as const;
export type TRole = (typeof roles)[number];

/** The six standard outcome definitions, in the order of outcomes.md. */
export const outcomeIds = [
  'competitive_employment',
  'employment',
  'studies',
  'employment_or_studies',
  'occupation',
  'self_support',
] as const;
export type TOutcomeId = (typeof outcomeIds)[number];

export const denominatorIds = [
  'enrolled_in_period',
  'closed_in_period',
  'closed_or_outcome',
  'started_in_period',
] as const;
export type TDenominatorId = (typeof denominatorIds)[number];

/** What a queue priority rule matches on; rules are data, not code (process.md "Caseload and queue"). */
export const priorityRuleKinds = ['max_age', 'referral_source', 'income_source'] as const;
export type TPriorityRuleKind = (typeof priorityRuleKinds)[number];
