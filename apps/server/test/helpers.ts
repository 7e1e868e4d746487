import type { FastifyInstance } from 'fastify';
import type { TLots } from '@lots/services';
import {
  createTestLots,
  createTestUser,
  importOrThrow,
  twoProgrammeWorld,
} from '@lots/services/test-support';
import { buildApp } from '../src/app.ts';

export type TWorld = { lots: TLots; app: FastifyInstance };

/**
 * The standard world for API tests: two associations, programmes A (with
 * sub-programme A1) and B, and one user per role and place.
 */
export async function buildWorld(options: { loginRateLimit?: number } = {}): Promise<TWorld> {
  const lots = await createTestLots();
  await importOrThrow(lots, twoProgrammeWorld());
  const users = [
    { email: 'sup-a@test.se', role: 'supervisor', programme: 'prog-a' },
    { email: 'sup-b@test.se', role: 'supervisor', programme: 'prog-b' },
    { email: 'spec-a1@test.se', role: 'specialist', programme: 'prog-a', specialist: 'sa1' },
    { email: 'spec-unlinked@test.se', role: 'specialist', programme: 'prog-a' },
    { email: 'analyst-a@test.se', role: 'analyst', association: 'assoc-a' },
    { email: 'funder-a@test.se', role: 'funder', association: 'assoc-a' },
    { email: 'admin@test.se', role: 'admin' },
  ] as const;
  for (const u of users) await createTestUser(lots, u);
  const app = await buildApp({
    lots,
    webDist: null,
    loginRateLimit: options.loginRateLimit ?? 1000,
  });
  return { lots, app };
}

/** Logs in through the real endpoint and returns the session cookie header. */
export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = 'test-password-123',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lots_session');
  if (!cookie) throw new Error('no session cookie');
  return `lots_session=${cookie.value}`;
}

export async function get(app: FastifyInstance, url: string, cookie?: string) {
  return app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
}
