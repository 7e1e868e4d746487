import type { ColumnType, Generated } from 'kysely';

/** Dates travel as ISO strings `YYYY-MM-DD` on both engines (type parser 1082 → string). */
type IsoDate = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = unknown;

export type CountyTable = { code: string; name: string };
export type MunicipalityTable = { code: string; name: string; countyCode: string };

export type AssociationTable = {
  id: Generated<string>;
  key: string;
  name: string;
  createdAt: CreatedAt;
};

export type ProgrammeTable = {
  id: Generated<string>;
  key: string;
  name: string;
  associationId: string;
  parentId: string | null;
  municipalityCode: string | null;
  closureAfterDays: Generated<number>;
  minHoursPerWeekForEmployment: Generated<number>;
  followUpMonths: Generated<number[]>;
  retentionYears: Generated<number>;
  caseNumberPrefix: string | null;
  priorityRules: ColumnType<Json, string | undefined, string>;
  createdAt: CreatedAt;
};

export type ProgrammeTargetTable = {
  programmeId: string;
  year: number;
  enrolments: number | null;
  rates: ColumnType<Record<string, number>, string | undefined, string>;
};

export type TeamTable = { id: Generated<string>; programmeId: string; key: string; name: string };

export type AppUserTable = {
  id: Generated<string>;
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Generated<'sv' | 'en'>;
  failedLoginCount: Generated<number>;
  lockedUntil: Timestamp | null;
  disabledAt: Timestamp | null;
  createdAt: CreatedAt;
};

export type RoleGrantTable = {
  id: Generated<string>;
  userId: string;
  role: string;
  associationId: string | null;
  programmeId: string | null;
  createdAt: CreatedAt;
};

export type AppSessionTable = {
  id: string;
  userId: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
};

export type SpecialistTable = {
  id: Generated<string>;
  programmeId: string;
  key: string;
  name: string;
  fte: number;
  teamId: string | null;
  userId: string | null;
  active: Generated<boolean>;
  createdAt: CreatedAt;
};

export type EmployerTable = {
  id: Generated<string>;
  associationId: string;
  key: string;
  name: string;
  orgNumber: string | null;
  industry: string | null;
  type: string | null;
  createdAt: CreatedAt;
};

export type ParticipantTable = {
  id: Generated<string>;
  programmeId: string;
  key: string;
  createdAt: CreatedAt;
};

export type ParticipantIdentityTable = {
  participantId: string;
  programmeId: string;
  nameEnc: string | null;
  personalNumberEnc: string | null;
  personalNumberHmac: string | null;
  phoneEnc: string | null;
  emailEnc: string | null;
  erasedAt: Timestamp | null;
  updatedAt: Timestamp;
};

