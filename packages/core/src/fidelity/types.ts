/**
 * The IPS-25 fidelity scale as data (fidelity.md, fidelity-items.md): an instrument
 * definition is versioned and can be replaced by a corrected one without a release,
 * because several anchors were not confirmed word for word ([P], [P?]).
 */

/** The 25 item ids of fidelity.md "Items and identifiers", in the scale's order. */
export const fidelityItemIds = [
  'caseload_size',
  'employment_services_staff',
  'vocational_generalists',
  'team_assignment',
  'team_contact',
  'agency_collaboration',
  'vocational_unit',
  'supervisor_role',
  'zero_exclusion',
  'agency_focus',
  'executive_support',
  'work_incentives_planning',
  'disclosure',
  'vocational_assessment',
  'rapid_job_search',
  'individualized_job_search',
  'employer_contact_frequency',
  'employer_contact_quality',
  'job_type_diversity',
  'employer_diversity',
  'competitive_jobs',
  'individualized_follow_along',
  'time_unlimited_follow_along',
  'community_based_services',
  'assertive_outreach',
] as const;
export type TFidelityItemId = (typeof fidelityItemIds)[number];

export const fidelitySections = ['staffing', 'organisation', 'services'] as const;
export type TFidelitySection = (typeof fidelitySections)[number];

/** How much of the item Lots can derive from case data (fidelity.md table). */
export const fidelityComputabilities = ['yes', 'partly', 'no'] as const;
export type TFidelityComputability = (typeof fidelityComputabilities)[number];

/**
 * How sure the catalogue is of the anchor wording: `V` verified in a public copy,
 * `P` follows the published scale but unconfirmed, `P?` lower confidence.
 */
export const fidelityProvenances = ['V', 'P', 'P?'] as const;
export type TFidelityProvenance = (typeof fidelityProvenances)[number];

export const fidelityBandIds = ['exemplary', 'good', 'fair', 'not_ips'] as const;
export type TFidelityBandId = (typeof fidelityBandIds)[number];

/** Text in both locales; Swedish first because the UI is Swedish. */
export type TFidelityText = { sv: string; en: string };

/** The anchors for scores 1, 2, 3, 4 and 5, in that order. */
export type TFidelityAnchors = readonly [
  TFidelityText,
  TFidelityText,
  TFidelityText,
  TFidelityText,
  TFidelityText,
];

export type TFidelityItem = {
  id: TFidelityItemId;
  /** 1–25, the scale's overall sequence number. */
  number: number;
  section: TFidelitySection;
  /** The code in the published scale: S1–S3, O1–O8, SV1–SV14. */
  code: string;
  title: TFidelityText;
  text: TFidelityText;
  anchors: TFidelityAnchors;
  provenance: TFidelityProvenance;
  computable: TFidelityComputability;
};

export type TFidelityBand = {
  id: TFidelityBandId;
  min: number;
  max: number;
  /**
   * `sv` as in seed 001 ("Stämmer bra överens med IPS"); `svShort` as in
   * interchange.md's example of `lots fidelity score` ("Stämmer bra"); `en` the
   * English fidelity level.
   */
  label: TFidelityText & { svShort: string };
};

export type TFidelityInstrument = {
  id: string;
  version: number;
  name: TFidelityText;
  /** Where the text comes from and what is unconfirmed. */
  source: string;
  items: readonly TFidelityItem[];
  bands: readonly TFidelityBand[];
};
