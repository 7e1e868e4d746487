import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '@lots/services/test-support';
import { get } from './helpers.ts';
import type { TWorld } from './helpers.ts';
import { buildFidelityWorld, scoreAll, send, type TFidelityUser } from './fidelity-helpers.ts';

/*
 * The review workflow (fidelity.md "The review"): proposals from the records, blind
 * scoring, consensus, agreed scores, completion with total, band and next review.
 * prog-a has one job start (a-3, competitive) in the window up to 2024-06-30.
 */
let w: TWorld;
let cookies: Record<TFidelityUser, string>;
const base = '/api/v1/fidelity/reviews';

type TItem = {
  id: string;
  proposal: { score: number | null; evidence: { records: string[]; value: number | null } } | null;
  mine: { score: number; proposalAccepted: boolean | null } | null;
  reviewers: { name: string; score: number }[];
  agreed: { score: number } | null;
};
const item = (body: { items: TItem[] }, id: string) => body.items.find((i) => i.id === id)!;

beforeAll(async () => {
  ({ w, cookies } = await buildFidelityWorld());
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const create = (who: TFidelityUser, body: Record<string, unknown>) =>
  send(w.app, 'POST', base, cookies[who], { programme: 'prog-a', date: '2024-06-30', ...body });

describe('creating a review and its proposals', () => {
  it('a supervisor starts a self-assessment with proposals and evidence, and is its reviewer', async () => {
    const res = await create('sup-a@test.se', { kind: 'self_assessment' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      programme: 'prog-a',
      kind: 'self_assessment',
      status: 'draft',
      window: { from: '2023-07-01', to: '2024-06-30' },
      instrument: { id: 'ips-25', version: 1 },
      access: 'supervisor',
      total: null,
      band: null,
    });
    expect(body.reviewers).toHaveLength(1);
    expect(body.me).toMatchObject({ submitted: false });
    expect(item(body, 'competitive_jobs').proposal).toMatchObject({ score: 5 });
    expect(item(body, 'competitive_jobs').proposal!.evidence.records).toHaveLength(1);
    // The explanation comes as message keys (the web app words them), next to the English note
    // and not inside the evidence.
    expect(item(body, 'competitive_jobs').proposal).toMatchObject({
      explanation: [{ key: 'competitiveComputed' }],
      note: expect.stringMatching(/^Competitive job starts/),
    });
    expect(item(body, 'competitive_jobs').proposal!.evidence).not.toHaveProperty('explanation');
    // Reviewers score against the instrument's anchors, delivered with each item.
    const caseload = body.items.find((i: { id: string }) => i.id === 'caseload_size');
    expect(caseload.section).toBe('staffing');
    expect(caseload.anchors.map((a: { score: number }) => a.score)).toEqual([1, 2, 3, 4, 5]);
    expect(caseload.anchors[4].sv.length).toBeGreaterThan(0);
  });

  it('refreshing recomputes the proposals from changed records', async () => {
    const id = (await create('sup-a@test.se', { kind: 'self_assessment' })).json().id;
    await importOrThrow(
      w.lots,
      dataset({
        programmes: [programme('prog-a', 'assoc-a', { caseNumberPrefix: 'PA' })],
        specialists: [specialist('sa1', 'prog-a')],
        employers: [
          {
            key: 'emp-a',
            name: 'Arbetsgivare A',
            association: 'assoc-a',
            industry: 'G',
            type: 'private',
          },
        ],
        participants: [
          enrolment('a-7', 'prog-a', 'sa1', {
            events: [
              {
                type: 'job_start',
                date: '2024-04-01',
                employer: 'emp-a',
                hoursPerWeek: 10,
                extentPct: 25,
                contract: 'fixed_term',
                salary: 9000,
                subsidy: 'none',
                competitive: false,
              },
            ],
          }),
        ],
      }),
    );
    const res = await send(
      w.app,
      'POST',
      `${base}/${id}/proposals/refresh`,
      cookies['sup-a@test.se'],
    );
    expect(res.statusCode).toBe(200);
    // 1 competitive of 2 jobs = 50 % → 1 (was 100 % → 5).
    expect(item(res.json(), 'competitive_jobs').proposal).toMatchObject({
      score: 1,
      evidence: { value: 50 },
    });
    expect(item(res.json(), 'competitive_jobs').proposal!.evidence.records).toHaveLength(2);
  });

  it('analysts start external reviews only, without proposals; funders and specialists not at all', async () => {
    expect((await create('analyst-a@test.se', { kind: 'self_assessment' })).statusCode).toBe(403);
    const ext = await create('analyst-a@test.se', { kind: 'external' });
    expect(ext.statusCode).toBe(201);
    expect(ext.json()).toMatchObject({ access: 'summary', items: null });
    expect((await create('funder-a@test.se', { kind: 'external' })).statusCode).toBe(403);
    expect((await create('spec-a1@test.se', { kind: 'self_assessment' })).statusCode).toBe(403);
    expect((await create('sup-b@test.se', { kind: 'external' })).statusCode).toBe(404);
    expect((await create('admin@test.se', { kind: 'external' })).statusCode).toBe(404);
  });

  it('reviewers must have a grant on the programme', async () => {
    const res = await create('sup-a@test.se', { kind: 'external', reviewers: ['sup-b@test.se'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.reviewers[0]');
  });
});

describe('a self-assessment', () => {
  it('is scored by its one reviewer, whose scores are the agreed ones', async () => {
    const id = (await create('sup-a@test.se', { kind: 'self_assessment' })).json().id;
    const cookie = cookies['sup-a@test.se'];
    const url = (itemId: string) => `${base}/${id}/scores/${itemId}`;

    // competitive_jobs is proposed 1 now: another score needs a note.
    const bare = await send(w.app, 'PUT', url('competitive_jobs'), cookie, { score: 4 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues).toEqual([{ path: 'body.note', message: expect.any(String) }]);
    const accepted = await send(w.app, 'PUT', url('competitive_jobs'), cookie, {
      acceptProposal: true,
    });
    expect(accepted.json()).toMatchObject({ score: 1, proposalScore: 1, proposalAccepted: true });

    const early = await send(w.app, 'POST', `${base}/${id}/submit`, cookie);
    expect(early.statusCode).toBe(409);
    expect(early.json().issues).toHaveLength(24);

    await scoreAll(w.app, cookie, id, 4);
    const overridden = (await get(w.app, `${base}/${id}`, cookie)).json();
    expect(item(overridden, 'competitive_jobs').mine).toMatchObject({
      score: 4,
      proposalAccepted: false,
    });
    expect((await send(w.app, 'POST', `${base}/${id}/submit`, cookie)).json()).toMatchObject({
      status: 'consensus',
    });
    expect((await send(w.app, 'PUT', url('disclosure'), cookie, { score: 5 })).statusCode).toBe(
      409,
    );
    expect(
      (await send(w.app, 'PUT', `${base}/${id}/agreed/disclosure`, cookie, { score: 5 }))
        .statusCode,
    ).toBe(409);

    const done = await send(w.app, 'POST', `${base}/${id}/complete`, cookie, {});
    expect(done.statusCode).toBe(200);
    // 25 × 4 = 100: good fidelity, next review in 12 months.
    expect(done.json()).toMatchObject({
      status: 'completed',
      total: 100,
      band: 'good',
      bandLabel: 'Stämmer bra',
      nextDue: '2025-06-30',
    });
    const again = await send(w.app, 'POST', `${base}/${id}/complete`, cookie, {});
    expect(again.statusCode).toBe(409);
  });
});

describe('an external review', () => {
  let id: string;
  const a1 = () => cookies['analyst-a@test.se'];
  const a2 = () => cookies['analyst2-a@test.se'];

  beforeAll(async () => {
    const res = await create('sup-a@test.se', {
      kind: 'external',
      reviewers: ['analyst-a@test.se', 'analyst2-a@test.se'],
    });
    id = res.json().id;
  });

  it('each reviewer scores blind and sees proposals without their records', async () => {
    await scoreAll(w.app, a1(), id, 3);
    const other = (await get(w.app, `${base}/${id}`, a2())).json();
    expect(other.access).toBe('reviewer');
    expect(item(other, 'disclosure')).toMatchObject({ mine: null, reviewers: [] });
    expect(item(other, 'competitive_jobs').proposal!.evidence.records).toEqual([]);
    expect(item(other, 'competitive_jobs').proposal).toMatchObject({
      explanation: [{ key: 'competitiveComputed' }],
    });
    const sup = (await get(w.app, `${base}/${id}`, cookies['sup-a@test.se'])).json();
    expect(item(sup, 'disclosure').reviewers).toEqual([]);
    expect((await send(w.app, 'POST', `${base}/${id}/submit`, a1())).json().status).toBe('scoring');
    expect((await get(w.app, `${base}/${id}/consensus`, a1())).statusCode).toBe(409);
  });

  it('shows where the reviewers differ once both have submitted, and completes on agreed scores', async () => {
    await scoreAll(w.app, a2(), id, 3, { caseload_size: 5, competitive_jobs: 2 });
    expect((await send(w.app, 'POST', `${base}/${id}/submit`, a2())).json().status).toBe(
      'consensus',
    );
    const both = (await get(w.app, `${base}/${id}`, a1())).json();
    expect(
      item(both, 'caseload_size')
        .reviewers.map((r) => r.score)
        .sort(),
    ).toEqual([3, 5]);

    const consensus = (await get(w.app, `${base}/${id}/consensus`, a1())).json();
    expect(consensus.differences).toEqual([
      {
        id: 'caseload_size',
        first: expect.any(Number),
        second: expect.any(Number),
        difference: 2,
        agreed: null,
      },
      {
        id: 'competitive_jobs',
        first: expect.any(Number),
        second: expect.any(Number),
        difference: 1,
        agreed: null,
      },
    ]);
    expect(consensus.missing).toEqual(['caseload_size', 'competitive_jobs']);

    const early = await send(w.app, 'POST', `${base}/${id}/complete`, a1(), {});
    expect(early.statusCode).toBe(409);
    expect(early.json().issues.map((i: { path: string }) => i.path)).toEqual([
      'agreed.caseload_size',
      'agreed.competitive_jobs',
    ]);

    for (const [itemId, score] of [
      ['caseload_size', 4],
      ['competitive_jobs', 3],
    ] as const) {
      const res = await send(w.app, 'PUT', `${base}/${id}/agreed/${itemId}`, a2(), { score });
      expect(res.statusCode).toBe(200);
    }
    // 23 × 3 + 4 + 3 = 76 (fair); with threshold 70 the long interval applies.
    const done = await send(w.app, 'POST', `${base}/${id}/complete`, a1(), {
      interval: { threshold: 70, shortMonths: 3, longMonths: 24 },
    });
    expect(done.json()).toMatchObject({ total: 76, band: 'fair', nextDue: '2026-06-30' });
  });
});
