import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

let browser: Browser;
/** A page in its own context (axe-core needs a context made with newContext). */
const newPage = async (options: Parameters<Browser['newContext']>[0] = {}) =>
  (await browser.newContext(options)).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

describe('foundation journey in Chromium', () => {
  it('a supervisor logs in and sees the participant list, in Swedish, with no serious accessibility violations', async () => {
    const page = await newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    await page.goto(BASE_URL);
    await page.waitForURL(/logga-in/);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login');

    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const firstCase = table.getByRole('row').nth(1);
    await expect.poll(async () => firstCase.innerText()).toMatch(/HUD-\d{4}-\d{3}/);
    expect(await page.title()).toMatch(/Deltagare – Lots/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'participants');

    // The keyboard alone reaches a participant: the first link in the table.
    await table.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/deltagare\/[0-9a-f-]{36}/);
    await expect
      .poll(async () => page.getByRole('heading', { level: 1 }).innerText())
      .toMatch(/HUD-\d{4}-\d{3}/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'participant');
    await page.close();
  });

  it('a specialist sees only their own caseload', async () => {
    const page = await newPage({ locale: 'sv-SE' });
    await login(page, 'coach1@demo.lots.se');
    // A specialist lands on "Mina deltagare"; the full participant list is one link away.
    await page.waitForURL(/mina-deltagare/);
    // Their own employer contacts per week, face to face counted apart (fidelity item 17).
    await page.getByText('Arbetsgivarkontakter per vecka, senaste 12 veckorna').waitFor();
    await page.goto(`${BASE_URL}/deltagare`);
    await page.getByRole('table').waitFor();
    const specialists = await page.getByRole('row').allInnerTexts();
    expect(specialists.slice(1).every((row) => row.includes('Anna Coach'))).toBe(true);
    await page.close();
  });

  it('a funder sees no personal data', async () => {
    const page = await newPage({ locale: 'sv-SE' });
    await login(page, 'finansiar@demo.lots.se');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // A funder lands on the reports (aggregates, reports.e2e.ts); the participant list is empty.
    await page.goto(`${BASE_URL}/deltagare`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.content()).not.toMatch(/HUD-\d{4}-\d{3}|Demo-/);
    await screenshot(page, 'funder');
    await page.close();
  });

  it('a wrong password gets a clear Swedish error', async () => {
    const page = await newPage({ locale: 'sv-SE' });
    await page.goto(`${BASE_URL}/logga-in`);
    await page.getByLabel('E-postadress').fill('handledare@demo.lots.se');
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-post eller lösenord').first().waitFor();
    await page.close();
  });
});
