import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, enrolment, importOrThrow, programme } from '@lots/services/test-support';
import { get } from './helpers.ts';
import type { TWorld } from './helpers.ts';
import { buildFidelityWorld, scoreAll, send, type TFidelityUser } from './fidelity-helpers.ts';

/*
 * Who sees what (docs/fidelity-reviews.md "Roles"): supervisors everything,
 * reviewers their scoring, funders and analysts total and band only — never the
 * evidence records (case numbers), decline reasons or notes. Every route answers 404
 * for another programme's review.
 */
let w: TWorld;
let cookies: Record<TFidelityUser, string>;
const base = '/api/v1/fidelity/reviews';
const ids: Record<'a' | 'b' | 'ext', string> = { a: '', b: '', ext: '' };
let caseNumbers: string[] = [];

async function completedSelfAssessment(who: TFidelityUser, programmeKey: string, score: number) {
  const cookie = cookies[who];
  const res = await send(w.app, 'POST', base, cookie, {
    programme: programmeKey,
    kind: 'self_assessment',
    date: '2024-06-30',
  });
  const id = res.json().id as string;
  await scoreAll(w.app, cookie, id, score);
  await send(w.app, 'POST', `${base}/${id}/submit`, cookie);
  await send(w.app, 'POST', `${base}/${id}/complete`, cookie, {});
  return id;
}

beforeAll(async () => {
  ({ w, cookies } = await buildFidelityWorld());
  const {
    enrolledAt: _e,
    consent: _c,
    baseline: _b,
    ...referral
  } = enrolment('a-d', 'prog-a', 'sa1');
  await importOrThrow(
    w.lots,
    dataset({
      programmes: [programme('prog-a', 'assoc-a', { caseNumberPrefix: 'PA' })],
      participants: [
        {
          ...referral,
          specialist: undefined,
          declined: { date: '2024-02-01', reason: 'Bedömd som inte redo' },
        },
      ],
    }),
  );
  ids.a = await completedSelfAssessment('sup-a@test.se', 'prog-a', 4);
  ids.b = await completedSelfAssessment('sup-b@test.se', 'prog-b', 3);
  ids.ext = (
    await send(w.app, 'POST', base, cookies['sup-a@test.se'], {
      programme: 'prog-a',
      kind: 'external',
      date: '2024-06-30',
      reviewers: ['analyst-a@test.se'],
    })
  ).json().id;
  const full = (await get(w.app, `${base}/${ids.ext}`, cookies['sup-a@test.se'])).json();
  caseNumbers = [
    ...new Set<string>(
      full.items.flatMap((i: { proposal: { evidence: { records: string[] } } | null }) =>
        i.proposal ? i.proposal.evidence.records : [],
      ),
    ),
  ];
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('funders and analysts', () => {
  it('see the total and band of a review, never its items, evidence or notes', async () => {
    expect(caseNumbers.length).toBeGreaterThan(0);
    for (const who of ['funder-a@test.se', 'analyst2-a@test.se', 'spec-a1@test.se'] as const) {
      const res = await get(w.app, `${base}/${ids.a}`, cookies[who]);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        access: 'summary',
        items: null,
        total: 100,
        band: 'good',
      });
      for (const cn of caseNumbers) expect(res.body).not.toContain(cn);
      expect(res.body).not.toContain('Bedömt vid besöket');
      for (const path of ['report', 'report.pdf', 'actions', 'consensus']) {
        expect((await get(w.app, `${base}/${ids.a}/${path}`, cookies[who])).statusCode).toBe(403);
      }
    }
    const list = await get(w.app, `${base}?programme=prog-a`, cookies['funder-a@test.se']);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(ids.a);
  });

  it('get history and comparison as totals and bands only', async () => {
    const history = (
      await get(w.app, '/api/v1/fidelity/history?programme=prog-a', cookies['funder-a@test.se'])
    ).json();
    expect(history.reviews).toEqual([
      expect.objectContaining({ id: ids.a, total: 100, band: 'good', items: null }),
    ]);
    const compare = (
      await get(w.app, '/api/v1/fidelity/compare?association=assoc-a', cookies['funder-a@test.se'])
    ).json();
    expect(compare.programmes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          programme: 'prog-a',
          latest: expect.objectContaining({ total: 100 }),
        }),
        expect.objectContaining({ programme: 'prog-a1', latest: null }),
      ]),
    );
    expect(
      (
        await get(
          w.app,
          '/api/v1/fidelity/compare?association=assoc-b',
          cookies['funder-a@test.se'],
        )
      ).statusCode,
    ).toBe(404);
  });

  it('a reviewer who is an analyst sees proposals without records or decline reasons', async () => {
    const res = await get(w.app, `${base}/${ids.ext}`, cookies['analyst-a@test.se']);
    expect(res.json().access).toBe('reviewer');
    for (const cn of caseNumbers) expect(res.body).not.toContain(cn);
    expect(res.body).not.toContain('inte redo');
  });
});

