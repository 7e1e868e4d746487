import type { z } from 'zod';
import { ZMe, type TLoginRequest, type TMe } from './api/auth.ts';
import { ZProblem, type TProblem } from './api/common.ts';
import {
  ZParticipantDetail,
  ZParticipantPage,
  type TListParticipantsQuery,
  type TParticipantDetail,
  type TParticipantPage,
} from './api/participants.ts';
import { ZHealth, ZProgrammeList } from './api/programmes.ts';
import {
  ZProgrammeSettings,
  type TProgrammeSettings,
  type TProgrammeSettingsRequest,
} from './api/programme-settings.ts';
import {
  ZEnrolmentState,
  ZFollowUpOut,
  ZIdentityOut,
  ZQueue,
  ZScheduledFollowUpList,
  type TCloseEnrolmentRequest,
  type TCreateReferralRequest,
  type TEnrolRequest,
  type TEnrolmentState,
  type TEraseIdentityRequest,
  type TFollowUpOut,
  type TIdentityOut,
  type TIdentityRequest,
  type TIntakeDecisionRequest,
  type TQueue,
  type TRecordFollowUpRequest,
  type TScheduledFollowUpList,
  type TUpdateBaselineRequest,
  type TWithdrawConsentRequest,
} from './api/case-work.ts';
import {
  ZAssignResult,
  ZCaseload,
  ZEmployerContactWeeks,
  ZMyParticipants,
  ZSpecialistList,
  type TAssignRequest,
  type TAssignResult,
  type TCaseload,
  type TEmployerContactWeeks,
  type TEmployerContactsQuery,
  type TMyParticipants,
  type TMyParticipantsQuery,
  type TSpecialistList,
} from './api/caseload.ts';
import {
  ZEraseIdentityResult,
  ZParticipantExport,
  type TEraseIdentityResult,
  type TParticipantExport,
} from './api/data-subject.ts';
import {
  ZEmployerDetail,
  ZEmployerList,
  ZEmployerOut,
  type TCreateEmployerRequest,
  type TEmployerDetail,
  type TEmployerList,
  type TEmployerOut,
  type TUpdateEmployerRequest,
} from './api/employers.ts';
import {
  ZEventChange,
  ZEventTimeline,
  type TCreateEventRequest,
  type TEventChange,
  type TEventTimeline,
  type TVoidEventRequest,
} from './api/events.ts';
import {
  ZSocioAnalysisList,
  ZSocioAnalysisOut,
  type TCreateSocioAnalysisRequest,
  type TImportSocioAnalysisRequest,
  type TSocioAnalysisList,
  type TSocioAnalysisOut,
  type TUpdateSocioAnalysisRequest,
  type TUpdateSocioRowRequest,
  type TAddSocioRowRequest,
} from './api/socio.ts';
import {
  ZAllocationList,
  ZAllocationOut,
  ZCostMetricsOut,
  ZCostSharingKeyList,
  ZCostSharingKeyOut,
  ZFunderList,
  ZFunderOut,
  ZFundingDecisionList,
  ZFundingDecisionOut,
  ZImportGrantsResult,
  ZReportingCalendar,
  ZSpendList,
  ZTargetGroupOut,
  ZTargetGroupInputs,
  type TAllocationList,
  type TAllocationOut,
  type TCostMetricsOut,
  type TCostSharingKeyList,
  type TCostSharingKeyOut,
  type TCreateAllocationRequest,
  type TCreateCostSharingKeyRequest,
  type TCreateFunderRequest,
  type TCreateFundingDecisionRequest,
  type TFunderList,
  type TFunderOut,
  type TFundingDecisionList,
  type TFundingDecisionOut,
  type TImportGrantsRequest,
  type TImportGrantsResult,
  type TMarkReportSentRequest,
  type TReportingCalendar,
  type TSetSpendRequest,
  type TSpendList,
  type TTargetGroupOut,
  type TTargetGroupInputs,
  type TTargetGroupRequest,
} from './api/funding.ts';

