import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '@lots/services';
import { createTestLots, importOrThrow } from '@lots/services/test-support';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
let cookie = '';

async function post(url: string, payload: object) {
  const res = await w.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

beforeAll(async () => {
  w = await buildWorld();
  cookie = await loginAs(w.app, 'sup-a@test.se');
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('events and employers made through the API round-trip through the dataset', () => {
  it('export → import → export is the identity, and re-import adds no copies', async () => {
    const page = (
      await get(w.app, '/api/v1/participants?programme=prog-a&status=all', cookie)
    ).json();
    const alice = page.items.find((i: { name: string | null }) => i.name === 'Alice Andersson').id;
    const staff = (await get(w.app, '/api/v1/programmes/prog-a/specialists', cookie)).json().items;
    const sa2 = staff.find((s: { key: string }) => s.key === 'sa2').id;

    const employer = await post('/api/v1/employers?programme=prog-a', {
      name: 'Åkeriet i Hudiksvall AB',
      orgNumber: '556036-0793',
      industry: 'H',
      type: 'private',
    });
    expect(employer.key).toMatch(/^akeriet-i-hudiksvall-ab-[0-9a-f]{6}$/);
    const base = `/api/v1/enrolments/${alice}/events`;
    const contact = {
      type: 'employer_contact',
      date: '2024-02-01',
      employer: employer.id,
      faceToFace: true,
    };
    await post(base, contact);
    await post(base, contact); // two identical contacts on one day stay two
    await post(base, {
      type: 'meeting',
      date: '2024-02-02',
      kind: 'three_party',
      parties: ['AF', 'FK'],
      specialist: sa2,
    });
    await post(base, {
      type: 'job_start',
      date: '2024-03-01',
      employer: employer.id,
      title: 'Chaufför',
      occupation: '8332',
      hoursPerWeek: 30,
      extentPct: 75,
      contract: 'permanent',
      salary: 26000,
      subsidy: 'wage_subsidy',
      subsidyMonthly: 8000,
      competitive: false,
    });
    const mistake = await post(base, { type: 'note', date: '2024-03-02', text: 'Skrev fel' });
    await post(`/api/v1/events/${mistake.event.id}/void`, { reason: 'wrong participant' });

    const first = await exportDataset(w.lots, { programme: 'prog-a' });
    const exported = first.participants.find((p) => p.key === 'a-1')!;
    expect(first.employers.map((e) => e.key)).toContain(employer.key);
    expect(exported.events).toEqual([
      { type: 'employer_contact', date: '2024-02-01', employer: employer.key, faceToFace: true },
      { type: 'employer_contact', date: '2024-02-01', employer: employer.key, faceToFace: true },
      {
        type: 'meeting',
        date: '2024-02-02',
        kind: 'three_party',
        parties: ['AF', 'FK'],
        specialist: 'sa2',
      },
      expect.objectContaining({ type: 'job_start', employer: employer.key, subsidyMonthly: 8000 }),
      {
        type: 'note',
        date: '2024-03-02',
        text: 'Skrev fel',
        voided: { reason: 'wrong participant' },
      },
    ]);

    const before = (await get(w.app, `/api/v1/enrolments/${alice}/events`, cookie)).json().events
      .length;
    const again = await importDataset(w.lots, first);
    expect(again.ok).toBe(true);
    const after = (await get(w.app, `/api/v1/enrolments/${alice}/events`, cookie)).json().events
      .length;
    expect(after).toBe(before);
    expect(await exportDataset(w.lots, { programme: 'prog-a' })).toEqual(first);

    const fresh = await createTestLots();
    try {
      await importOrThrow(fresh, first);
      expect(await exportDataset(fresh, { programme: 'prog-a' })).toEqual(first);
    } finally {
      await fresh.close();
    }
  });
});
