import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateFidelityActionRequest,
  ZFidelityAction,
  ZFidelityActionList,
  ZFidelityActionParam,
  ZFidelityReport,
  ZFidelityReportRequest,
  ZFidelityReviewIdParam,
  ZProblem,
  ZUpdateFidelityActionRequest,
} from '@lots/contracts';
import {
  createFidelityAction,
  deleteFidelityAction,
  getFidelityReport,
  getFidelityReportPdf,
  listFidelityActions,
  updateFidelityAction,
  updateFidelityReport,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['fidelity'];

/**
 * A review's report, its PDF and the action plan (registered by `fidelityRoutes`).
 * Reviewers and supervisors read and write the report; the action plan is written by
 * supervisors. Funders and analysts: 403; other programmes: 404.
 */
export const fidelityReportRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (
  app,
  { lots },
) => {
  const ip = (request: Parameters<typeof clientIp>[0]) => ({ ip: clientIp(request) });

  app.get(
    '/fidelity/reviews/:id/report',
    {
      schema: {
        tags,
        summary: 'The review report: strengths, item comments, recommendations',
        params: ZFidelityReviewIdParam,
        response: { 200: ZFidelityReport, ...errors },
      },
    },
    async (request) => getFidelityReport(lots, requireAccess(request), request.params.id),
  );

  app.put(
    '/fidelity/reviews/:id/report',
    {
      schema: {
        tags,
        summary: 'Write the review report (reviewers, supervisors)',
        params: ZFidelityReviewIdParam,
        body: ZFidelityReportRequest,
        response: { 200: ZFidelityReport, ...errors },
      },
    },
    async (request) =>
      updateFidelityReport(
        lots,
        requireAccess(request),
        request.params.id,
        request.body,
        ip(request),
      ),
  );

  app.get(
    '/fidelity/reviews/:id/report.pdf',
    {
      schema: {
        tags,
        summary:
          'The review report as PDF: total, band, agreed scores with anchors, comments, recommendations, action plan',
        params: ZFidelityReviewIdParam,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await getFidelityReportPdf(
        lots,
        requireAccess(request),
        request.params.id,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(pdf);
    },
  );

  app.get(
    '/fidelity/reviews/:id/actions',
    {
      schema: {
        tags,
        summary: 'The action plan (reviewers, supervisors)',
        params: ZFidelityReviewIdParam,
        response: { 200: ZFidelityActionList, ...errors },
      },
    },
    async (request) => listFidelityActions(lots, requireAccess(request), request.params.id),
  );

  app.post(
    '/fidelity/reviews/:id/actions',
    {
      schema: {
        tags,
        summary: 'Add a step to the action plan (supervisors)',
        params: ZFidelityReviewIdParam,
        body: ZCreateFidelityActionRequest,
        response: { 201: ZFidelityAction, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createFidelityAction(
            lots,
            requireAccess(request),
            request.params.id,
            request.body,
            ip(request),
          ),
        ),
  );

  app.patch(
    '/fidelity/reviews/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Change a step of the action plan (supervisors)',
        params: ZFidelityActionParam,
        body: ZUpdateFidelityActionRequest,
        response: { 200: ZFidelityAction, ...errors },
      },
    },
    async (request) =>
      updateFidelityAction(
        lots,
        requireAccess(request),
        request.params.id,
        request.params.actionId,
        request.body,
        ip(request),
      ),
  );

  app.delete(
    '/fidelity/reviews/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Remove a step of the action plan (supervisors; send {} as the JSON body)',
        params: ZFidelityActionParam,
        response: { 204: z.null().describe('removed'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteFidelityAction(
        lots,
        requireAccess(request),
        request.params.id,
        request.params.actionId,
        ip(request),
      );
      return reply.code(204).send(null);
    },
  );
};