import {
  ZBreakdownReport,
  ZCaseloadReport,
  ZFactBox,
  ZLastingReport,
  ZMovementReport,
  ZOutcomeReport,
  ZOwnDefinition,
  ZOwnDefinitionList,
  ZProgrammeTarget,
  ZTimeMeasuresReport,
  type TBreakdownReport,
  type TCaseloadReport,
  type TFactBox,
  type TLastingReport,
  type TMovementReport,
  type TOutcomeReportResponse,
  type TOwnDefinition,
  type TOwnDefinitionRequest,
  type TProgrammeTargetResponse,
  type TReportParams,
  type TTargetRequest,
  type TTimeMeasuresReport,
} from './api/reports.ts';

import {
  ZFidelityAction,
  ZFidelityActionList,
  ZFidelityComparison,
  ZFidelityConsensus,
  ZFidelityHistory,
  ZFidelityItemScore,
  ZFidelityReport,
  ZFidelityReviewDetail,
  ZFidelityReviewList,
  ZFidelityReviewSummary,
  type TCompleteFidelityReviewRequest,
  type TCreateFidelityActionRequest,
  type TCreateFidelityReviewRequest,
  type TFidelityAgreedRequest,
  type TFidelityReportRequest,
  type TFidelityScoreRequest,
  type TUpdateFidelityActionRequest,
} from './api/fidelity-reviews.ts';
import { ZFidelitySuggestion } from './fidelity.ts';

/** An error answer of the API, with its RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: TProblem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

export type TApiClientOptions = {
  baseUrl?: string;
  fetch?: typeof fetch;
};

/**
 * The typed client of /api/v1. The web app talks to the server only through it;
 * responses are checked against the same schemas the server answers with.
 */