describe('supervisors', () => {
  it('see history with per-item scores beside the employment rate', async () => {
    const history = (
      await get(w.app, '/api/v1/fidelity/history?programme=prog-a', cookies['sup-a@test.se'])
    ).json();
    expect(history.reviews[0]).toMatchObject({
      total: 100,
      items: { caseload_size: 4, competitive_jobs: 4 },
      employment: { denominator: expect.anything() },
    });
  });

  it('write the report, get it as PDF, and keep the action plan', async () => {
    const cookie = cookies['sup-a@test.se'];
    const report = await send(w.app, 'PUT', `${base}/${ids.a}/report`, cookie, {
      strengths: 'Snabb jobbsökning',
      recommendations: 'Fler arbetsgivarkontakter',
      itemComments: { caseload_size: 'Rimlig' },
    });
    expect(report.json()).toMatchObject({ itemComments: { caseload_size: 'Rimlig' } });
    const action = await send(w.app, 'POST', `${base}/${ids.a}/actions`, cookie, {
      itemId: 'employer_contact_frequency',
      action: 'Sex arbetsgivarbesök i veckan',
      owner: 'Samordnaren',
      dueDate: '2024-12-31',
    });
    expect(action.statusCode).toBe(201);
    const actionId = action.json().id as string;
    const patched = await send(w.app, 'PATCH', `${base}/${ids.a}/actions/${actionId}`, cookie, {
      status: 'in_progress',
    });
    expect(patched.json()).toMatchObject({ status: 'in_progress', owner: 'Samordnaren' });
    const pdf = await get(w.app, `${base}/${ids.a}/report.pdf`, cookie);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(w.app, `${base}/${ids.a}/actions`, cookie)).json().items).toHaveLength(1);
    const gone = await send(w.app, 'DELETE', `${base}/${ids.a}/actions/${actionId}`, cookie);
    expect(gone.statusCode).toBe(204);
    expect((await get(w.app, `${base}/${ids.a}/actions`, cookie)).json().items).toHaveLength(0);
  });

  it('alone get the suggestion with decline reasons', async () => {
    const url = '/api/v1/fidelity/suggest?programme=prog-a&date=2024-06-30&windowMonths=6';
    const res = await get(w.app, url, cookies['sup-a@test.se']);
    expect(res.statusCode).toBe(200);
    // Six months back from the 30th is 30 December; the window starts the day after.
    expect(res.json().window).toEqual({ from: '2023-12-31', to: '2024-06-30' });
    expect(res.body).toContain('inte redo');
    for (const who of ['spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se'] as const) {
      expect((await get(w.app, url, cookies[who])).statusCode).toBe(403);
    }
    for (const who of ['sup-b@test.se', 'admin@test.se'] as const) {
      expect((await get(w.app, url, cookies[who])).statusCode).toBe(404);
    }
  });
});

describe('the audit log', () => {
  it("records supervisors' reads of a review and every change", async () => {
    await get(w.app, `${base}/${ids.a}`, cookies['sup-a@test.se']);
    const log = (
      await get(w.app, '/api/v1/audit?programme=prog-a&limit=1000', cookies['sup-a@test.se'])
    ).json();
    const actions = new Set(log.items.map((e: { action: string }) => e.action));
    for (const action of [
      'fidelity.review.create',
      'fidelity.score',
      'fidelity.submit',
      'fidelity.review.complete',
      'fidelity.review.read',
    ]) {
      expect(actions).toContain(action);
    }
  });
});

describe('another programme', () => {
  const routes = (id: string): [string, string, unknown?][] => [
    ['GET', `${base}/${id}`],
    ['POST', `${base}/${id}/reviewers`, { email: 'sup-b@test.se' }],
    ['POST', `${base}/${id}/proposals/refresh`, {}],
    ['PUT', `${base}/${id}/scores/disclosure`, { score: 3 }],
    ['POST', `${base}/${id}/submit`, {}],
    ['GET', `${base}/${id}/consensus`],
    ['PUT', `${base}/${id}/agreed/disclosure`, { score: 3 }],
    ['POST', `${base}/${id}/complete`, {}],
    ['GET', `${base}/${id}/report`],
    ['PUT', `${base}/${id}/report`, { strengths: 'x', recommendations: 'y' }],
    ['GET', `${base}/${id}/report.pdf`],
    ['GET', `${base}/${id}/actions`],
    ['POST', `${base}/${id}/actions`, { action: 'x', owner: 'y' }],
    ['PATCH', `${base}/${id}/actions/00000000-0000-0000-0000-000000000000`, { status: 'done' }],
    ['DELETE', `${base}/${id}/actions/00000000-0000-0000-0000-000000000000`, {}],
  ];

  it('answers 404 on every review route, for unknown ids too', async () => {
    const tries: [TFidelityUser, string][] = [
      ['sup-b@test.se', ids.a],
      ['sup-a@test.se', ids.b],
      ['funder-a@test.se', ids.b],
      ['admin@test.se', ids.a],
      ['sup-a@test.se', 'not-a-uuid'],
    ];
    for (const [who, id] of tries) {
      for (const [method, url, payload] of routes(id)) {
        const res =
          method === 'GET'
            ? await get(w.app, url, cookies[who])
            : await send(w.app, method as 'POST', url, cookies[who], payload);
        expect(`${who} ${method} ${url} ${res.statusCode}`).toBe(`${who} ${method} ${url} 404`);
      }
    }
  });

  it('answers 404 for programme keys outside the caller’s access', async () => {
    for (const url of [
      `${base}?programme=prog-a`,
      '/api/v1/fidelity/history?programme=prog-a',
      '/api/v1/fidelity/compare?association=assoc-a',
    ]) {
      expect((await get(w.app, url, cookies['sup-b@test.se'])).statusCode).toBe(404);
    }
  });
});
