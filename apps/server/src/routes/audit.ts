import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditList, ZListAuditQuery, ZProblem } from '@lots/contracts';
import { listAuditLog, type TLots } from '@lots/services';
import { requireAccess } from '../security.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Audit log of a programme (supervisors): who read or changed personal data, when, from where',
        querystring: ZListAuditQuery,
        response: { 200: ZAuditList, 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem },
      },
    },
    async (request) => listAuditLog(lots, requireAccess(request), request.query),
  );
};
