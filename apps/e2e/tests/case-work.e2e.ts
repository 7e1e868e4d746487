import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * The case-work journey in Chromium: referral → intake decision → enrolment in steps
 * → employer contact (with a new employer registered inline) → job start dated 70
 * days back (so the two-month rule proposes closure) → closure → follow-up; a
 * supervisor reassigning a participant; axe-core on every new page.
 */

let browser: Browser;
const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** YYYY-MM-DD `days` before today (Sweden). */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d);
}

async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), name).toEqual([]);
  await screenshot(page, name);
}

async function fill(page: Page, id: string, value: string) {
  const field = page.locator(`#${id}`);
  await field.fill('');
  await field.fill(value);
}

describe('case work journey in Chromium', () => {
  it('referral → enrolment → employer contact → job → proposed closure → closure → follow-up', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Referral: submitting empty shows the error summary that links to the fields.
    await page.getByRole('link', { name: 'Ny remiss' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny remiss' }).waitFor();
    await page.getByRole('button', { name: 'Registrera remissen' }).click();
    await page.getByRole('heading', { name: 'Det finns ett problem' }).waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    await expect.poll(() => page.getByText('Kön: välj ett alternativ.').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'case-work-referral-errors');

    await page.locator('#referral-sex').selectOption({ label: 'Kvinna' });
    await fill(page, 'referral-birthYear', '1990');
    await fill(page, 'referral-municipality', '2184');
    await page.locator('#referral-education').selectOption({ label: 'Gymnasial' });
    await fill(page, 'referral-name', 'Eva E2E-Ekström');
    // The personnummer is Luhn-checked as it is typed.
    await fill(page, 'referral-personalNumber', '19900517-1235');
    await page.getByText('kontrollsiffran stämmer inte').first().waitFor();
    await fill(page, 'referral-personalNumber', '');
    await fill(page, 'referral-date', daysAgo(100));
    await page.locator('#referral-source').selectOption({ label: 'Arbetsförmedlingen' });
    await page.getByRole('button', { name: 'Registrera remissen' }).click();
    const done = page.getByText(/Remissen är registrerad med löpnummer/);
    await done.waitFor();
    const caseNumber = /([A-Z]+-\d{4}-\d{3})/.exec(await done.innerText())?.[1] ?? '';
    expect(caseNumber).not.toBe('');

    // Intake: accept to the waiting list.
    await page.getByRole('link', { name: 'Gå till intaget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsledning' }).waitFor();
    await expectAccessible(page, 'case-work-supervision');
    const row = page.getByRole('row', { name: new RegExp(caseNumber) });
    await row.getByRole('button', { name: /Intagsbeslut/ }).click();
    const decision = page.getByRole('form', { name: `Intagsbeslut för ${caseNumber}` });
    await decision.locator('select').first().selectOption({ label: 'Antas – väntelista' });
    await decision.getByLabel('Beslutsdatum').fill(daysAgo(95));
    await decision.getByRole('button', { name: 'Spara beslutet' }).click();
    await page.getByText('Beslutet är sparat.').waitFor();

    // Enrolment in steps, with a check page before submitting.
    await page
      .getByRole('row', { name: new RegExp(caseNumber) })
      .getByRole('link', { name: /Skriv in/ })
      .click();
    await page.getByRole('heading', { level: 1, name: `Skriv in ${caseNumber}` }).waitFor();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByText('Samtycke till deltagande: deltagaren måste samtycka').first().waitFor();
    await expectAccessible(page, 'case-work-enrol-consent');
    await fill(page, 'enrol-consentDate', daysAgo(90));
    await page.locator('#enrol-participation').check();
    await page.locator('#enrol-handBack').check();
    await page.locator('#enrol-survey').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Försörjning' }).waitFor();
    await page.getByLabel('Försörjningsstöd', { exact: true }).check();
    await page.getByLabel('Belopp per månad för Försörjningsstöd (kr)').fill('9800');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Utgångsläge' }).waitFor();
    await fill(page, 'enrol-date', daysAgo(90));
    await page.locator('#enrol-timeOnSupport').selectOption({ label: '1–3 år' });
    await page.locator('#enrol-goal').selectOption({ label: 'Arbete' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.locator('#enrol-specialist').selectOption({ label: 'Anna Coach' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kontrollera och skriv in' }).waitFor();
    await expectAccessible(page, 'case-work-enrol-summary');
    await page.getByRole('button', { name: 'Skriv in deltagaren' }).click();
    await page.waitForURL(/\/deltagare\/[0-9a-f-]{36}\?/);
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();

    // Employer contact, with a new employer registered inline.
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    await page.locator('#event-type').selectOption({ label: 'Arbetsgivarkontakt' });
    await fill(page, 'event-employer_contact-date', daysAgo(80));
    await page.getByRole('button', { name: '+ Ny arbetsgivare' }).click();
    await page.getByLabel('Arbetsgivarens namn').fill('E2E Bygg AB');
    await page.getByRole('button', { name: 'Registrera arbetsgivare' }).click();
    await page.getByText('Arbetsgivaren E2E Bygg AB är registrerad och vald.').waitFor();
    await page.getByLabel('Personligt möte').check();
    await expectAccessible(page, 'case-work-event-form');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Arbetsgivarkontakt registrerad/).waitFor();

    // Job start 70 days ago: the phase becomes "Anställd" and closure is proposed.
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    await page.locator('#event-type').selectOption({ label: 'Anställning påbörjad' });
    await fill(page, 'event-job_start-date', daysAgo(70));
    await page.locator('#event-job_start-employer').selectOption({ label: 'E2E Bygg AB' });
    await fill(page, 'event-job_start-hoursPerWeek', '30');
    await fill(page, 'event-job_start-extentPct', '75');
    await page.locator('#event-job_start-contract').selectOption({ label: 'Tillsvidare' });
    await fill(page, 'event-job_start-salary', '24000');
    await page.locator('#event-job_start-competitive').check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Anställning påbörjad registrerad. Fasen är nu: Anställd/).waitFor();
    await page.getByText(/Tvåmånadersregeln/).waitFor();
    await expectAccessible(page, 'case-work-participant-proposed-closure');

    // A note recorded by mistake is voided with a reason, never deleted.
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    await page.locator('#event-type').selectOption({ label: 'Anteckning' });
    await page.locator('#event-note-text').fill('Fel deltagare – ska makuleras.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Anteckning registrerad/).waitFor();
    await page.getByRole('button', { name: /^Makulera: Anteckning/ }).click();
    await page.getByLabel('Varför makuleras händelsen?').fill('Registrerad på fel deltagare.');
    await page.getByRole('button', { name: 'Makulera händelsen' }).click();
    await page.getByText(/Händelsen är makulerad. Fasen är nu: Anställd/).waitFor();
    await page.getByText('Makulerad: Registrerad på fel deltagare.').waitFor();

    // Closure: the reason is preselected from the proposal.
    await page.getByRole('button', { name: 'Avsluta deltagandet' }).first().click();
    await page.getByRole('heading', { level: 3, name: 'Avsluta deltagandet' }).waitFor();
    expect(await page.locator('#closure-reason').inputValue()).toBe('employment');
    // Closed yesterday, so that today's follow-up lies after the closure.
    await fill(page, 'closure-date', daysAgo(1));
    await page.locator('#closure-summary').fill('Anställd som snickare, trivs bra.');
    await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
    await page.getByText('Deltagandet är avslutat.').waitFor();

    // Follow-up after closure (consent to survey contact was given).
    await page.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await page.locator('#follow-up-status').selectOption({ label: 'Arbetar' });
    await page.getByRole('button', { name: 'Spara uppföljning' }).click();
    await page.getByText('Uppföljningen är registrerad.').waitFor();
    await expectAccessible(page, 'case-work-participant-closed');
    await page.close();
  });

  it('a supervisor reassigns a participant to another specialist', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Arbetsledning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsledning' }).waitFor();
    await page.getByRole('table', { name: /Aktiva deltagare per heltid/ }).waitFor();
    const participant = page.locator('#reassign-participant');
    await expect.poll(() => participant.locator('option').count()).toBeGreaterThan(1);
    await participant.selectOption({ index: 1 });
    const specialist = page.locator('#reassign-specialist');
    await specialist.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Byt IPS-coach' }).click();
    await page.getByText(/har nu .* som IPS-coach/).waitFor();
    await page.close();
  });

  it('a specialist lands on "Mina deltagare"; the employer and follow-up pages pass axe-core', async () => {
    const page = await newPage();
    await login(page, 'coach1@demo.lots.se');
    await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();
    await page.getByRole('table', { name: /Pågående deltagare/ }).waitFor();
    await expectAccessible(page, 'case-work-my-participants');
    await page.getByRole('button', { name: /Längst sedan kontakt|Senaste kontakt/ }).focus();
    await page.keyboard.press('Enter');

    // English is the second locale; dates and amounts stay Swedish.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My participants' }).waitFor();
    await screenshot(page, 'case-work-my-participants-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();

    await page.getByRole('link', { name: 'Uppföljningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningar' }).waitFor();
    await expectAccessible(page, 'case-work-follow-ups');

    await page.getByRole('link', { name: 'Arbetsgivare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare' }).waitFor();
    await expectAccessible(page, 'case-work-employers');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Kontakter' }).waitFor();
    await expectAccessible(page, 'case-work-employer');
    await page.close();
  });

  it('an analyst sees the employer register but not the form the server would refuse', async () => {
    const page = await newPage();
    await login(page, 'analytiker@demo.lots.se');
    // An analyst lands on the reports; the register is opened by its address.
    await page.waitForURL(/\/rapporter\//);
    await page.goto(`${BASE_URL}/arbetsgivare`);
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare' }).waitFor();
    await page.getByText('Ingen tillgång till uppgifter om enskilda deltagare').waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('heading', { name: 'Registrera arbetsgivare' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Registrera arbetsgivare' }).count()).toBe(0);
    await expectAccessible(page, 'case-work-employers-analyst');
    await page.close();
  });

  it('a supervisor opens the subject-access extract of a participant', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('table').waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Åtgärder' }).waitFor();
    await page.getByRole('link', { name: 'Registerutdrag och radering' }).click();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await expectAccessible(page, 'case-work-subject-access');
    await page.close();
  });
});
