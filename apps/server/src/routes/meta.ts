import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHealth, ZProblem, ZProgrammeList } from '@lots/contracts';
import { listProgrammes, type TLots } from '@lots/services';
import { requireAccess } from '../security.ts';
import { VERSION } from '../version.ts';

export const metaRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness and database engine',
        response: { 200: ZHealth },
      },
    },
    async () => ({ status: 'ok' as const, engine: lots.engine, version: VERSION }),
  );

  app.get(
    '/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Programmes the user may see',
        response: { 200: ZProgrammeList, 401: ZProblem },
      },
    },
    async (request) => ({ items: await listProgrammes(lots, requireAccess(request)) }),
  );
};
