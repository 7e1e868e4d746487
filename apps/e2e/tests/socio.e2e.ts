import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * The socio-economics journey in Chromium: an analyst builds an analysis from the
 * records of IPS Hudiksvall (demo data) and sees the savings per payer with every
 * assumption, downloads the steering group's PDF, excludes a row, imports the
 * Hudiksvall 2017 analysis (shared/fixtures) and finds the municipal perspective and
 * the row-1 difference; allocates a budget on the funding page; a funder then opens
 * the same analysis and sees no case numbers.
 */

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'hudiksvall-2017-socioeconomic.json',
);

let browser: Browser;
let analysisPath = '';
const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** Intl's no-break spaces and minus sign as plain text. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
/** 1403004 → "1 403 004 kr" as the UI shows it (plain spaces). */
const kr = (n: number) => plain(new Intl.NumberFormat('sv-SE').format(n)) + ' kr';

async function rowText(page: Page, header: string | RegExp): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header }) });
  await row.first().waitFor();
  return plain(await row.first().innerText());
}

async function signIn(page: Page, email: string) {
  await login(page, email);
  await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('socio-economics journey in Chromium', () => {
  it('an analyst builds an analysis from records, downloads the PDF and imports the Hudiksvall analysis', async () => {
    const page = await newPage();
    await signIn(page, 'analytiker@demo.lots.se');
    await page.goto(`${BASE_URL}/samhallsekonomi?programme=ips-hud`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Samhällsekonomi' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ny analys' }).waitFor();

    // 1. From records: the demo's job and study starts of the last three years.
    const year = new Date().getFullYear();
    await page.locator('#socio-new-name').fill('IPS Hudiksvall, tre år');
    await page.locator('#socio-new-from').fill(`${year - 3}-01-01`);
    await page.locator('#socio-new-to').fill(`${year}-12-31`);
    await page.locator('#socio-new-housingCost').fill('470,86');
    await page.getByRole('button', { name: 'Skapa analysen' }).click();
    await page.waitForURL(/\/samhallsekonomi\/[0-9a-f-]{36}/);
    analysisPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await page.getByRole('heading', { level: 1, name: 'IPS Hudiksvall, tre år' }).waitFor();

    // Savings per payer as the API computed them, with the assumptions beside them.
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const res = await page.request.get(`${BASE_URL}/api/v1/socio/analyses/${id}`);
    expect(res.status()).toBe(200);
    const analysis = (await res.json()) as {
      savingsPerPayer: { payer: string; yearly: number | null }[];
      rows: unknown[];
    };
    expect(analysis.rows.length).toBeGreaterThan(0);
    const fk = analysis.savingsPerPayer.find((p) => p.payer === 'FK')?.yearly ?? null;
    const social =
      analysis.savingsPerPayer.find((p) => p.payer === 'municipality_social_services')?.yearly ??
      null;
    await page.getByRole('heading', { level: 2, name: 'Besparing per betalare' }).waitFor();
    if (fk !== null) expect(await rowText(page, 'Försäkringskassan')).toContain(kr(fk));
    if (social !== null)
      expect(await rowText(page, /^Kommunens socialtjänst/)).toContain(kr(social));
    await rowText(page, 'Summa, alla betalare');
    await page.getByRole('heading', { level: 2, name: 'Antaganden' }).waitFor();
    await page.getByText('Parameteruppsättning SE-2026+overrides', { exact: true }).waitFor();
    expect(await rowText(page, 'Boendestöd, kostnad per timme')).toContain('470,86 kr');
    await page.getByText('Avrundningsregel').waitFor();
    await page.getByText('Nyttoperiodens regel').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'socio-analysis').toEqual([]);
    await screenshot(page, 'socio-analysis');

    // The steering group's PDF downloads with the session cookie.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF för styrgruppen' }).click(),
    ]);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Exclude row 1 with a reason: the analysis is recomputed and says why.
    await page.getByRole('button', { name: 'Ändra rad 1', exact: true }).click();
    await page.getByLabel('Undanta raden ur analysen').check();
    await page.getByLabel('Skäl till att raden undantas').fill('Dubbelräknad i journalen');
    await page.getByRole('button', { name: 'Spara raden' }).click();
    await page.getByText('Rad 1 är sparad och analysen omräknad.').waitFor();
    expect(plain(await page.locator('tr[data-row="1"]').innerText())).toContain(
      'Dubbelräknad i journalen',
    );

    // 2. Import the published Hudiksvall analysis: published against computed.
    await page.getByRole('link', { name: 'Alla analyser' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importera en publicerad analys' }).waitFor();
    await page.locator('#socio-import-name').fill('Hudiksvall 2017 (publicerad)');
    await page.locator('#socio-import-document').fill(readFileSync(FIXTURE, 'utf8'));
    await page.getByRole('button', { name: 'Importera analysen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hudiksvall 2017 (publicerad)' }).waitFor();
    expect(await rowText(page, /^Kommunen \(försörjningsstöd \+ boendestöd\)/)).toContain(
      '563 356 kr',
    );
    const diff = await rowText(page, 'Rad 1');
    expect(diff).toContain('15 646 kr');
    expect(diff).toContain('21 904 kr');
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'socio-import').toEqual([]);
    await screenshot(page, 'socio-import');

    // An imported analysis is a scenario: add a typed row (checked as you type), then delete it.
    await page.getByRole('button', { name: 'Lägg till rad' }).click();
    await page.locator('#socio-new-row-source').selectOption('social_assistance');
    await page.locator('#socio-new-row-monthly').fill('10000');
    await page.locator('#socio-new-row-tax').fill('100');
    await page.getByText('försörjningsstöd beskattas inte, skriv 0.').first().waitFor();
    await page.locator('#socio-new-row-tax').fill('0');
    await page.locator('#socio-new-row-salary').fill('26500');
    await page.locator('#socio-new-row-employer').selectOption('private');
    await page.getByRole('button', { name: 'Lägg till raden' }).click();
    await page.getByText('Rad 17 är tillagd och analysen omräknad.').waitFor();
    // 10 000 kr a month less social assistance: 563 356 + 120 000.
    expect(await rowText(page, /^Kommunen \(försörjningsstöd \+ boendestöd\)/)).toContain(
      '683 356 kr',
    );
    await page.getByRole('button', { name: 'Ta bort rad 17' }).click();
    await page.getByText('Rad 17 är borttagen och analysen omräknad.').waitFor();
    expect(await rowText(page, /^Kommunen \(försörjningsstöd \+ boendestöd\)/)).toContain(
      '563 356 kr',
    );

    // 3. Funding: a budget allocated in equal parts sums exactly to the total.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Finansiering' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Beslut och kostnader' }).waitFor();
    await page.locator('#funding-funder-name').fill('Samordningsförbundet (e2e)');
    await page.locator('#funding-funder-kind').selectOption('other');
    await page.getByRole('button', { name: 'Lägg till finansiären' }).click();
    await page.getByText('Finansiären ”Samordningsförbundet (e2e)” är tillagd.').waitFor();
    await page
      .locator('#funding-decision-funder')
      .selectOption({ label: 'Samordningsförbundet (e2e)' });
    await page.locator('#funding-decision-amount').fill('1522000');
    await page.locator('#funding-decision-reporting').fill(`${year}-06-30 Delrapport`);
    await page.getByRole('button', { name: 'Lägg till beslutet' }).click();
    await page.getByText('Beslutet är tillagt.').waitFor();
    expect(await rowText(page, /^Samordningsförbundet \(e2e\)/)).toContain('1 522 000 kr');
    expect(await rowText(page, `${year}-06-30`)).toContain('Delrapport');
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'funding').toEqual([]);
    await screenshot(page, 'socio-funding');
    await page.getByRole('link', { name: 'Fördelning och nycklar' }).click();
    await page.locator('#funding-allocation-total').fill('1000000');
    await page.locator('#funding-allocation-keyKind').selectOption('equal');
    await page.locator('#funding-allocation-lines').fill('Hudiksvall\nNordanstig\nLjusdal');
    await page.getByRole('button', { name: 'Fördela budgeten' }).click();
    await page.getByText('Summan är exakt budgeten.').waitFor();
    expect(await rowText(page, 'Hudiksvall')).toContain('333 334 kr');
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'funding-allocation').toEqual([]);
    await screenshot(page, 'socio-funding-allocation');
    await page.close();
  });

  it('an analyst estimates the target group and the reach of the association', async () => {
    const page = await newPage();
    await signIn(page, 'analytiker@demo.lots.se');
    await page.goto(`${BASE_URL}/finansiering/fordelning?programme=ips-hud`);
    await page.getByRole('heading', { level: 2, name: 'Målgrupp och räckvidd' }).waitFor();
    const section = page.getByRole('region', { name: 'Målgrupp och räckvidd' });
    await section.getByLabel('År', { exact: true }).fill('2026');
    // 1,00 × 410 + 0,80 × 820 + 0,25 × 1 350 + 0,50 × 95 + 0,50 × 140 + 0,20 × 1 020 = 1 725
    await section
      .getByLabel('Kommuner')
      .fill('Hudiksvall; 410; 820; 1 350; 95; 140; 1 020; 22 300');
    await section.getByRole('button', { name: 'Beräkna' }).click();
    expect(await rowText(page, 'Förbundet totalt')).toContain('1 725');
    expect(await rowText(page, 'Räckvidd')).toMatch(/\d+,\d %/);
    expect(await seriousViolations(page), 'target-group').toEqual([]);
    await screenshot(page, 'funding-target-group');
    await page.close();
  });

  it('a funder sees the analysis with row numbers only: no case numbers, no changes', async () => {
    expect(analysisPath).not.toBe('');
    const page = await newPage();
    await signIn(page, 'finansiar@demo.lots.se');
    await page.goto(`${BASE_URL}${analysisPath}`);
    await page.getByRole('heading', { level: 1, name: 'IPS Hudiksvall, tre år' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Besparing per betalare' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rader' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/[A-ZÅÄÖ]{2,5}-\d{4}-\d{3}/);
    expect(text).not.toContain('Dubbelräknad i journalen');
    expect(await page.getByRole('columnheader', { name: 'Ärende' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra rad/ }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'socio-funder').toEqual([]);
    await screenshot(page, 'socio-funder');
    await page.close();
  });
});
