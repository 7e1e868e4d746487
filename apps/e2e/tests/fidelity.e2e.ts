import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * The fidelity journey ("Programtrohet") in Chromium: a supervisor runs a
 * self-assessment with proposals computed from the demo records, accepts and
 * overrides some (an override needs a note), scores the rest, completes it and
 * writes the report and an action; an external review by two reviewers
 * (handledare + analytiker, who has a grant on the association) differs on two
 * items, the consensus screen shows it, agreed scores complete it; a funder sees
 * the total and band only.
 */

let browser: Browser;
const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

type TProposal = {
  score: number | null;
  evidence: { numerator: number; denominator: number; records: string[] };
};
type TItem = { id: string; number: number; title: string; proposal: TProposal | null };
type TReview = {
  id: string;
  status: string;
  total: number | null;
  band: string | null;
  access: string;
  window: { from: string; to: string };
  items: TItem[] | null;
};

async function reviewJson(page: Page, id: string): Promise<TReview> {
  const res = await page.request.get(`${BASE_URL}/api/v1/fidelity/reviews/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as TReview;
}

/** Logs in and waits until the app has left the login page (the session cookie is set). */
async function signIn(page: Page, email: string) {
  await login(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const reviewIdOf = (page: Page) => /\/programtrohet\/([^/?]+)/.exec(page.url())?.[1] ?? '';
const itemBox = (page: Page, id: string): Locator =>
  page.locator(`section[aria-labelledby="item-${id}-title"]`);

async function checkPage(page: Page, shot: string) {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), shot).toEqual([]);
  await screenshot(page, shot);
}

async function openFidelity(page: Page) {
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Programtrohet' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Skattningar' }).waitFor();
}

/** Chooses a score and saves it; waits for the saved status. */
async function scoreItem(page: Page, id: string, score: number, note?: string) {
  const box = itemBox(page, id);
  await box.getByRole('radio', { name: new RegExp(`^${String(score)}( –|$)`) }).check();
  if (note) await box.getByLabel('Anteckning').fill(note);
  await box.getByRole('button', { name: 'Spara poäng' }).click();
  await box.getByText(`Sparad: ${score}`).waitFor();
}

async function acceptProposal(page: Page, id: string, score: number) {
  const box = itemBox(page, id);
  await box.getByRole('button', { name: 'Acceptera förslaget' }).click();
  await box.getByText(`Sparad: ${score}, förslaget accepterat`).waitFor();
}

/**
 * Scores every item not yet scored: the proposal where there is one, else `fallback`
 * (or the score in `overrides`, for items without a proposal).
 */
async function scoreRest(
  page: Page,
  review: TReview,
  done: Set<string>,
  fallback: number,
  overrides: Record<string, number> = {},
) {
  for (const item of review.items ?? []) {
    if (done.has(item.id)) continue;
    const proposed = item.proposal?.score ?? null;
    if (proposed !== null) await acceptProposal(page, item.id, proposed);
    else await scoreItem(page, item.id, overrides[item.id] ?? fallback);
    done.add(item.id);
  }
  await page.getByText('25 av 25 punkter skattade').waitFor();
}

const bandLabels: Record<string, string> = {
  exemplary: 'Stämmer mycket bra överens med IPS',
  good: 'Stämmer bra överens med IPS',
  fair: 'Stämmer delvis överens med IPS',
  not_ips: 'Stämmer inte överens med IPS',
};

describe('fidelity journey in Chromium', () => {
  it('a supervisor runs a self-assessment with proposals, completes it, writes the report and an action', async () => {
    const page = await newPage();
    await signIn(page, 'handledare@demo.lots.se');
    await openFidelity(page);
    await checkPage(page, 'fidelity-list');

    const self = page.getByRole('region', { name: 'Ny skattning' });
    await self.getByRole('button', { name: 'Skapa självskattning' }).click();
    await page.waitForURL(/\/programtrohet\/[^/?]+\?/);
    await page.getByRole('heading', { level: 2, name: 'Din skattning' }).waitFor();
    const id = reviewIdOf(page);
    const review = await reviewJson(page, id);
    expect(review.access).toBe('supervisor');

    // caseload_size has a proposal from the records, with its evidence and the cases behind it.
    const caseload = review.items?.find((i) => i.id === 'caseload_size');
    const proposed = caseload?.proposal?.score ?? null;
    expect(proposed).not.toBeNull();
    expect(caseload?.proposal?.evidence.records.length).toBeGreaterThan(0);
    const caseloadBox = itemBox(page, 'caseload_size');
    await caseloadBox.getByText(`Förslag: ${String(proposed)}`).waitFor();
    await caseloadBox.getByText('Täljare').waitFor();
    // The explanation is worded in Swedish, with the review date as the app shows dates.
    await caseloadBox
      .getByText(`Öppna inskrivningar ${review.window.to} delat med antalet heltidstjänster`, {
        exact: false,
      })
      .waitFor();
    expect(await caseloadBox.getByText('Open enrolments', { exact: false }).count()).toBe(0);
    await caseloadBox.getByText('Ärenden bakom förslaget').waitFor();
    await page.getByText('0 av 25 punkter skattade').waitFor();
    await screenshot(page, 'fidelity-scoring-top');
    expect(await seriousViolations(page), 'fidelity-scoring').toEqual([]);

    // Changing the records changes the proposal: a face-to-face employer contact at a
    // workplace on the review date, then "Räkna om förslagen".
    const evidenceOf = (r: TReview, itemId: string) =>
      r.items?.find((i) => i.id === itemId)?.proposal?.evidence;
    const before = {
      frequency: evidenceOf(review, 'employer_contact_frequency')?.numerator ?? -1,
      community: evidenceOf(review, 'community_based_services'),
    };
    expect(before.frequency).toBeGreaterThanOrEqual(0);
    const list = await page.request.get(
      `${BASE_URL}/api/v1/participants?programme=ips-hud&status=enrolled&limit=50`,
    );
    expect(list.status()).toBe(200);
    const enrolled = ((await list.json()) as { items: { id: string; enrolledAt: string }[] }).items;
    const target = enrolled.find((e) => e.enrolledAt <= review.window.to);
    if (!target) throw new Error('no enrolment open on the review date');
    const contact = await page.request.post(`${BASE_URL}/api/v1/enrolments/${target.id}/events`, {
      data: {
        type: 'employer_contact',
        date: review.window.to,
        faceToFace: true,
        location: 'workplace',
      },
    });
    expect(contact.status()).toBe(201);
    await page.getByRole('button', { name: 'Räkna om förslagen' }).click();
    await expect
      .poll(async () => evidenceOf(await reviewJson(page, id), 'employer_contact_frequency'))
      .toMatchObject({ numerator: before.frequency + 1 });
    const frequencyBox = itemBox(page, 'employer_contact_frequency');
    await expect
      .poll(() => frequencyBox.locator('dt:text-is("Täljare") + dd').innerText())
      .toBe(String(before.frequency + 1));
    // Scoring goes on against the refreshed proposals.
    const refreshed = await reviewJson(page, id);
    expect(evidenceOf(refreshed, 'community_based_services')).toMatchObject({
      numerator: (before.community?.numerator ?? 0) + 1,
      denominator: (before.community?.denominator ?? 0) + 1,
    });

    const done = new Set<string>();
    await acceptProposal(page, 'caseload_size', proposed ?? 0);
    done.add('caseload_size');

    // Override another proposal: without a note the field says what is missing.
    const other = refreshed.items?.find((i) => i.id !== 'caseload_size' && i.proposal?.score);
    if (!other?.proposal?.score) throw new Error('only one item has a proposal');
    const overrideScore = other.proposal.score === 5 ? 4 : other.proposal.score + 1;
    const otherBox = itemBox(page, other.id);
    await otherBox
      .getByRole('radio', { name: new RegExp(`^${String(overrideScore)}( –|$)`) })
      .check();
    await otherBox.getByRole('button', { name: 'Spara poäng' }).click();
    await otherBox
      .getByText(`Skriv en anteckning om varför du avviker från förslaget ${other.proposal.score}`)
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await scoreItem(page, other.id, overrideScore, 'Intervjuerna visar ett annat arbetssätt.');
    await otherBox.getByText(`avviker från förslaget ${other.proposal.score}`).waitFor();
    done.add(other.id);

    await scoreRest(page, refreshed, done, 4);
    await screenshot(page, 'fidelity-scoring');
    await page.getByRole('button', { name: 'Skicka in' }).click();
    await page.getByText('Du har skickat in din skattning.').waitFor();

    // Completion: the total and band as the API computes them, in Swedish.
    await page.getByRole('link', { name: 'Till konsensus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konsensus' }).waitFor();
    await page.getByRole('button', { name: 'Slutför skattningen' }).click();
    await page.getByText(/Skattningen är klar: \d+ poäng/).waitFor();
    const completed = await reviewJson(page, id);
    expect(completed.status).toBe('completed');
    await page
      .getByText(
        `Skattningen är klar: ${String(completed.total)} poäng, ${bandLabels[completed.band ?? ''] ?? ''}.`,
      )
      .waitFor();
    await checkPage(page, 'fidelity-consensus-self');

    // The report: strengths, recommendations, the PDF, and the action plan.
    await page.getByRole('link', { name: 'Till rapporten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    await page.getByLabel('Styrkor').fill('Snabb jobbsökning och täta arbetsgivarkontakter.');
    await page
      .getByLabel('Rekommendationer')
      .fill('Inför förmånsvägledning före varje anställning.');
    await page.getByRole('button', { name: 'Spara rapporten' }).click();
    await page.getByText('Rapporten är sparad.').waitFor();
    const pdf = await page.request.get(`${BASE_URL}/api/v1/fidelity/reviews/${id}/report.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('link', { name: 'Ladda ner rapporten (PDF)' }).waitFor();

    const form = page.getByRole('region', { name: 'Lägg till åtgärd' });
    await form.getByLabel('Åtgärd').fill('Boka förmånsvägledning');
    await form.getByLabel('Punkt').selectOption('work_incentives_planning');
    await form.getByLabel('Ansvarig').fill('Helena Handledare');
    await form.getByLabel('Klart senast').fill('2027-03-31');
    await form.getByRole('button', { name: 'Spara åtgärden' }).click();
    const row = page.getByRole('row', { name: /Boka förmånsvägledning/ });
    await row.getByText('Ej påbörjad').waitFor();
    await row.getByRole('button', { name: 'Ändra åtgärden Boka förmånsvägledning' }).click();
    const edit = page.getByRole('region', { name: 'Ändra åtgärden Boka förmånsvägledning' });
    await edit.getByLabel('Status').selectOption('in_progress');
    await edit.getByRole('button', { name: 'Spara åtgärden' }).click();
    await row.getByText('Pågår').waitFor();
    await checkPage(page, 'fidelity-report');

    // History: the completed review with its total, beside the employment rate.
    await page.getByRole('link', { name: 'Historik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
    await page.getByRole('table', { name: /Slutförda skattningar/ }).waitFor();
    await page
      .getByRole('cell', { name: String(completed.total), exact: true })
      .first()
      .waitFor();
    await checkPage(page, 'fidelity-history');

    await page.getByRole('link', { name: 'Jämförelse i förbundet' }).click();
    await page.getByRole('table', { name: /Senaste skattningen per program/ }).waitFor();
    await checkPage(page, 'fidelity-compare');
  }, 240_000);

  it('an external review: two reviewers differ, the consensus screen shows it, agreed scores complete it; a funder sees total and band only', async () => {
    const sup = await newPage();
    await signIn(sup, 'handledare@demo.lots.se');
    await openFidelity(sup);
    const ext = sup.getByRole('region', { name: 'Ny extern granskning' });
    // Leaving a field shows nothing yet (no layout shift under the pointer); "Skapa"
    // checks every field and names the empty second reviewer.
    await ext.getByLabel('Första bedömarens e-postadress').fill('handledare@demo.lots.se');
    await ext.getByLabel('Andra bedömarens e-postadress').focus();
    await ext.getByLabel('Första bedömarens e-postadress').focus();
    expect(await ext.getByText('Andra bedömarens e-postadress: fyll i ett värde.').count()).toBe(0);
    await ext.getByRole('button', { name: 'Skapa extern granskning' }).click();
    await ext
      .getByRole('link', { name: 'Andra bedömarens e-postadress: fyll i ett värde.' })
      .waitFor();
    await ext.getByLabel('Andra bedömarens e-postadress').fill('analytiker@demo.lots.se');
    await ext.getByRole('button', { name: 'Skapa extern granskning' }).click();
    await sup.waitForURL(/\/programtrohet\/[^/?]+\?/);
    const id = reviewIdOf(sup);
    const review = await reviewJson(sup, id);
    const free = (review.items ?? []).filter((i) => i.proposal?.score == null).map((i) => i.id);
    expect(free.length).toBeGreaterThanOrEqual(2);
    const [a, b] = free as [string, string];

    await scoreRest(sup, review, new Set(), 3);
    await sup.getByRole('button', { name: 'Skicka in' }).click();
    await sup.getByText('Du har skickat in din skattning.').waitFor();

    // The analyst scores in their own session: proposals without the cases behind them.
    const analyst = await newPage();
    await signIn(analyst, 'analytiker@demo.lots.se');
    await analyst.goto(`${BASE_URL}/programtrohet/${id}?programme=ips-hud`);
    await analyst.getByRole('heading', { level: 2, name: 'Din skattning' }).waitFor();
    const seen = await reviewJson(analyst, id);
    expect(seen.access).toBe('reviewer');
    const withProposal = seen.items?.find((i) => i.proposal?.score != null);
    expect(withProposal?.proposal?.evidence.records).toEqual([]);
    await itemBox(analyst, 'caseload_size').getByText('Täljare').waitFor();
    expect(await itemBox(analyst, 'caseload_size').getByText('Ärenden bakom').count()).toBe(0);
    await checkPage(analyst, 'fidelity-scoring-reviewer');
    await scoreRest(analyst, seen, new Set(), 3, { [a]: 5, [b]: 1 });
    await analyst.getByRole('button', { name: 'Skicka in' }).click();
    await analyst.getByText('Du har skickat in din skattning.').waitFor();

    // Consensus: the two differing items, by how much; agreed scores; completion.
    await sup.reload();
    await sup.getByRole('link', { name: 'Till konsensus' }).click();
    await sup.getByRole('heading', { level: 1, name: 'Konsensus' }).waitFor();
    await sup.getByText('2 punkter skiljer sig åt').waitFor();
    await sup.getByLabel('Visa bara punkter där bedömarna skiljer sig åt').check();
    const titleOf = (id2: string) => review.items?.find((i) => i.id === id2);
    for (const [itemId, agreed] of [
      [a, 4],
      [b, 2],
    ] as const) {
      const item = titleOf(itemId);
      const name = `${String(item?.number)}. ${item?.title ?? ''}`;
      const row = sup.getByRole('row', { name: new RegExp(`^${name.replace(/[.()]/g, '\\$&')}`) });
      await expect.poll(() => row.getByRole('cell').allInnerTexts()).toContain('2');
      await sup
        .getByLabel(`Överenskommen poäng för ${name}`, { exact: true })
        .selectOption(String(agreed));
      await sup.getByRole('button', { name: `Spara: Överenskommen poäng för ${name}` }).click();
      await expect
        .poll(async () => (await reviewJson(sup, id)).items?.find((i) => i.id === itemId))
        .toMatchObject({ agreed: { score: agreed } });
    }
    await checkPage(sup, 'fidelity-consensus-external');
    await sup.getByRole('button', { name: 'Slutför skattningen' }).click();
    await sup.getByText(/Skattningen är klar: \d+ poäng/).waitFor();
    const completed = await reviewJson(sup, id);
    expect(completed.status).toBe('completed');
    expect(completed.total).not.toBeNull();

    // A funder: the review shows total and band, and no evidence or notes.
    const funder = await newPage();
    await signIn(funder, 'finansiar@demo.lots.se');
    await funder.goto(`${BASE_URL}/programtrohet?programme=ips-hud`);
    await funder.getByRole('heading', { level: 1, name: 'Skattningar' }).waitFor();
    await funder.goto(`${BASE_URL}/programtrohet/${id}?programme=ips-hud`);
    await funder.getByText('Du ser summa och nivå.', { exact: false }).waitFor();
    await funder
      .getByText(bandLabels[completed.band ?? ''] ?? '')
      .first()
      .waitFor();
    expect(await funder.getByText('Täljare').count()).toBe(0);
    expect(await funder.getByText('Förslag').count()).toBe(0);
    expect((await reviewJson(funder, id)).items).toBeNull();
    await checkPage(funder, 'fidelity-funder');

    // History for a funder: totals and bands, no per-item table.
    await funder.getByRole('link', { name: 'Historik' }).click();
    await funder.getByRole('table', { name: /Slutförda skattningar/ }).waitFor();
    expect(await funder.getByRole('table', { name: 'Poäng per punkt över tid' }).count()).toBe(0);
    await checkPage(funder, 'fidelity-history-funder');
  }, 240_000);
});
