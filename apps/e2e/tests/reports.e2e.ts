import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * The reports journey in Chromium: a supervisor opens each standard report and finds
 * a figure the API gives, with its definition and denominator; downloads the XLSX of
 * the outcome overview; a funder sees the overview with small numbers suppressed.
 * The expected figures come from the report JSON of the same session (the demo data
 * is dated relative to today, and other journeys add participants).
 */

let browser: Browser;
const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** Intl's no-break spaces as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** 0.381 → "38,1 %" as the UI shows it. */
const percent = (rate: number) =>
  `${(Math.round(rate * 1000) / 10).toFixed(1).replace('.', ',')} %`;

type TJson = Record<string, unknown>;
async function reportJson(page: Page, name: string, query = 'programme=ips-hud'): Promise<TJson> {
  const res = await page.request.get(`${BASE_URL}/api/v1/reports/${name}?${query}`);
  expect(res.status(), name).toBe(200);
  return (await res.json()) as TJson;
}

async function rowText(page: Page, header: string): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header }) });
  await row.first().waitFor();
  return plain(await row.first().innerText());
}

/** Downloads the first exact XLSX link of the page: a zip (PK) named after the report. */
async function downloadXlsx(page: Page, report: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: /^Excel \(XLSX\): (?!.*små tal dolda)/ })
      .first()
      .click(),
  ]);
  const file = readFileSync(await download.path());
  expect(file.length, report).toBeGreaterThan(100);
  expect(file.subarray(0, 2).toString('latin1'), report).toBe('PK');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lots-${report}-.*\\.xlsx$`));
}

async function openReport(page: Page, link: string, heading: string, shot: string) {
  await page
    .getByRole('navigation', { name: 'Rapporter' })
    .getByRole('link', { name: link })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('table').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), shot).toEqual([]);
  await screenshot(page, shot);
}

describe('reports journey in Chromium', () => {
  it('a supervisor opens every report: figures with definition and denominator; XLSX download', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Rapporter' })
      .click();
    await page.waitForURL(/\/rapporter\/utfall\?/);
    await page.getByRole('heading', { level: 1, name: 'Utfallsöversikt' }).waitFor();
    expect(await page.title()).toBe('Utfallsöversikt – Rapporter – Lots');

    // 1. Outcome overview: "Anställning inkl. lönestöd" with its rate, "n av N" and denominator.
    const outcomes = await reportJson(page, 'outcomes');
    const rows = outcomes.rows as {
      outcome: string;
      label: string;
      count: number;
      denominator: number;
      rate: number;
    }[];
    const employment = rows.find((r) => r.outcome === 'employment');
    if (!employment) throw new Error('no employment row');
    const text = await rowText(page, employment.label);
    expect(text).toContain(`${employment.count} av ${employment.denominator}`);
    expect(text).toContain(percent(employment.rate));
    await page.getByText('Nämnare: Avslutade under perioden').first().waitFor();
    await page.getByText('Alla jobb, även med lönestöd.').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'reports-outcomes').toEqual([]);
    await screenshot(page, 'reports-outcomes');

    // The XLSX of the overview downloads with the session cookie and is a zip (PK).
    await downloadXlsx(page, 'outcomes-ips-hud');
    // Exact viewers choose: exact files for internal use, or small numbers hidden for sending out.
    await page.getByRole('heading', { name: 'Exakta siffror (intern)' }).waitFor();
    await page.getByRole('heading', { name: 'Med små tal dolda (för utskick)' }).waitFor();
    const suppressedHref = await page
      .getByRole('link', { name: 'Excel (XLSX): Utfallsöversikt (små tal dolda)' })
      .getAttribute('href');
    expect(suppressedHref).toContain('suppress=true');

    // A preset changes the period in the URL (so the view can be shared).
    await page.getByRole('button', { name: 'Förra året' }).click();
    await page.waitForURL(/from=\d{4}-01-01&to=\d{4}-12-31/);
    await page.getByRole('button', { name: 'I år' }).click();

    // 2. SUS participant table: the first sex × age-band count, denominator "Aktiva".
    await openReport(page, 'Deltagartabell (SUS)', 'Deltagartabell (SUS)', 'reports-participants');
    const participants = await reportJson(page, 'participants');
    const first = (participants.rows as { sex: string; ageBand: string; count: number }[])[0];
    if (!first) throw new Error('no participants');
    expect(await rowText(page, first.ageBand.replace('-', '–'))).toContain(String(first.count));
    await page
      .getByText(/Nämnare: Aktiva under perioden/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'participants');

    // 3. Movement: "Uppåt" with its rate over the closed.
    await openReport(page, 'Förflyttning', 'Förflyttning', 'reports-movement');
    const movement = await reportJson(page, 'movement');
    const up = movement.movedUp as { count: number; rate: number };
    const upText = await rowText(page, 'Uppåt');
    expect(upText).toContain(`${up.count} av ${String(movement.closed)}`);
    expect(upText).toContain(percent(up.rate));
    await page
      .getByText(/Nämnare: Avslutade under perioden/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'movement');

    // 4. Caseload and queue: a specialist's active count against the IPS target.
    await openReport(
      page,
      'Arbetsbelastning och kö',
      'Arbetsbelastning och kö',
      'reports-caseload',
    );
    const caseload = await reportJson(page, 'caseload');
    const spec = (caseload.rows as { specialist: string; active: number }[])[0];
    if (!spec) throw new Error('no specialist');
    expect(await rowText(page, spec.specialist)).toContain(String(spec.active));
    await page
      .getByText(/mål högst 20 per heltid/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'caseload');

    // 5. Fact box: the total number of participants, planned against actual.
    await openReport(page, 'Faktaruta', 'Faktaruta', 'reports-fact-box');
    const factBox = await reportJson(page, 'fact-box');
    const totals = factBox.totals as { participants: number };
    expect(await rowText(page, 'Totalt')).toContain(String(totals.participants));
    await page
      .getByText(/Planerat mot utfall/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'fact-box');

    // 6. Lasting outcomes: "Arbetar" at 6 months.
    await openReport(page, 'Varaktiga resultat', 'Varaktiga resultat', 'reports-lasting');
    const lasting = await reportJson(page, 'lasting');
    const working = (lasting.rows as { months: number; status: string; count: number }[]).find(
      (r) => r.months === 6 && r.status === 'employed',
    );
    if (working) expect(await rowText(page, 'Arbetar')).toContain(String(working.count));
    await page
      .getByText(/Nämnare: Avslutade under perioden/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'lasting');

    // 7. Time measures: the number closed in the period, with mean days; its XLSX.
    await openReport(page, 'Tidsmått', 'Tidsmått', 'reports-time-measures');
    const times = await reportJson(page, 'time-measures');
    const inProgramme = times.timeInProgramme as { closed: number };
    expect(await rowText(page, 'Avslutade')).toContain(String(inProgramme.closed));
    await page
      .getByText(/Nämnare: Aktiva under perioden/)
      .first()
      .waitFor();
    await downloadXlsx(page, 'time-measures');

    // Own outcome definitions: the form is there for a supervisor.
    await page
      .getByRole('navigation', { name: 'Rapporter' })
      .getByRole('link', { name: 'Egna utfallsdefinitioner' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Lägg till en definition' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'reports-definitions').toEqual([]);
    await screenshot(page, 'reports-definitions');

    // An own definition: jobs with subsidy, at least 17 hours a week (Umeå's "in work").
    await page.locator('#definition-label').fill('Arbete minst 17 timmar');
    await page.locator('#definition-key').fill('arbete_17_tim');
    await page.locator('#definition-jobs').selectOption({ label: 'Alla jobb, även med lönestöd' });
    await page.locator('#definition-minHours').fill('17');
    await page.getByRole('button', { name: 'Lägg till definitionen' }).click();
    await page.getByText('Definitionen ”Arbete minst 17 timmar” är tillagd.').waitFor();
    expect(await rowText(page, 'Arbete minst 17 timmar')).toContain('minst 17 tim/vecka');

    // It is listed in the overview after the standard ones; the targets save.
    await page
      .getByRole('navigation', { name: 'Rapporter' })
      .getByRole('link', { name: 'Utfallsöversikt' })
      .click();
    await page.waitForURL(/\/rapporter\/utfall/);
    await expect
      .poll(async () => rowText(page, 'Arbete minst 17 timmar'), { timeout: 30_000 })
      .toMatch(/\d+ av \d+/);
    await page.getByRole('button', { name: 'Spara målen' }).click();
    await page.getByText(/Målen för \d{4} är sparade\./).waitFor();
    await page.close();
  });

  it('a funder lands on the overview and sees no count from 1 to 4, only "<5"', async () => {
    const page = await newPage();
    await login(page, 'finansiar@demo.lots.se');
    await page.waitForURL(/\/rapporter\/utfall\?/);
    await page.getByRole('heading', { level: 1, name: 'Utfallsöversikt' }).waitFor();
    const table = page.getByRole('table').first();
    await table.waitFor();
    await page.waitForLoadState('networkidle');

    const counts = await table.locator('[data-count]').allInnerTexts();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    const cells = await table.getByRole('cell').allInnerTexts();
    expect(cells.filter((c) => /^\s*[1-4]\s*$/.test(c))).toEqual([]);
    expect(await table.locator('[data-suppressed]').allInnerTexts()).toContain('<5');
    await page.getByText('färre än fem, dolt för att skydda enskilda').first().waitFor();
    expect(await page.content()).not.toMatch(/HUD-\d{4}-\d{3}/);
    // Funders cannot set targets.
    expect(await page.getByRole('button', { name: 'Spara målen' }).count()).toBe(0);
    expect(await seriousViolations(page), 'reports-funder').toEqual([]);
    await screenshot(page, 'reports-funder');
    await page.close();
  });
});