export function createApiClient(options: TApiClientOptions = {}) {
  const base = (options.baseUrl ?? '') + '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T extends z.ZodType>(
    schema: T | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const init: RequestInit = { method, credentials: 'same-origin', headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await doFetch(base + path, init);
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!res.ok) {
      const parsed = ZProblem.safeParse(json);
      throw new ApiError(
        res.status,
        parsed.success
          ? parsed.data
          : {
              type: 'about:blank',
              title: res.statusText,
              status: res.status,
              code: 'INTERNAL',
              issues: [],
            },
      );
    }
    return (schema ? schema.parse(json) : undefined) as z.infer<T>;
  }

  const enc = encodeURIComponent;

  const qs = (params: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
    const str = s.toString();
    return str ? `?${str}` : '';
  };

  /** Report parameters as the query string of ZReportQuery. */
  const reportQs = (q: TReportParams) => ({
    programme: q.programme,
    association: q.association,
    from: q.from,
    to: q.to,
    denominator: q.denominator,
    by: q.by?.join(','),
    ageBands: q.ageBands,
    suppress: q.suppress === undefined ? undefined : String(q.suppress),
  });

  return {
    health: () => request(ZHealth, 'GET', '/health'),
    login: (body: TLoginRequest): Promise<TMe> => request(ZMe, 'POST', '/auth/login', body),
    logout: async (): Promise<void> => {
      await request(null, 'POST', '/auth/logout', {});
    },
    me: (): Promise<TMe> => request(ZMe, 'GET', '/auth/me'),
    listProgrammes: () => request(ZProgrammeList, 'GET', '/programmes'),
    getProgrammeSettings: (key: string): Promise<TProgrammeSettings> =>
      request(ZProgrammeSettings, 'GET', `/programmes/${enc(key)}/settings`),
    updateProgrammeSettings: (
      key: string,
      body: TProgrammeSettingsRequest,
    ): Promise<TProgrammeSettings> =>
      request(ZProgrammeSettings, 'PATCH', `/programmes/${enc(key)}/settings`, body),
    listParticipants: (
      q: Partial<TListParticipantsQuery> & { programme: string },
    ): Promise<TParticipantPage> => request(ZParticipantPage, 'GET', `/participants${qs(q)}`),
    getParticipant: (id: string): Promise<TParticipantDetail> =>
      request(ZParticipantDetail, 'GET', `/participants/${encodeURIComponent(id)}`),

    // ---- case work (issue "Case work"): referral → intake → enrolment → closure ----
    createReferral: (body: TCreateReferralRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'POST', '/referrals', body),
    getQueue: (programme: string): Promise<TQueue> =>
      request(ZQueue, 'GET', `/queue${qs({ programme })}`),
    decideIntake: (id: string, body: TIntakeDecisionRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'POST', `/enrolments/${enc(id)}/decision`, body),
    enrol: (id: string, body: TEnrolRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'POST', `/enrolments/${enc(id)}/enrol`, body),
    withdrawConsent: (id: string, body: TWithdrawConsentRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'POST', `/enrolments/${enc(id)}/consent/withdraw`, body),
    updateBaseline: (id: string, body: TUpdateBaselineRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'PATCH', `/enrolments/${enc(id)}/baseline`, body),
    closeEnrolment: (id: string, body: TCloseEnrolmentRequest): Promise<TEnrolmentState> =>
      request(ZEnrolmentState, 'POST', `/enrolments/${enc(id)}/close`, body),
    listFollowUps: (programme: string): Promise<TScheduledFollowUpList> =>
      request(ZScheduledFollowUpList, 'GET', `/follow-ups/due${qs({ programme })}`),
    recordFollowUp: (id: string, body: TRecordFollowUpRequest): Promise<TFollowUpOut> =>
      request(ZFollowUpOut, 'POST', `/enrolments/${enc(id)}/follow-ups`, body),
    updateIdentity: (participantId: string, body: TIdentityRequest): Promise<TIdentityOut> =>
      request(ZIdentityOut, 'PUT', `/participants/${enc(participantId)}/identity`, body),
    exportParticipant: (participantId: string): Promise<TParticipantExport> =>
      request(ZParticipantExport, 'GET', `/participants/${enc(participantId)}/export`),
    eraseIdentity: (
      participantId: string,
      body: TEraseIdentityRequest,
    ): Promise<TEraseIdentityResult> =>
      request(
        ZEraseIdentityResult,
        'POST',
        `/participants/${enc(participantId)}/erase-identity`,
        body,
      ),
    // ---- events ----
    listEvents: (id: string): Promise<TEventTimeline> =>
      request(ZEventTimeline, 'GET', `/enrolments/${enc(id)}/events`),
    createEvent: (id: string, body: TCreateEventRequest): Promise<TEventChange> =>
      request(ZEventChange, 'POST', `/enrolments/${enc(id)}/events`, body),
    voidEvent: (eventId: string, body: TVoidEventRequest): Promise<TEventChange> =>
      request(ZEventChange, 'POST', `/events/${enc(eventId)}/void`, body),
    // ---- employers ----
    listEmployers: (q: { programme: string; q?: string }): Promise<TEmployerList> =>
      request(ZEmployerList, 'GET', `/employers${qs(q)}`),
    createEmployer: (programme: string, body: TCreateEmployerRequest): Promise<TEmployerOut> =>
      request(ZEmployerOut, 'POST', `/employers${qs({ programme })}`, body),
    getEmployer: (id: string): Promise<TEmployerDetail> =>
      request(ZEmployerDetail, 'GET', `/employers/${enc(id)}`),
    updateEmployer: (id: string, body: TUpdateEmployerRequest): Promise<TEmployerOut> =>
      request(ZEmployerOut, 'PATCH', `/employers/${enc(id)}`, body),
    // ---- caseload ----
    myParticipants: (q: TMyParticipantsQuery = {}): Promise<TMyParticipants> =>
      request(ZMyParticipants, 'GET', `/my-participants${qs(q)}`),
    getCaseload: (q: { programme: string; date?: string }): Promise<TCaseload> =>
      request(ZCaseload, 'GET', `/caseload${qs(q)}`),
    assignSpecialist: (id: string, body: TAssignRequest): Promise<TAssignResult> =>
      request(ZAssignResult, 'POST', `/enrolments/${enc(id)}/assign`, body),
    employerContactWeeks: (
      specialistId: string,
      q: TEmployerContactsQuery = {},
    ): Promise<TEmployerContactWeeks> =>
      request(
        ZEmployerContactWeeks,
        'GET',
        `/specialists/${enc(specialistId)}/employer-contacts${qs(q)}`,
      ),
    listSpecialists: (programmeKey: string): Promise<TSpecialistList> =>
      request(ZSpecialistList, 'GET', `/programmes/${enc(programmeKey)}/specialists`),
    // ---- fidelity reviews (issue "Fidelity reviews") ----
    fidelitySuggest: (q: { programme: string; date: string; windowMonths?: number }) =>
      request(ZFidelitySuggestion, 'GET', `/fidelity/suggest${qs(q)}`),
    createFidelityReview: (body: TCreateFidelityReviewRequest) =>
      request(ZFidelityReviewDetail, 'POST', '/fidelity/reviews', body),
    listFidelityReviews: (programme: string) =>
      request(ZFidelityReviewList, 'GET', `/fidelity/reviews${qs({ programme })}`),
    getFidelityReview: (id: string) =>
      request(ZFidelityReviewDetail, 'GET', `/fidelity/reviews/${enc(id)}`),
    addFidelityReviewer: (id: string, email: string) =>
      request(ZFidelityReviewSummary, 'POST', `/fidelity/reviews/${enc(id)}/reviewers`, { email }),
    refreshFidelityProposals: (id: string) =>
      request(ZFidelityReviewDetail, 'POST', `/fidelity/reviews/${enc(id)}/proposals/refresh`, {}),
    scoreFidelityItem: (id: string, itemId: string, body: TFidelityScoreRequest) =>
      request(
        ZFidelityItemScore,
        'PUT',
        `/fidelity/reviews/${enc(id)}/scores/${enc(itemId)}`,
        body,
      ),
    submitFidelityScores: (id: string) =>
      request(ZFidelityReviewDetail, 'POST', `/fidelity/reviews/${enc(id)}/submit`, {}),
    getFidelityConsensus: (id: string) =>
      request(ZFidelityConsensus, 'GET', `/fidelity/reviews/${enc(id)}/consensus`),
    setFidelityAgreed: (id: string, itemId: string, body: TFidelityAgreedRequest) =>
      request(
        ZFidelityItemScore,
        'PUT',
        `/fidelity/reviews/${enc(id)}/agreed/${enc(itemId)}`,
        body,
      ),
    completeFidelityReview: (id: string, body: TCompleteFidelityReviewRequest = {}) =>
      request(ZFidelityReviewSummary, 'POST', `/fidelity/reviews/${enc(id)}/complete`, body),
    getFidelityReport: (id: string) =>
      request(ZFidelityReport, 'GET', `/fidelity/reviews/${enc(id)}/report`),
    updateFidelityReport: (id: string, body: TFidelityReportRequest) =>
      request(ZFidelityReport, 'PUT', `/fidelity/reviews/${enc(id)}/report`, body),
    /** A link target, not a JSON call: the browser downloads the PDF. */
    fidelityReportPdfUrl: (id: string) => `${base}/fidelity/reviews/${enc(id)}/report.pdf`,
    listFidelityActions: (id: string) =>
      request(ZFidelityActionList, 'GET', `/fidelity/reviews/${enc(id)}/actions`),
    createFidelityAction: (id: string, body: TCreateFidelityActionRequest) =>
      request(ZFidelityAction, 'POST', `/fidelity/reviews/${enc(id)}/actions`, body),
    updateFidelityAction: (id: string, actionId: string, body: TUpdateFidelityActionRequest) =>
      request(
        ZFidelityAction,
        'PATCH',
        `/fidelity/reviews/${enc(id)}/actions/${enc(actionId)}`,
        body,
      ),
    deleteFidelityAction: async (id: string, actionId: string): Promise<void> => {
      await request(null, 'DELETE', `/fidelity/reviews/${enc(id)}/actions/${enc(actionId)}`, {});
    },
    fidelityHistory: (programme: string) =>
      request(ZFidelityHistory, 'GET', `/fidelity/history${qs({ programme })}`),
    fidelityCompare: (association: string) =>
      request(ZFidelityComparison, 'GET', `/fidelity/compare${qs({ association })}`),
    // ---- reports ----
    outcomeReport: (q: TReportParams): Promise<TOutcomeReportResponse> =>
      request(ZOutcomeReport, 'GET', `/reports/outcomes${qs(reportQs(q))}`),
    participantsReport: (q: TReportParams): Promise<TBreakdownReport> =>
      request(ZBreakdownReport, 'GET', `/reports/participants${qs(reportQs(q))}`),
    closuresReport: (q: TReportParams): Promise<TBreakdownReport> =>
      request(ZBreakdownReport, 'GET', `/reports/closures${qs(reportQs(q))}`),
    movementReport: (q: TReportParams): Promise<TMovementReport> =>
      request(ZMovementReport, 'GET', `/reports/movement${qs(reportQs(q))}`),
    caseloadReport: (q: TReportParams): Promise<TCaseloadReport> =>
      request(ZCaseloadReport, 'GET', `/reports/caseload${qs(reportQs(q))}`),
    factBox: (q: TReportParams): Promise<TFactBox> =>
      request(ZFactBox, 'GET', `/reports/fact-box${qs(reportQs(q))}`),
    lastingReport: (q: TReportParams): Promise<TLastingReport> =>
      request(ZLastingReport, 'GET', `/reports/lasting${qs(reportQs(q))}`),
    timeMeasuresReport: (q: TReportParams): Promise<TTimeMeasuresReport> =>
      request(ZTimeMeasuresReport, 'GET', `/reports/time-measures${qs(reportQs(q))}`),
    /** A link that downloads the report as a file (CSV, XLSX, or the overview's PDF). */
    reportFileUrl: (report: string, format: 'csv' | 'xlsx' | 'pdf', q: TReportParams): string =>
      format === 'pdf'
        ? `${base}/reports/${enc(report)}.pdf${qs(reportQs(q))}`
        : `${base}/reports/${enc(report)}${qs({ ...reportQs(q), format })}`,
    setProgrammeTarget: (
      programmeKey: string,
      year: number,
      body: TTargetRequest,
    ): Promise<TProgrammeTargetResponse> =>
      request(ZProgrammeTarget, 'PUT', `/programmes/${enc(programmeKey)}/targets/${year}`, body),
    listOutcomeDefinitions: (q: {
      programme?: string;
      association?: string;
    }): Promise<{ items: TOwnDefinition[] }> =>
      request(ZOwnDefinitionList, 'GET', `/outcome-definitions${qs(q)}`),
    createOutcomeDefinition: (body: TOwnDefinitionRequest): Promise<TOwnDefinition> =>
      request(ZOwnDefinition, 'POST', '/outcome-definitions', body),
    // ---- socio-economic analyses (issue "Socio-economics and funding") ----
    listSocioAnalyses: (programme: string): Promise<TSocioAnalysisList> =>
      request(ZSocioAnalysisList, 'GET', `/socio/analyses${qs({ programme })}`),
    createSocioAnalysis: (body: TCreateSocioAnalysisRequest): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'POST', '/socio/analyses', body),
    importSocioAnalysis: (body: TImportSocioAnalysisRequest): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'POST', '/socio/analyses/import', body),
    getSocioAnalysis: (id: string): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'GET', `/socio/analyses/${enc(id)}`),
    updateSocioAnalysis: (
      id: string,
      body: TUpdateSocioAnalysisRequest,
    ): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'PATCH', `/socio/analyses/${enc(id)}`, body),
    updateSocioRow: (
      id: string,
      row: number,
      body: TUpdateSocioRowRequest,
    ): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'PATCH', `/socio/analyses/${enc(id)}/rows/${row}`, body),
    addSocioRow: (id: string, body: TAddSocioRowRequest): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'POST', `/socio/analyses/${enc(id)}/rows`, body),
    deleteSocioRow: (id: string, row: number): Promise<TSocioAnalysisOut> =>
      request(ZSocioAnalysisOut, 'DELETE', `/socio/analyses/${enc(id)}/rows/${row}`, {}),
    socioAnalysisFileUrl: (id: string, format: 'xlsx' | 'pdf'): string =>
      `${base}/socio/analyses/${enc(id)}.${format}`,
    targetGroupInputs: (association: string, year: number): Promise<TTargetGroupInputs> =>
      request(
        ZTargetGroupInputs,
        'GET',
        `/funding/target-group/inputs?association=${enc(association)}&year=${year}`,
      ),
    saveTargetGroupInputs: (body: TTargetGroupInputs): Promise<TTargetGroupInputs> =>
      request(ZTargetGroupInputs, 'PUT', '/funding/target-group/inputs', body),
    // ---- funding ----
    listFunders: (association: string): Promise<TFunderList> =>
      request(ZFunderList, 'GET', `/funding/funders${qs({ association })}`),
    createFunder: (body: TCreateFunderRequest): Promise<TFunderOut> =>
      request(ZFunderOut, 'POST', '/funding/funders', body),
    listFundingDecisions: (q: {
      programme: string;
      year?: number;
    }): Promise<TFundingDecisionList> =>
      request(ZFundingDecisionList, 'GET', `/funding/decisions${qs(q)}`),
    createFundingDecision: (body: TCreateFundingDecisionRequest): Promise<TFundingDecisionOut> =>
      request(ZFundingDecisionOut, 'POST', '/funding/decisions', body),
    markReportSent: (id: string, body: TMarkReportSentRequest): Promise<TFundingDecisionOut> =>
      request(ZFundingDecisionOut, 'POST', `/funding/decisions/${enc(id)}/reports/sent`, body),
    listSpend: (q: { programme: string; year?: number }): Promise<TSpendList> =>
      request(ZSpendList, 'GET', `/funding/spend${qs(q)}`),
    setSpend: (body: TSetSpendRequest): Promise<TSpendList> =>
      request(ZSpendList, 'PUT', '/funding/spend', body),
    listCostSharingKeys: (association: string): Promise<TCostSharingKeyList> =>
      request(ZCostSharingKeyList, 'GET', `/funding/cost-sharing-keys${qs({ association })}`),
    createCostSharingKey: (body: TCreateCostSharingKeyRequest): Promise<TCostSharingKeyOut> =>
      request(ZCostSharingKeyOut, 'POST', '/funding/cost-sharing-keys', body),
    listBudgetAllocations: (programme: string): Promise<TAllocationList> =>
      request(ZAllocationList, 'GET', `/funding/allocations${qs({ programme })}`),
    createBudgetAllocation: (body: TCreateAllocationRequest): Promise<TAllocationOut> =>
      request(ZAllocationOut, 'POST', '/funding/allocations', body),
    getCostMetrics: (q: { programme: string; year: number }): Promise<TCostMetricsOut> =>
      request(ZCostMetricsOut, 'GET', `/funding/costs${qs(q)}`),
    getReportingCalendar: (q: {
      programme?: string;
      association?: string;
      from?: string;
      includeSent?: 'true' | 'false';
    }): Promise<TReportingCalendar> =>
      request(ZReportingCalendar, 'GET', `/funding/calendar${qs(q)}`),
    importGrants: (body: TImportGrantsRequest): Promise<TImportGrantsResult> =>
      request(ZImportGrantsResult, 'POST', '/funding/grants/import', body),
    estimateTargetGroup: (body: TTargetGroupRequest): Promise<TTargetGroupOut> =>
      request(ZTargetGroupOut, 'POST', '/funding/target-group', body),
  };
}

export type TApiClient = ReturnType<typeof createApiClient>;
