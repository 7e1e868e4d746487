import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@lots/core';
import { authenticateSession, type TAccess, type TLots } from '@lots/services';

export const SESSION_COOKIE = 'lots_session';

declare module 'fastify' {
  interface FastifyRequest {
    access: TAccess | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence without tokens: a state-changing request must be JSON (a cross-site
 * HTML form cannot send that without a CORS preflight, which we never grant), and
 * when the browser says where it comes from (Origin, Sec-Fetch-Site) it must be
 * this app. A script with no Origin header, such as curl, still works.
 */
export function checkCsrf(
  request: FastifyRequest,
  publicOrigin: string | undefined,
): string | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('application/json')) {
    return 'State-changing requests must have Content-Type: application/json';
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Cross-site request refused (Sec-Fetch-Site: ${fetchSite})`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = publicOrigin ?? `${request.protocol}://${request.host}`;
    if (origin !== own) return `Cross-origin request refused (Origin ${origin} is not ${own})`;
  }
  return undefined;
}

export function registerSecurityHooks(
  app: FastifyInstance,
  lots: TLots,
  publicOrigin: string | undefined,
) {
  app.decorateRequest('access', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const refusal = checkCsrf(request, publicOrigin);
    if (refusal) throw new AppError('FORBIDDEN', refusal, { userMessage: refusal });
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.access = (await authenticateSession(lots, token)) ?? null;
      if (!request.access) clearSessionCookie(reply);
      // Per-request child logger: the request id is there already; add who (never names).
      else request.log = request.log.child({ userId: request.access.user.id });
    }
  });
}

export function requireAccess(request: FastifyRequest): TAccess {
  if (!request.access)
    throw new AppError('UNAUTHENTICATED', 'Not signed in', {
      userMessage: 'Logga in för att fortsätta.',
    });
  return request.access;
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function clientIp(request: FastifyRequest): string | null {
  return request.ip || null;
}
