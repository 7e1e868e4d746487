import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { TLots } from '@lots/services';
import { errorHandler, sendProblem } from './errors.ts';
import { auditRoutes } from './routes/audit.ts';
import { caseWorkRoutes } from './routes/case-work.ts';
import { authRoutes } from './routes/auth.ts';
import { datasetRoutes } from './routes/dataset.ts';
import { metaRoutes } from './routes/meta.ts';
import { participantRoutes } from './routes/participants.ts';
import { eventRoutes } from './routes/events.ts';
import { employerRoutes } from './routes/employers.ts';
import { caseloadRoutes } from './routes/caseload.ts';
import { reportRoutes } from './routes/reports.ts';
import { socioRoutes } from './routes/socio.ts';
import { fundingRoutes } from './routes/funding.ts';
import { fidelityRoutes } from './routes/fidelity.ts';
import { registerSecurityHooks } from './security.ts';
import { VERSION } from './version.ts';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

export type TAppOptions = {
  lots: TLots;
  logger?: FastifyServerOptions['logger'];
  publicUrl?: string | undefined;
  loginRateLimit?: number;
  webDist?: string | null;
};

/** Personal and health fields never reach the logs (STYLE.md, logging). */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.personalNumber',
  '*.name',
  '*.diagnosisGroup',
  '*.text',
];

export async function buildApp(options: TAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => crypto.randomUUID(),
    trustProxy: false,
    bodyLimit: 256 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyCookie);
  // Security headers (CSP, frame-ancestors none, nosniff …): helmet's middleware is
  // built once and applied to every answer. (@fastify/helmet built it anew, parsing the
  // CSP, on every request: 3 % of a cached caseload request's time.)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lots API',
        version: VERSION,
        description:
          'Follow-up of IPS / Supported Employment programmes. Session cookie from POST /auth/login; state-changing requests must be JSON. Errors are application/problem+json (RFC 9457).',
      },
      servers: [{ url: '/api/v1' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lots_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  registerSecurityHooks(
    app,
    options.lots,
    options.publicUrl ? new URL(options.publicUrl).origin : undefined,
  );

  await app.register(
    async (api) => {
      await api.register(metaRoutes, { lots: options.lots });
      await api.register(authRoutes, {
        lots: options.lots,
        loginRateLimit: options.loginRateLimit ?? 10,
      });
      await api.register(participantRoutes, { lots: options.lots });
      await api.register(auditRoutes, { lots: options.lots });
      await api.register(caseWorkRoutes, { lots: options.lots });
      await api.register(eventRoutes, { lots: options.lots });
      await api.register(employerRoutes, { lots: options.lots });
      await api.register(caseloadRoutes, { lots: options.lots });
      await api.register(reportRoutes, { lots: options.lots });
      await api.register(socioRoutes, { lots: options.lots });
      await api.register(fundingRoutes, { lots: options.lots });
      await api.register(fidelityRoutes, { lots: options.lots });
      await api.register(datasetRoutes);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(fastifySwaggerUi, {
        routePrefix: '/docs',
        uiConfig: { docExpansion: 'list' },
      });
      api.setNotFoundHandler((request, reply) =>
        sendProblem(reply, request, 'NOT_FOUND', `No route ${request.method} ${request.url}`),
      );
    },
    { prefix: '/api/v1' },
  );

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: ['index.html'],
      maxAge: 0,
    });
    // Single-page app: unknown paths outside /api get the app, which shows its own 404.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/'))
        return sendProblem(
          reply,
          request,
          'NOT_FOUND',
          `No route ${request.method} ${request.url}`,
        );
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendProblem(reply, request, 'NOT_FOUND', 'Not found');
      // A missing asset is a 404, not the app: a stale page must not get HTML as JavaScript.
      if (request.url.startsWith('/assets/'))
        return sendProblem(reply, request, 'NOT_FOUND', 'Not found');
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
