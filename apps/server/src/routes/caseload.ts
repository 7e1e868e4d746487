import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZAssignRequest,
  ZAssignResult,
  ZCaseload,
  ZCaseloadQuery,
  ZEmployerContactWeeks,
  ZEmployerContactsQuery,
  ZIdParam,
  ZMyParticipants,
  ZMyParticipantsQuery,
  ZProblem,
  ZProgrammeKeyParam,
  ZSpecialistList,
} from '@lots/contracts';
import {
  assignSpecialist,
  countEmployerContacts,
  getCaseload,
  listMyParticipants,
  listSpecialists,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';
import { sendSerialized } from '../serialized.ts';

export const caseloadRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/my-participants',
    {
      schema: {
        tags: ['caseload'],
        summary:
          '"Mina deltagare": open enrolments with last contact, plan review, proposed closure',
        description:
          'Specialists: their own. Supervisors: all of their programmes, or ?specialist=ID. Also lists follow-ups after closure that are past due. Other roles get 403.',
        querystring: ZMyParticipantsQuery,
        response: {
          200: ZMyParticipants,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
        },
      },
    },
    async (request, reply) =>
      sendSerialized(
        reply,
        ZMyParticipants,
        await listMyParticipants(lots, requireAccess(request), request.query, {
          ip: clientIp(request),
        }),
      ),
  );

  app.get(
    '/caseload',
    {
      schema: {
        tags: ['caseload'],
        summary:
          'Active caseload per specialist, FTE-weighted against the IPS target (supervisors)',
        querystring: ZCaseloadQuery,
        response: { 200: ZCaseload, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => getCaseload(lots, requireAccess(request), request.query),
  );

  app.post(
    '/enrolments/:id/assign',
    {
      schema: {
        tags: ['caseload'],
        summary: 'Assign an enrolment to a specialist of its programme (supervisors; audited)',
        params: ZIdParam,
        body: ZAssignRequest,
        response: {
          200: ZAssignResult,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
        },
      },
    },
    async (request) =>
      assignSpecialist(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.get(
    '/specialists/:id/employer-contacts',
    {
      schema: {
        tags: ['caseload'],
        summary:
          'Employer contacts per ISO week, face-to-face and total (the specialist, supervisors)',
        params: ZIdParam,
        querystring: ZEmployerContactsQuery,
        response: {
          200: ZEmployerContactWeeks,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
        },
      },
    },
    async (request) =>
      countEmployerContacts(lots, requireAccess(request), request.params.id, request.query),
  );

  app.get(
    '/programmes/:key/specialists',
    {
      schema: {
        tags: ['caseload'],
        summary: 'Specialists of a programme and its sub-programmes, with FTE',
        description: 'Supervisors and specialists of the programme; other roles get 403.',
        params: ZProgrammeKeyParam,
        response: { 200: ZSpecialistList, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => listSpecialists(lots, requireAccess(request), request.params.key),
  );
};
