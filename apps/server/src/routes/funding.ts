import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAllocationList,
  ZAllocationOut,
  ZAssociationQuery,
  ZCalendarQuery,
  ZCostMetricsOut,
  ZCostQuery,
  ZCostSharingKeyList,
  ZCostSharingKeyOut,
  ZCreateAllocationRequest,
  ZCreateCostSharingKeyRequest,
  ZCreateFunderRequest,
  ZCreateFundingDecisionRequest,
  ZFunderList,
  ZFunderOut,
  ZFundingDecisionList,
  ZFundingDecisionOut,
  ZIdParam,
  ZImportGrantsRequest,
  ZImportGrantsResult,
  ZMarkReportSentRequest,
  ZProblem,
  ZProgrammeYearQuery,
  ZReportingCalendar,
  ZSetSpendRequest,
  ZSocioAnalysisListQuery,
  ZSpendList,
  ZTargetGroupInputs,
  ZTargetGroupInputsQuery,
  ZTargetGroupOut,
  ZTargetGroupRequest,
} from '@lots/contracts';
import {
  createBudgetAllocation,
  createCostSharingKey,
  createFunder,
  createFundingDecision,
  estimateTargetGroup,
  getTargetGroupInputs,
  saveTargetGroupInputs,
  getCostMetrics,
  getReportingCalendar,
  importGrants,
  listBudgetAllocations,
  listCostSharingKeys,
  listFunders,
  listFundingDecisions,
  listSpend,
  markReportSent,
  setSpend,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const write = { ...errors, 409: ZProblem };

const readers =
  'Analysts, supervisors and funders of the programme or association read; specialists 403; keys and ids outside your access 404.';
const writers =
  'Analysts and supervisors of the programme; funders and specialists 403; outside your access 404.';
const analysts =
  'Analysts with a grant covering every programme of the association in their access; others 403; outside your access 404.';

/** Funding (funding.md "What Lots keeps"). */
export const fundingRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  const tags = ['funding'];
  const meta = (request: Parameters<typeof clientIp>[0]) => ({ ip: clientIp(request) });

  app.get(
    '/funding/funders',
    {
      schema: {
        tags,
        summary: "The association's funders",
        description: readers,
        querystring: ZAssociationQuery,
        response: { 200: ZFunderList, ...errors },
      },
    },
    async (request) => listFunders(lots, requireAccess(request), request.query.association),
  );
  app.post(
    '/funding/funders',
    {
      schema: {
        tags,
        summary:
          'Add a funder (state, region, municipality, FK, AF, ESF, other) to the association',
        description:
          'Analysts and supervisors with a programme in the association; 409 for a name already there.',
        body: ZCreateFunderRequest,
        response: { 201: ZFunderOut, ...write },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createFunder(lots, requireAccess(request), request.body, meta(request))),
  );

  app.get(
    '/funding/decisions',
    {
      schema: {
        tags,
        summary: "A programme's funding decisions (optionally of one year) with their sum",
        description: readers,
        querystring: ZProgrammeYearQuery,
        response: { 200: ZFundingDecisionList, ...errors },
      },
    },
    async (request) => listFundingDecisions(lots, requireAccess(request), request.query),
  );
  app.post(
    '/funding/decisions',
    {
      schema: {
        tags,
        summary:
          'Record a funding decision: funder, year, amount, period of use, conditions, reporting due dates',
        description: writers,
        body: ZCreateFundingDecisionRequest,
        response: { 201: ZFundingDecisionOut, ...write },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createFundingDecision(lots, requireAccess(request), request.body, meta(request)),
        ),
  );
  app.post(
    '/funding/decisions/:id/reports/sent',
    {
      schema: {
        tags,
        summary: "Mark one of a decision's reports as sent",
        description: writers,
        params: ZIdParam,
        body: ZMarkReportSentRequest,
        response: { 200: ZFundingDecisionOut, ...errors },
      },
    },
    async (request) =>
      markReportSent(lots, requireAccess(request), request.params.id, request.body, meta(request)),
  );

  app.get(
    '/funding/spend',
    {
      schema: {
        tags,
        summary: "A programme's actual spend per year",
        description: readers,
        querystring: ZProgrammeYearQuery,
        response: { 200: ZSpendList, ...errors },
      },
    },
    async (request) => listSpend(lots, requireAccess(request), request.query),
  );
  app.put(
    '/funding/spend',
    {
      schema: {
        tags,
        summary: "Set a programme's actual spend for a year",
        description: writers,
        body: ZSetSpendRequest,
        response: { 200: ZSpendList, ...errors },
      },
    },
    async (request) => setSpend(lots, requireAccess(request), request.body, meta(request)),
  );

  app.get(
    '/funding/cost-sharing-keys',
    {
      schema: {
        tags,
        summary: "The association's Finsam cost-sharing keys with each member's share",
        description: readers,
        querystring: ZAssociationQuery,
        response: { 200: ZCostSharingKeyList, ...errors },
      },
    },
    async (request) => listCostSharingKeys(lots, requireAccess(request), request.query.association),
  );
  app.post(
    '/funding/cost-sharing-keys',
    {
      schema: {
        tags,
        summary:
          'Store a Finsam cost-sharing key: state half, region quarter, municipalities by population, equally or fixed',
        description: analysts,
        body: ZCreateCostSharingKeyRequest,
        response: { 201: ZCostSharingKeyOut, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCostSharingKey(lots, requireAccess(request), request.body, meta(request)),
        ),
  );

  app.get(
    '/funding/allocations',
    {
      schema: {
        tags,
        summary: "A parent programme's stored budget allocations",
        description: readers,
        querystring: ZSocioAnalysisListQuery,
        response: { 200: ZAllocationList, ...errors },
      },
    },
    async (request) => listBudgetAllocations(lots, requireAccess(request), request.query.programme),
  );
  app.post(
    '/funding/allocations',
    {
      schema: {
        tags,
        summary:
          'Divide a shared budget over sub-programmes by a key (largest remainder, whole kronor summing to the total) and store it',
        description: writers,
        body: ZCreateAllocationRequest,
        response: { 201: ZAllocationOut, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createBudgetAllocation(lots, requireAccess(request), request.body, meta(request)),
        ),
  );

  app.get(
    '/funding/costs',
    {
      schema: {
        tags,
        summary:
          'Cost per enrolment, participant-year and employment outcome for a programme and year',
        description: `${readers} Counts below 5 are suppressed for viewers without personal-data access.`,
        querystring: ZCostQuery,
        response: { 200: ZCostMetricsOut, ...errors },
      },
    },
    async (request) => getCostMetrics(lots, requireAccess(request), request.query),
  );
  app.get(
    '/funding/calendar',
    {
      schema: {
        tags,
        summary: 'Reporting calendar: reports due to funders from a date, and overdue ones',
        description: readers,
        querystring: ZCalendarQuery,
        response: { 200: ZReportingCalendar, ...errors },
      },
    },
    async (request) => getReportingCalendar(lots, requireAccess(request), request.query),
  );
  app.post(
    '/funding/grants/import',
    {
      schema: {
        tags,
        summary:
          'Import a state-grant table (CSV municipality,yYYYY…,total) as funding decisions of the association’s programmes',
        description: analysts,
        body: ZImportGrantsRequest,
        response: { 200: ZImportGrantsResult, ...errors },
      },
    },
    async (request) =>
      importGrants(
        lots,
        { kind: 'user', access: requireAccess(request) },
        request.body,
        meta(request),
      ),
  );
  app.post(
    '/funding/target-group',
    {
      schema: {
        tags,
        summary:
          "Potential target group (SKR's Finsam model) from entered statistics, and the association's reach",
        description: readers,
        body: ZTargetGroupRequest,
        response: { 200: ZTargetGroupOut, ...errors },
      },
    },
    async (request) => estimateTargetGroup(lots, requireAccess(request), request.body),
  );
  app.get(
    '/funding/target-group/inputs',
    {
      schema: {
        tags,
        summary: "An association's stored target-group inputs of a year, per municipality",
        description: readers,
        querystring: ZTargetGroupInputsQuery,
        response: { 200: ZTargetGroupInputs, ...errors },
      },
    },
    async (request) => getTargetGroupInputs(lots, requireAccess(request), request.query),
  );
  app.put(
    '/funding/target-group/inputs',
    {
      schema: {
        tags,
        summary:
          "Store the population statistics of each member municipality for a year (replaces the year's inputs)",
        description: analysts,
        body: ZTargetGroupInputs,
        response: { 200: ZTargetGroupInputs, ...errors },
      },
    },
    async (request) =>
      saveTargetGroupInputs(lots, requireAccess(request), request.body, meta(request)),
  );
};
