import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZHealth,
  ZProblem,
  ZProgrammeKeyParam,
  ZProgrammeList,
  ZProgrammeSettings,
  ZProgrammeSettingsRequest,
} from '@lots/contracts';
import {
  getProgrammeSettings,
  listProgrammes,
  updateProgrammeSettings,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
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
  app.get(
    '/programmes/:key/settings',
    {
      schema: {
        tags: ['programmes'],
        summary:
          'A programme’s settings: closure proposal, employment hours, follow-ups, retention, queue priority rules (any role of the programme, admins)',
        params: ZProgrammeKeyParam,
        response: { 200: ZProgrammeSettings, ...errors },
      },
    },
    async (request) => getProgrammeSettings(lots, requireAccess(request), request.params.key),
  );

  app.patch(
    '/programmes/:key/settings',
    {
      schema: {
        tags: ['programmes'],
        summary:
          'Change a programme’s settings; the fields present change (admins of the programme, its supervisors; audited)',
        params: ZProgrammeKeyParam,
        body: ZProgrammeSettingsRequest,
        response: { 200: ZProgrammeSettings, ...errors },
      },
    },
    async (request) =>
      updateProgrammeSettings(lots, requireAccess(request), request.params.key, request.body, {
        ip: clientIp(request),
      }),
  );
};
