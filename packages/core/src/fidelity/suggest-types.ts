import type { TIsoDate } from '../domain/dates.ts';
import type {
  TActivityLocation,
  TFollowAlongWith,
  TJobContract,
  TMeetingKind,
} from '../domain/enums.ts';
import type { TFidelityNotePart } from './proposal-notes.ts';
import type { TFidelityItemId } from './types.ts';

/*
 * Plain inputs of the data-assisted proposals (fidelity.md "Data-assisted scoring"):
 * what the repository loads for a programme with its sub-programmes. `ref` is a
 * pseudonymised reference to an enrolment (its case number), never a name or a
 * personal number. Inputs may hold more than the window: the rules pick their dates.
 */

export type TFidelitySpecialistInput = { id: string; key: string; fte: number };

export type TFidelitySuggestInput = {
  programme: string;
  /** The review date D. */
  date: TIsoDate;
  /** Length of the review window ending on D; default 12. */
  windowMonths?: number;
  specialists: readonly TFidelitySpecialistInput[];
  /** Enrolments open on D (enrolled on or before D, not closed by D). */
  openEnrolments: readonly {
    ref: string;
    specialistId: string | null;
    /** Where the referral came from (`psychiatry`, `AF`, …), when known. */
    referralSource?: string | null;
  }[];
  /** Enrolments with their enrolment date and the dates of their face-to-face employer contacts. */
  enrolments: readonly {
    ref: string;
    enrolledAt: TIsoDate;
    faceToFaceContactDates: readonly TIsoDate[];
  }[];
  /** Non-voided employer contacts of the programme's enrolments. */
  employerContacts: readonly {
    ref: string;
    date: TIsoDate;
    faceToFace: boolean;
    specialistId: string | null;
    /** The employer's key, when the contact names one. */
    employer?: string | null;
    location?: TActivityLocation | null;
  }[];
  /** Non-voided `job_start` events. `employer` is the employer's key. */
  jobStarts: readonly {
    ref: string;
    date: TIsoDate;
    employer: string;
    occupation: string | null;
    title: string | null;
    competitive: boolean;
    contract: TJobContract;
  }[];
  /** Dates of non-voided `benefits_counselling` events, per enrolment. */
  benefitsCounselling: readonly { ref: string; dates: readonly TIsoDate[] }[];
  followAlong: readonly {
    ref: string;
    date: TIsoDate;
    with: TFollowAlongWith;
    specialistId?: string | null;
    location?: TActivityLocation | null;
  }[];
  /** Non-voided `meeting` events (kind, the specialist who held it, where). */
  meetings?: readonly {
    ref: string;
    date: TIsoDate;
    kind: TMeetingKind;
    specialistId: string | null;
    location?: TActivityLocation | null;
  }[];
  /** The specialists' teams (`team` / enhet), when recorded: specialist id → team key. */
  specialistTeams?: readonly { specialistId: string; team: string | null }[];

  /** Referrals received (for the denominator of zero exclusion) and the declined ones. */
  referrals: readonly { ref: string; date: TIsoDate; source: string }[];
  declinedReferrals: readonly { ref: string; date: TIsoDate; reason: string }[];
};

export type TFidelityWindow = { from: TIsoDate; to: TIsoDate };

export type TFidelityEvidence = {
  numerator: number;
  denominator: number;
  /** The rounded value that is banded; null when there was nothing to count. */
  value: number | null;
  window: TFidelityWindow;
  /** Pseudonymised references (case numbers) of the records behind the figure. */
  records: string[];
  /** Item-specific figures (e.g. each specialist's FTE-adjusted caseload). */
  details?: Record<string, unknown>;
};

export type TFidelityProposal = {
  id: TFidelityItemId;
  /** Proposed score 1–5; null when there is nothing to count or the data cannot decide. */
  score: number | null;
  evidence: TFidelityEvidence;
  /** Why there is no score, or what the figure cannot show (English; reviewer-facing). */
  note: string;
  /** The same explanation as message keys with their figures, for translated interfaces. */
  explanation: TFidelityNotePart[];
};

export type TFidelitySuggestion = {
  programme: string;
  date: TIsoDate;
  window: TFidelityWindow;
  items: TFidelityProposal[];
};
