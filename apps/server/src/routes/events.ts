import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCreateEventRequest,
  ZEventChange,
  ZEventTimeline,
  ZIdParam,
  ZProblem,
  ZVoidEventRequest,
} from '@lots/contracts';
import { listEvents, recordEvent, voidEvent, type TLots } from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const who =
  'Personal data: specialists reach their own participants, supervisors all of their programmes; others get 404.';

export const eventRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/enrolments/:id/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Timeline of an enrolment, newest first (voided events shown with their reason)',
        description: who,
        params: ZIdParam,
        response: { 200: ZEventTimeline, 401: ZProblem, 404: ZProblem },
      },
    },
    async (request) =>
      listEvents(lots, requireAccess(request), request.params.id, { ip: clientIp(request) }),
  );

  app.post(
    '/enrolments/:id/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Record an event; answers with the event and the derived phase',
        description: `${who} Refused with 400 naming the field: dated before enrolment or after closure, an end before its start or without an open start, extent outside 1–100 %, negative amounts or hours. The employer must belong to the programme's association.`,
        params: ZIdParam,
        body: ZCreateEventRequest,
        response: {
          201: ZEventChange,
          400: ZProblem,
          401: ZProblem,
          404: ZProblem,
          409: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const result = await recordEvent(
        lots,
        requireAccess(request),
        request.params.id,
        request.body,
        { ip: clientIp(request) },
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/events/:id/void',
    {
      schema: {
        tags: ['events'],
        summary: 'Void a mistaken event with a reason (never deleted; audited)',
        description: who,
        params: ZIdParam,
        body: ZVoidEventRequest,
        response: { 200: ZEventChange, 400: ZProblem, 401: ZProblem, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request) =>
      voidEvent(lots, requireAccess(request), request.params.id, request.body.reason, {
        ip: clientIp(request),
      }),
  );
};