export type EnrolmentTable = {
  id: Generated<string>;
  programmeId: string;
  participantId: string;
  key: string;
  caseNumber: string;
  status: string;
  sex: string;
  birthYear: number;
  municipalityCode: string;
  education: string;
  referralDate: IsoDate;
  referralSource: string;
  referralOfficer: string | null;
  referralOrganisation: string | null;
  queuePriority: number | null;
  queueAcceptedAt: IsoDate | null;
  declinedAt: IsoDate | null;
  declinedReason: string | null;
  withdrawnAt: IsoDate | null;
  withdrawnReason: string | null;
  enrolledAt: IsoDate | null;
  specialistId: string | null;
  consentDate: IsoDate | null;
  consentParticipation: boolean | null;
  consentHandBack: boolean | null;
  consentSurvey: boolean | null;
  consentWithdrawnAt: IsoDate | null;
  timeOnSupport: string | null;
  housingSupportHours: number | null;
  diagnosisGroup: string | null;
  goal: string | null;
  networkAgencies: string[] | null;
  preferences: string | null;
  closedAt: IsoDate | null;
  closureReason: string | null;
  closureSummary: string | null;
  handBackTo: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type IncomeSourceTable = {
  id: Generated<string>;
  programmeId: string;
  enrolmentId: string;
  phase: 'baseline' | 'exit';
  position: number;
  source: string;
  monthly: number | null;
  tax: number | null;
};

export type EventTable = {
  id: Generated<string>;
  programmeId: string;
  enrolmentId: string;
  type: string;
  date: IsoDate;
  specialistId: string | null;
  employerId: string | null;
  data: ColumnType<Record<string, unknown>, string, string>;
  sourceRef: string | null;
  recordedBy: string | null;
  createdAt: CreatedAt;
  voidedAt: Timestamp | null;
  voidedReason: string | null;
  voidedBy: string | null;
};

export type FollowUpTable = {
  id: Generated<string>;
  programmeId: string;
  enrolmentId: string;
  months: number | null;
  date: IsoDate;
  status: string;
  incomeSources: ColumnType<unknown, string | null, string | null>;
  note: string | null;
  sourceRef: string | null;
  recordedBy: string | null;
  createdAt: CreatedAt;
};

export type AuditLogTable = {
  id: Generated<string>;
  at: CreatedAt;
  userId: string | null;
  userEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  programmeId: string | null;
  enrolmentId: string | null;
  ip: string | null;
  reason: string | null;
  details: ColumnType<unknown, string | null, never>;
};

/** A programme's or association's own outcome definition (migration 20261122120000). */
export type OutcomeDefinitionTable = {
  id: Generated<string>;
  associationId: string;
  programmeId: string | null;
  key: string;
  label: string;
  definition: ColumnType<Json, string, string>;
  createdBy: string | null;
  createdAt: CreatedAt;
};

/** Fidelity reviews (migration 20261122130000). */
export type FidelityReviewTable = {
  id: Generated<string>;
  programmeId: string;
  kind: 'self_assessment' | 'external';
  windowFrom: IsoDate;
  windowTo: IsoDate;
  instrumentId: string;
  instrumentVersion: number;
  status: Generated<'draft' | 'scoring' | 'consensus' | 'completed'>;
  createdBy: string | null;
  createdAt: CreatedAt;
  proposalsComputedAt: Timestamp | null;
  completedAt: Timestamp | null;
  total: number | null;
  band: string | null;
  nextDue: IsoDate | null;
};

export type FidelityReviewerTable = {
  id: Generated<string>;
  programmeId: string;
  reviewId: string;
  userId: string;
  name: string;
  submittedAt: Timestamp | null;
};

export type FidelityProposalTable = {
  programmeId: string;
  reviewId: string;
  itemId: string;
  score: number | null;
  evidence: ColumnType<Record<string, unknown>, string, string>;
  note: string;
};

export type FidelityItemScoreTable = {
  id: Generated<string>;
  programmeId: string;
  reviewId: string;
  reviewerId: string | null;
  itemId: string;
  score: number;
  note: string | null;
  evidence: string | null;
  proposalScore: number | null;
  proposalAccepted: boolean | null;
  updatedBy: string | null;
  updatedAt: Timestamp;
};

export type FidelityReportTable = {
  reviewId: string;
  programmeId: string;
  strengths: Generated<string>;
  recommendations: Generated<string>;
  itemComments: ColumnType<{ itemId: string; comment: string }[], string | undefined, string>;
  updatedBy: string | null;
  updatedAt: Timestamp;
};

export type FidelityActionTable = {
  id: Generated<string>;
  programmeId: string;
  reviewId: string;
  itemId: string | null;
  action: string;
  owner: string;
  dueDate: IsoDate | null;
  status: Generated<'open' | 'in_progress' | 'done'>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

/** Socio-economic analyses and funding (migration 20261122140000). */
export type SocioAnalysisTable = {
  id: Generated<string>;
  programmeId: string;
  name: string;
  periodFrom: IsoDate | null;
  periodTo: IsoDate | null;
  parameterSet: string;
  parameterOverrides: ColumnType<Json, string | undefined, string>;
  mode: 'records' | 'scenario';
  outcomeRate: number | null;
  publishedTotals: ColumnType<Json, string | null, string | null>;
  status: Generated<'draft' | 'final'>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
};

export type SocioAnalysisRowTable = {
  id: Generated<string>;
  analysisId: string;
  programmeId: string;
  position: number;
  enrolmentId: string | null;
  inputs: ColumnType<Json, string, string>;
  excluded: Generated<boolean>;
  excludedReason: string | null;
  adjustments: ColumnType<Json, string | undefined, string>;
};

export type FunderTable = {
  id: Generated<string>;
  associationId: string;
  name: string;
  kind: string;
  createdAt: CreatedAt;
};

export type FundingDecisionTable = {
  id: Generated<string>;
  programmeId: string;
  funderId: string;
  year: number;
  amount: number;
  useFrom: IsoDate | null;
  useTo: IsoDate | null;
  conditions: string | null;
  reporting: ColumnType<Json, string | undefined, string>;
  reference: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
};

export type SpendTable = {
  programmeId: string;
  year: number;
  amount: number;
  updatedAt: Timestamp;
};

export type CostSharingKeyTable = {
  id: Generated<string>;
  associationId: string;
  name: string;
  year: number | null;
  municipalKey: string;
  members: ColumnType<Json, string, string>;
  total: number | null;
  createdAt: CreatedAt;
};

export type BudgetAllocationTable = {
  id: Generated<string>;
  programmeId: string;
  year: number;
  total: number;
  keyKind: string;
  key: ColumnType<Json, string, string>;
  result: ColumnType<Json, string, string>;
  createdBy: string | null;
  createdAt: CreatedAt;
};

export type TargetGroupInputTable = {
  id: Generated<string>;
  associationId: string;
  year: number;
  municipality: string;
  counts: ColumnType<Json, string, string>;
  updatedBy: string | null;
  updatedAt: ColumnType<Date, Date | undefined, Date>;
};

/** Moves on every write that may change "Mina deltagare" (migration 20261206010000). */
export type ProgrammeDataVersionTable = {
  programmeId: string;
  version: ColumnType<string, string | number | undefined, string | number>;
};

export type LotsMigrationTable = { name: string; checksum: string; appliedAt: CreatedAt };

export type Database = {
  county: CountyTable;
  municipality: MunicipalityTable;
  association: AssociationTable;
  programme: ProgrammeTable;
  programmeTarget: ProgrammeTargetTable;
  team: TeamTable;
  appUser: AppUserTable;
  roleGrant: RoleGrantTable;
  appSession: AppSessionTable;
  specialist: SpecialistTable;
  employer: EmployerTable;
  participant: ParticipantTable;
  participantIdentity: ParticipantIdentityTable;
  enrolment: EnrolmentTable;
  incomeSource: IncomeSourceTable;
  event: EventTable;
  followUp: FollowUpTable;
  auditLog: AuditLogTable;
  lotsMigration: LotsMigrationTable;
  programmeDataVersion: ProgrammeDataVersionTable;
  outcomeDefinition: OutcomeDefinitionTable;
  socioAnalysis: SocioAnalysisTable;
  socioAnalysisRow: SocioAnalysisRowTable;
  funder: FunderTable;
  fundingDecision: FundingDecisionTable;
  spend: SpendTable;
  costSharingKey: CostSharingKeyTable;
  budgetAllocation: BudgetAllocationTable;
  targetGroupInput: TargetGroupInputTable;
  fidelityReview: FidelityReviewTable;
  fidelityReviewer: FidelityReviewerTable;
  fidelityProposal: FidelityProposalTable;
  fidelityItemScore: FidelityItemScoreTable;
  fidelityReport: FidelityReportTable;
  fidelityAction: FidelityActionTable;
};
