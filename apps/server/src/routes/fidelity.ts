import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddFidelityReviewerRequest,
  ZCompleteFidelityReviewRequest,
  ZCreateFidelityReviewRequest,
  ZFidelityAgreedRequest,
  ZFidelityAssociationQuery,
  ZFidelityComparison,
  ZFidelityConsensus,
  ZFidelityHistory,
  ZFidelityItemParam,
  ZFidelityItemScore,
  ZFidelityProgrammeQuery,
  ZFidelityReviewDetail,
  ZFidelityReviewIdParam,
  ZFidelityReviewList,
  ZFidelityReviewSummary,
  ZFidelityScoreRequest,
  ZFidelitySuggestApiQuery,
  ZFidelitySuggestion,
  ZProblem,
} from '@lots/contracts';
import {
  addFidelityReviewer,
  compareFidelity,
  completeFidelityReview,
  createFidelityReview,
  getFidelityConsensus,
  getFidelityHistory,
  getFidelityReview,
  listFidelityReviews,
  refreshFidelityProposals,
  scoreFidelityItem,
  setAgreedScore,
  submitFidelityScores,
  suggestFidelity,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';
import { fidelityReportRoutes } from './fidelity-report-routes.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['fidelity'];
const ZEmpty = z.object({}).describe('an empty JSON object {}');

const roles =
  'Supervisors of the programme: everything. Reviewers (users added to the review): score, submit, consensus, agreed scores, report. Anyone else with a grant on the programme (analysts, funders, specialists): the summary, total and band only. Reviews outside your access answer 404.';

export const fidelityRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  const ip = (request: Parameters<typeof clientIp>[0]) => ({ ip: clientIp(request) });
  await app.register(fidelityReportRoutes, { lots });

  app.get(
    '/fidelity/suggest',
    {
      schema: {
        tags,
        summary: 'Proposed IPS-25 scores with evidence from the records (supervisors; audited)',
        description:
          'The evidence names case numbers and, for zero_exclusion, free-text decline reasons: supervisors of the programme only.',
        querystring: ZFidelitySuggestApiQuery,
        response: { 200: ZFidelitySuggestion, ...errors },
      },
    },
    async (request) => suggestFidelity(lots, request.query, { access: requireAccess(request) }),
  );

  app.post(
    '/fidelity/reviews',
    {
      schema: {
        tags,
        summary: 'Start a fidelity review (supervisors; analysts: external reviews)',
        description:
          'Computes the data-assisted proposals at once when a supervisor creates it. A self-assessment has one reviewer (default: its creator), an external review two.',
        body: ZCreateFidelityReviewRequest,
        response: { 201: ZFidelityReviewDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createFidelityReview(lots, requireAccess(request), request.body, ip(request))),
  );

  app.get(
    '/fidelity/reviews',
    {
      schema: {
        tags,
        summary: "A programme's fidelity reviews, newest first (summaries)",
        description: roles,
        querystring: ZFidelityProgrammeQuery,
        response: { 200: ZFidelityReviewList, ...errors },
      },
    },
    async (request) => listFidelityReviews(lots, requireAccess(request), request.query.programme),
  );

  app.get(
    '/fidelity/reviews/:id',
    {
      schema: {
        tags,
        summary: 'One review as the caller may see it',
        description: `${roles} Reviewers score blind: the other reviewer's scores appear once every reviewer has submitted.`,
        params: ZFidelityReviewIdParam,
        response: { 200: ZFidelityReviewDetail, ...errors },
      },
    },
    async (request) =>
      getFidelityReview(lots, requireAccess(request), request.params.id, ip(request)),
  );

  app.post(
    '/fidelity/reviews/:id/reviewers',
    {
      schema: {
        tags,
        summary:
          'Add a reviewer: a user with a grant on the programme (supervisors; analysts for external)',
        params: ZFidelityReviewIdParam,
        body: ZAddFidelityReviewerRequest,
        response: { 200: ZFidelityReviewSummary, ...errors },
      },
    },
    async (request) =>
      addFidelityReviewer(
        lots,
        requireAccess(request),
        request.params.id,
        request.body.email,
        ip(request),
      ),
  );

  app.post(
    '/fidelity/reviews/:id/proposals/refresh',
    {
      schema: {
        tags,
        summary: 'Recompute the proposals from the records as they are now (supervisors)',
        params: ZFidelityReviewIdParam,
        body: ZEmpty,
        response: { 200: ZFidelityReviewDetail, ...errors },
      },
    },
    async (request) =>
      refreshFidelityProposals(lots, requireAccess(request), request.params.id, ip(request)),
  );

  app.put(
    '/fidelity/reviews/:id/scores/:itemId',
    {
      schema: {
        tags,
        summary: "The calling reviewer's score for one item (accept or override the proposal)",
        description:
          'An override of a proposal needs a note (400 naming note). Only until the reviewer submits.',
        params: ZFidelityItemParam,
        body: ZFidelityScoreRequest,
        response: { 200: ZFidelityItemScore, ...errors },
      },
    },
    async (request) =>
      scoreFidelityItem(
        lots,
        requireAccess(request),
        request.params.id,
        request.params.itemId,
        request.body,
        ip(request),
      ),
  );

  app.post(
    '/fidelity/reviews/:id/submit',
    {
      schema: {
        tags,
        summary: "Hand in the calling reviewer's scores (every item scored, else 409)",
        params: ZFidelityReviewIdParam,
        body: ZEmpty,
        response: { 200: ZFidelityReviewDetail, ...errors },
      },
    },
    async (request) =>
      submitFidelityScores(lots, requireAccess(request), request.params.id, ip(request)),
  );

  app.get(
    '/fidelity/reviews/:id/consensus',
    {
      schema: {
        tags,
        summary: 'Where the two reviewers of an external review differ, and by how much',
        description: '409 until both reviewers have submitted. Reviewers and supervisors.',
        params: ZFidelityReviewIdParam,
        response: { 200: ZFidelityConsensus, ...errors },
      },
    },
    async (request) => getFidelityConsensus(lots, requireAccess(request), request.params.id),
  );

  app.put(
    '/fidelity/reviews/:id/agreed/:itemId',
    {
      schema: {
        tags,
        summary: 'The agreed score of one item of an external review (reviewers, supervisors)',
        params: ZFidelityItemParam,
        body: ZFidelityAgreedRequest,
        response: { 200: ZFidelityItemScore, ...errors },
      },
    },
    async (request) =>
      setAgreedScore(
        lots,
        requireAccess(request),
        request.params.id,
        request.params.itemId,
        request.body,
        ip(request),
      ),
  );

  app.post(
    '/fidelity/reviews/:id/complete',
    {
      schema: {
        tags,
        summary: 'Complete the review: total, band and next review due',
        description:
          'Every item needs an agreed score (409 naming the missing items). Next review: +6 months under 100, else +12, unless interval says otherwise.',
        params: ZFidelityReviewIdParam,
        body: ZCompleteFidelityReviewRequest,
        response: { 200: ZFidelityReviewSummary, ...errors },
      },
    },
    async (request) =>
      completeFidelityReview(
        lots,
        requireAccess(request),
        request.params.id,
        request.body,
        ip(request),
      ),
  );

  app.get(
    '/fidelity/history',
    {
      schema: {
        tags,
        summary: "A programme's completed reviews over time, beside its employment rate",
        description:
          'Per-item scores for supervisors and specialists; funders and analysts get total and band. The employment figures are the outcome report over each review window, suppressed as for the caller.',
        querystring: ZFidelityProgrammeQuery,
        response: { 200: ZFidelityHistory, ...errors },
      },
    },
    async (request) => getFidelityHistory(lots, requireAccess(request), request.query.programme),
  );

  app.get(
    '/fidelity/compare',
    {
      schema: {
        tags,
        summary: 'Latest total and band per programme of an association',
        querystring: ZFidelityAssociationQuery,
        response: { 200: ZFidelityComparison, ...errors },
      },
    },
    async (request) => compareFidelity(lots, requireAccess(request), request.query.association),
  );
};
