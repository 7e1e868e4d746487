import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZLoginRequest, ZMe, ZProblem } from '@lots/contracts';
import { authenticateSession, getMe, login, logout, type TLots } from '@lots/services';
import {
  clearSessionCookie,
  clientIp,
  requireAccess,
  SESSION_COOKIE,
  setSessionCookie,
} from '../security.ts';

export const authRoutes: FastifyPluginAsyncZod<{ lots: TLots; loginRateLimit: number }> = async (
  app,
  { lots, loginRateLimit },
) => {
  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password; sets the session cookie',
        body: ZLoginRequest,
        response: { 200: ZMe, 400: ZProblem, 401: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const result = await login(lots, request.body, {
        ip: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, request, result.token, result.expiresAt);
      const access = await authenticateSession(lots, result.token);
      if (!access) throw new Error('session vanished right after login');
      return getMe(lots, access);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(lots, token);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, roles and programmes',
        response: { 200: ZMe, 401: ZProblem },
      },
    },
    async (request) => getMe(lots, requireAccess(request)),
  );
};
