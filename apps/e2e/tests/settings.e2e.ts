import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * A supervisor changes the programme's settings (closure proposal and a queue
 * priority rule) and corrects an employer's details; axe-core on both pages.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();

async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), name).toEqual([]);
  await screenshot(page, name);
}

describe('settings and employer editing in Chromium', () => {
  it('a supervisor changes the programme settings, with errors that name the field', async () => {
    const page = await newPage();
    // IPS Nordanstig's supervisor: the journeys share one server, and the case-work
    // journey relies on IPS Hudiksvall's two-month rule (60 days).
    await login(page, 'nordanstig@demo.lots.se');
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programinställningar' }).waitFor();
    await expectAccessible(page, 'settings');

    const days = page.getByLabel('Föreslå avslut efter (dagar i arbete eller studier)');
    await days.fill('0');
    // Enter sends the form (a click can miss the button while the error pushes it down).
    await days.press('Enter');
    await page
      .getByRole('link', { name: /Föreslå avslut efter .*: måste vara mellan 1 och 3650/ })
      .waitFor();
    await days.fill('75');
    await page.getByRole('button', { name: 'Lägg till regel' }).click();
    const rows = page.getByRole('table', { name: 'Prioriteringsregler' }).getByRole('row');
    const last = rows.last();
    await last.getByRole('combobox').first().selectOption('referral_source');
    await last.getByRole('combobox').nth(1).selectOption('FK');
    await page.getByRole('button', { name: 'Spara inställningar' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor();
    await page.reload();
    await expect.poll(() => days.inputValue()).toBe('75');
    await expectAccessible(page, 'settings-saved');
    await page.close();
  });

  it('a supervisor corrects an employer’s details', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('link', { name: 'Arbetsgivare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare' }).waitFor();
    await page
      .getByRole('table', { name: /Arbetsgivare \(/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Ändra uppgifter' }).waitFor();
    const name = page.getByLabel('Namn', { exact: true });
    const before = await name.inputValue();
    await name.fill(`${before} (ändrad)`);
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText(`Uppgifterna om ${before} (ändrad) är sparade.`).waitFor();
    await page.getByRole('heading', { level: 1, name: `${before} (ändrad)` }).waitFor();
    await expectAccessible(page, 'employer-edit');
    await page.close();
  });
});
