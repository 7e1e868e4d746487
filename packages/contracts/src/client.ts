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
  ZBreakdownReport,
  ZCaseloadReport,
  ZFactBox,
  ZLastingReport,
  ZMovementReport,
  ZOutcomeReport,
  ZOwnDefinition,
  ZOwnDefinitionList,
  ZProgrammeTarget,
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
} from './api/reports.ts';

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
  };
}

export type TApiClient = ReturnType<typeof createApiClient>;
