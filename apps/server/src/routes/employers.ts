import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCreateEmployerQuery,
  ZCreateEmployerRequest,
  ZEmployerDetail,
  ZEmployerList,
  ZEmployerListQuery,
  ZEmployerOut,
  ZIdParam,
  ZProblem,
  ZUpdateEmployerRequest,
} from '@lots/contracts';
import {
  createEmployer,
  getEmployer,
  listEmployers,
  updateEmployer,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

export const employerRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/employers',
    {
      schema: {
        tags: ['employers'],
        summary: "The employer register of the programme's association (any role of the programme)",
        querystring: ZEmployerListQuery,
        response: { 200: ZEmployerList, 400: ZProblem, 401: ZProblem, 404: ZProblem },
      },
    },
    async (request) => listEmployers(lots, requireAccess(request), request.query),
  );

  app.post(
    '/employers',
    {
      schema: {
        tags: ['employers'],
        summary: "Register an employer in the programme's association (specialists, supervisors)",
        description:
          'The organisation number is Luhn-checked and unique in the association (409). A stable key is generated for dataset exports.',
        querystring: ZCreateEmployerQuery,
        body: ZCreateEmployerRequest,
        response: {
          201: ZEmployerOut,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          409: ZProblem,
        },
      },
    },
    async (request, reply) => {
      const created = await createEmployer(
        lots,
        requireAccess(request),
        request.query.programme,
        request.body,
        { ip: clientIp(request) },
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/employers/:id',
    {
      schema: {
        tags: ['employers'],
        summary: 'An employer with contact history and jobs, by case number',
        description:
          'Only enrolments the user may see; analysts and funders get 403 (the history is tied to case numbers).',
        params: ZIdParam,
        response: { 200: ZEmployerDetail, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) =>
      getEmployer(lots, requireAccess(request), request.params.id, { ip: clientIp(request) }),
  );

  app.patch(
    '/employers/:id',
    {
      schema: {
        tags: ['employers'],
        summary: 'Change an employer (specialists, supervisors); null clears a field',
        params: ZIdParam,
        body: ZUpdateEmployerRequest,
        response: {
          200: ZEmployerOut,
          400: ZProblem,
          401: ZProblem,
          403: ZProblem,
          404: ZProblem,
          409: ZProblem,
        },
      },
    },
    async (request) =>
      updateEmployer(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );
};
