import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZIdParam,
  ZListParticipantsQuery,
  ZParticipantDetail,
  ZParticipantPage,
  ZProblem,
} from '@lots/contracts';
import { getParticipant, listParticipants, type TLots } from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

export const participantRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/participants',
    {
      schema: {
        tags: ['participants'],
        summary:
          'Participants (enrolments) of a programme and its sub-programmes, paged by case number',
        description:
          'Personal data: specialists see their own caseload, supervisors the whole programme; other roles get 403.',
        querystring: ZListParticipantsQuery,
        response: {
          200: ZParticipantPage,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
        },
      },
    },
    async (request) =>
      listParticipants(lots, requireAccess(request), request.query, { ip: clientIp(request) }),
  );

  app.get(
    '/participants/:id',
    {
      schema: {
        tags: ['participants'],
        summary: 'One enrolment with baseline, consent, closure and events',
        params: ZIdParam,
        response: { 200: ZParticipantDetail, 401: ZProblem, 404: ZProblem },
      },
    },
    async (request) =>
      getParticipant(lots, requireAccess(request), request.params.id, { ip: clientIp(request) }),
  );
};
