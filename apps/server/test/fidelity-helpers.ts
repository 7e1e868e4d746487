import type { FastifyInstance } from 'fastify';
import { fidelityItemIds } from '@lots/core';
import { createTestUser } from '@lots/services/test-support';
import { buildWorld, loginAs, type TWorld } from './helpers.ts';

/*
 * The fidelity API tests' world: the standard one plus a second analyst of
 * association A (the second external reviewer), everyone logged in.
 */
export const fidelityUsers = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'analyst-a@test.se',
  'analyst2-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
] as const;
export type TFidelityUser = (typeof fidelityUsers)[number];

export async function buildFidelityWorld(): Promise<{
  w: TWorld;
  cookies: Record<TFidelityUser, string>;
}> {
  const w = await buildWorld();
  await createTestUser(w.lots, {
    email: 'analyst2-a@test.se',
    role: 'analyst',
    association: 'assoc-a',
  });
  const cookies = {} as Record<TFidelityUser, string>;
  for (const email of fidelityUsers) cookies[email] = await loginAs(w.app, email);
  return { w, cookies };
}

export async function send(
  app: FastifyInstance,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  cookie: string,
  payload: unknown = {},
) {
  return app.inject({ method, url, headers: { cookie }, payload: payload as object });
}

/** Scores every item: `base` unless `scores` says otherwise, always with a note. */
export async function scoreAll(
  app: FastifyInstance,
  cookie: string,
  reviewId: string,
  base: number,
  scores: Partial<Record<(typeof fidelityItemIds)[number], number>> = {},
) {
  for (const id of fidelityItemIds) {
    const res = await send(
      app,
      'PUT',
      `/api/v1/fidelity/reviews/${reviewId}/scores/${id}`,
      cookie,
      {
        score: scores[id] ?? base,
        note: 'Bedömt vid besöket',
        evidence: 'Intervju med coacherna',
      },
    );
    if (res.statusCode !== 200) throw new Error(`score ${id}: ${res.statusCode} ${res.body}`);
  }
}
