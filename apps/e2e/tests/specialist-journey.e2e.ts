import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, login, screenshot, seriousViolations } from './browser.ts';

/*
 * A specialist takes one person all the way, with dates spread over the past 15
 * months so that both follow-ups after closure are due by now: own referral → intake
 * decision → enrolment (preselected as specialist) → employer contact → job start →
 * proposed closure → closure (employment, exit income salary) → +6 and +12 month
 * follow-ups. A supervisor then finds every step in the audit log and in the
 * person's JSON export. A second journey: a supervisor's subject-access extract,
 * JSON download and erasure of the identity.
 */

let browser: Browser;
const newPage = async () =>
  (await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } })).newPage();
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** Today in Sweden, YYYY-MM-DD. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** `date` moved by whole months and days (day overflow rolls into the next month). */
function shift(date: string, months: number, days = 0): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d + days)).toISOString().slice(0, 10);
}

const dates = {
  referral: shift(today, -15),
  decision: shift(today, -15, 3),
  enrol: shift(today, -14),
  contact: shift(today, -14, 10),
  jobStart: shift(today, -13, -15),
  closure: shift(today, -13),
  followUp6: shift(today, -13 + 6, 3),
  followUp12: shift(today, -13 + 12, 3),
};

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

type TAuditItem = { userEmail: string | null; action: string; entity: string };
type TExport = {
  participant: { id: string };
  identity: { name: string | null } | null;
  enrolments: {
    id: string;
    caseNumber: string;
    status: string;
    enrolledAt: string | null;
    closure: { date: string; reason: string } | null;
    events: { type: string; date: string }[];
    followUps: { months: number | null; date: string; status: string }[];
  }[];
  audit: TAuditItem[];
};

const NAME = 'Sara Spec-Sjöberg';

describe('a specialist takes one participant all the way', () => {
  let enrolmentId = '';
  let caseNumber = '';

  it('referral → intake → enrolment → contact → job → closure → +6 and +12 follow-ups', async () => {
    const page = await newPage();
    await login(page, 'coach1@demo.lots.se');
    await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();

    // The specialist registers the referral; it is assigned to them.
    await page.getByRole('link', { name: 'Ny remiss' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny remiss' }).waitFor();
    await page.getByText(/Remissen blir din/).waitFor();
    await page.locator('#referral-sex').selectOption({ label: 'Kvinna' });
    await fill(page, 'referral-birthYear', '1988');
    await fill(page, 'referral-municipality', '2184');
    await page.locator('#referral-education').selectOption({ label: 'Gymnasial' });
    await fill(page, 'referral-name', NAME);
    await fill(page, 'referral-date', dates.referral);
    await page.locator('#referral-source').selectOption({ label: 'Arbetsförmedlingen' });
    await fill(page, 'referral-officer', 'Karin Handläggare');
    await expectAccessible(page, 'specialist-referral');
    await page.getByRole('button', { name: 'Registrera remissen' }).click();
    const done = page.getByText(/Remissen är registrerad med löpnummer .* och tilldelad dig/);
    await done.waitFor();
    caseNumber = /([A-Z]+-\d{4}-\d{3})/.exec(await done.innerText())?.[1] ?? '';
    expect(caseNumber).not.toBe('');
    await screenshot(page, 'specialist-referral-done');

    // The new referral is found on "Mina deltagare" (status: referred).
    await page.getByRole('link', { name: 'Mina deltagare' }).click();
    const referrals = page.getByRole('region', { name: 'Remisser och kö' });
    await referrals.getByRole('link', { name: caseNumber }).waitFor();
    await expectAccessible(page, 'specialist-my-referrals');
    await referrals.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
    await page.getByText('Remissen väntar på intagsbeslut.', { exact: false }).waitFor();
    await expectAccessible(page, 'specialist-participant-referred');

    // Intake decision on the participant page: accepted to the queue with a priority.
    await page.getByRole('button', { name: 'Intagsbeslut' }).click();
    const decision = page.getByRole('form', { name: `Intagsbeslut för ${caseNumber}` });
    await decision.locator('select').first().selectOption({ label: 'Antas – väntelista' });
    await decision.getByLabel('Beslutsdatum').fill(dates.decision);
    await decision.getByLabel(/Prioritet/).fill('2');
    await expectAccessible(page, 'specialist-intake-decision');
    await decision.getByRole('button', { name: 'Spara beslutet' }).click();
    await page.getByText('Beslutet är sparat.').waitFor();
    await page.getByText('Deltagaren står i kö och väntar på att skrivas in.').waitFor();

    // Enrolment: consent (with survey contact), income, baseline; the own record is the specialist.
    await page.getByRole('link', { name: 'Skriv in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Skriv in ${caseNumber}` }).waitFor();
    await fill(page, 'enrol-consentDate', dates.enrol);
    await page.locator('#enrol-participation').check();
    await page.locator('#enrol-handBack').check();
    await page.locator('#enrol-survey').check();
    await expectAccessible(page, 'specialist-enrol-consent');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Försörjning' }).waitFor();
    await page.getByLabel('Försörjningsstöd', { exact: true }).check();
    await page.getByLabel('Belopp per månad för Försörjningsstöd (kr)').fill('9800');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Utgångsläge' }).waitFor();
    await fill(page, 'enrol-date', dates.enrol);
    await page.locator('#enrol-timeOnSupport').selectOption({ label: '1–3 år' });
    await page.locator('#enrol-goal').selectOption({ label: 'Arbete' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'IPS-coach' }).waitFor();
    await page.getByText(/Du skriver in deltagaren hos dig själv: Anna Coach/).waitFor();
    await expectAccessible(page, 'specialist-enrol-specialist');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kontrollera och skriv in' }).waitFor();
    await page
      .getByText(/Anna Coach/)
      .first()
      .waitFor();
    await expectAccessible(page, 'specialist-enrol-summary');
    await page.getByRole('button', { name: 'Skriv in deltagaren' }).click();
    await page.waitForURL(/\/deltagare\/[0-9a-f-]{36}\?/);
    enrolmentId = /\/deltagare\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();

    // Employer contact with a new employer registered inline.
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    await page.locator('#event-type').selectOption({ label: 'Arbetsgivarkontakt' });
    await fill(page, 'event-employer_contact-date', dates.contact);
    await page.getByRole('button', { name: '+ Ny arbetsgivare' }).click();
    await page.getByLabel('Arbetsgivarens namn').fill('Spec Snickeri AB');
    await page.getByRole('button', { name: 'Registrera arbetsgivare' }).click();
    await page.getByText('Arbetsgivaren Spec Snickeri AB är registrerad och vald.').waitFor();
    await page.getByLabel('Personligt möte').check();
    await expectAccessible(page, 'specialist-employer-contact');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Arbetsgivarkontakt registrerad/).waitFor();

    // Job start about 13,5 months ago: the two-month rule proposes closure.
    await page.getByRole('button', { name: 'Ny händelse' }).click();
    await page.locator('#event-type').selectOption({ label: 'Anställning påbörjad' });
    await fill(page, 'event-job_start-date', dates.jobStart);
    await page.locator('#event-job_start-employer').selectOption({ label: 'Spec Snickeri AB' });
    await fill(page, 'event-job_start-hoursPerWeek', '32');
    await fill(page, 'event-job_start-extentPct', '80');
    await page.locator('#event-job_start-contract').selectOption({ label: 'Tillsvidare' });
    await fill(page, 'event-job_start-salary', '25500');
    await page.locator('#event-job_start-competitive').check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Anställning påbörjad registrerad. Fasen är nu: Anställd/).waitFor();
    await page.getByText(/Tvåmånadersregeln/).waitFor();
    await expectAccessible(page, 'specialist-proposed-closure');

    // Closure with reason employment (preselected), exit income: salary.
    await page.getByRole('button', { name: 'Avsluta deltagandet' }).first().click();
    const closure = page.getByRole('form', { name: 'Avsluta deltagandet' });
    await closure.waitFor();
    expect(await page.locator('#closure-reason').inputValue()).toBe('employment');
    await fill(page, 'closure-date', dates.closure);
    await closure.getByLabel('Försörjningsstöd', { exact: true }).uncheck();
    await closure.getByLabel('Lön', { exact: true }).check();
    await closure.getByLabel('Belopp per månad för Lön (kr)').fill('25500');
    await page.locator('#closure-summary').fill('Anställd som snickare på 80 procent.');
    await expectAccessible(page, 'specialist-closure-form');
    await closure.getByRole('button', { name: 'Avsluta', exact: true }).click();
    await page.getByText('Deltagandet är avslutat.').waitFor();

    // Both follow-ups are due by now: +6 months, then +12 months.
    for (const [months, date] of [
      ['6', dates.followUp6],
      ['12', dates.followUp12],
    ] as const) {
      await page.getByRole('button', { name: 'Registrera uppföljning' }).click();
      const form = page.getByRole('form', { name: 'Registrera uppföljning' });
      await form.waitFor();
      await page.locator('#follow-up-months').selectOption(months);
      await fill(page, 'follow-up-date', date);
      await page.locator('#follow-up-status').selectOption({ label: 'Arbetar' });
      if (months === '6') await expectAccessible(page, 'specialist-follow-up-form');
      await form.getByRole('button', { name: 'Spara uppföljning' }).click();
      await form.waitFor({ state: 'detached' });
      await page.getByText(`${months} månader efter avslut`).first().waitFor();
    }
    await expect
      .poll(() => page.getByText(/^Gjord /).count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'specialist-participant-closed');
    await page.close();
  }, 240_000);

  it('a supervisor finds every step in the audit log and in the JSON export', async () => {
    expect(enrolmentId).not.toBe('');
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
    await page.getByRole('heading', { level: 1 }).waitFor();

    const audit = await page.request.get(
      `${BASE_URL}/api/v1/audit?programme=ips-hud&enrolment=${enrolmentId}`,
    );
    expect(audit.status()).toBe(200);
    const items = ((await audit.json()) as { items: TAuditItem[] }).items;
    const bySpecialist = items
      .filter((a) => a.userEmail === 'coach1@demo.lots.se')
      .map((a) => `${a.action} ${a.entity}`);
    for (const step of [
      'create enrolment', // the referral
      'decide enrolment', // the intake decision
      'enrol enrolment',
      'create event', // employer contact, job start
      'close enrolment',
      'create follow_up',
    ])
      expect(bySpecialist, step).toContain(step);
    expect(bySpecialist.filter((s) => s === 'create event').length).toBeGreaterThanOrEqual(2);
    expect(bySpecialist.filter((s) => s === 'create follow_up')).toHaveLength(2);

    // The participant page, then the extract and its JSON.
    await page.goto(`${BASE_URL}/deltagare/${enrolmentId}?programme=ips-hud`);
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
    const detail = (await (
      await page.request.get(`${BASE_URL}/api/v1/participants/${enrolmentId}`)
    ).json()) as { participantId: string };
    const response = await page.request.get(
      `${BASE_URL}/api/v1/participants/${detail.participantId}/export`,
    );
    expect(response.status()).toBe(200);
    const data = (await response.json()) as TExport;
    expect(data.identity?.name).toBe(NAME);
    const e = data.enrolments.find((x) => x.id === enrolmentId);
    expect(e?.caseNumber).toBe(caseNumber);
    expect(e?.status).toBe('closed');
    expect(e?.enrolledAt).toBe(dates.enrol);
    expect(e?.closure).toMatchObject({ date: dates.closure, reason: 'employment' });
    const types = (e?.events ?? []).map((x) => x.type);
    expect(types).toContain('employer_contact');
    expect(types).toContain('job_start');
    expect((e?.followUps ?? []).map((f) => f.months).sort()).toEqual([12, 6]);
    const exported = data.audit
      .filter((a) => a.userEmail === 'coach1@demo.lots.se')
      .map((a) => `${a.action} ${a.entity}`);
    for (const step of [
      'create enrolment',
      'decide enrolment',
      'enrol enrolment',
      'close enrolment',
    ])
      expect(exported, step).toContain(step);

    await page.getByRole('link', { name: 'Registerutdrag och radering' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Registerutdrag för ${caseNumber}` })
      .waitFor();
    await page.getByText('Anställning påbörjad').first().waitFor();
    // The audit table says in Swedish what the specialist did.
    const log = page.getByRole('region', { name: 'Logg över åtkomst och ändringar' });
    for (const what of ['Registrerade remissen', 'Skrev in deltagaren', 'Avslutade deltagandet'])
      await log.getByRole('cell', { name: what }).first().waitFor();
    await expectAccessible(page, 'specialist-journey-extract');
    await page.close();
  }, 120_000);
  it('the person can be referred again: the re-enrolment picker finds them', async () => {
    expect(enrolmentId).not.toBe('');
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
    await page.getByRole('link', { name: 'Ny remiss' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny remiss' }).waitFor();
    await page.getByLabel('En person som varit inskriven tidigare (återinskrivning)').check();
    await page.getByLabel('Sök tidigare deltagare').fill('spec-sjöberg 1988');
    await page.getByText('1 person att välja bland').waitFor();
    await page
      .locator('#referral-participantId')
      .selectOption({ label: `${caseNumber} – ${NAME}, född 1988, avslutad ${dates.closure}` });
    await page.locator('#referral-source').selectOption({ label: 'Egenanmälan' });
    await expectAccessible(page, 'referral-re-enrolment');
    await page.getByRole('button', { name: 'Registrera remissen' }).click();
    const done = page.getByText(/Remissen är registrerad med löpnummer/);
    await done.waitFor();
    const again = /([A-Z]+-\d{4}-\d{3})/.exec(await done.innerText())?.[1] ?? '';
    expect(again).not.toBe(caseNumber);

    // The same person now has two enrolments.
    const detail = (await (
      await page.request.get(`${BASE_URL}/api/v1/participants/${enrolmentId}`)
    ).json()) as { participantId: string };
    const data = (await (
      await page.request.get(`${BASE_URL}/api/v1/participants/${detail.participantId}/export`)
    ).json()) as TExport;
    expect(data.enrolments.map((e) => e.caseNumber).sort()).toEqual([caseNumber, again].sort());
    await page.close();
  }, 120_000);
});

describe('a supervisor handles a data-subject request', () => {
  it('opens the extract, downloads the JSON, erases the identity with a reason', async () => {
    const page = await newPage();
    await login(page, 'handledare@demo.lots.se');
    await page.waitForURL((u) => !u.pathname.startsWith('/logga-in'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const name = 'Rut Radera-Rask';
    const created = await page.request.post(`${BASE_URL}/api/v1/referrals`, {
      data: {
        programme: 'ips-hud',
        person: {
          sex: 'female',
          birthYear: 1979,
          municipality: '2184',
          education: 'compulsory',
          identity: { name },
        },
        referral: { date: shift(today, -1), source: 'social_services' },
      },
    });
    expect(created.status()).toBe(201);
    const state = (await created.json()) as { id: string; caseNumber: string };

    await page.goto(`${BASE_URL}/deltagare/${state.id}?programme=ips-hud`);
    await page.getByRole('heading', { level: 1, name: state.caseNumber }).waitFor();
    await page.getByText(name).first().waitFor();
    await page.getByRole('link', { name: 'Registerutdrag och radering' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Registerutdrag för ${state.caseNumber}` })
      .waitFor();
    await page.getByRole('region', { name: 'Identitet' }).getByText(name).waitFor();
    await expectAccessible(page, 'subject-extract');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner som JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`registerutdrag-${state.caseNumber}.json`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync(path, 'utf8')) as TExport;
    expect(json.identity?.name).toBe(name);
    expect(json.enrolments.map((e) => e.caseNumber)).toContain(state.caseNumber);

    // Erasure: a reason is required; afterwards the name is gone everywhere.
    await page.getByRole('button', { name: 'Radera identitet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ja, radera identiteten' }).click();
    await dialog
      .getByText(/Skäl till raderingen: fyll i ett värde/)
      .first()
      .waitFor();
    await expectAccessible(page, 'subject-erase-dialog');
    await dialog.getByLabel(/Skäl till raderingen/).fill('Personen begärde radering (art. 17).');
    await dialog.getByRole('button', { name: 'Ja, radera identiteten' }).click();
    await page.getByText('Identiteten är raderad.').waitFor();
    await page.getByText(/Identiteten raderades/).waitFor();
    await page.getByRole('cell', { name: 'Personen begärde radering (art. 17).' }).waitFor();
    await page.getByRole('cell', { name: 'Raderade identiteten' }).waitFor();
    expect(await page.getByText(name).count()).toBe(0);
    await expectAccessible(page, 'subject-erased');

    await page.getByRole('link', { name: `← ${state.caseNumber}` }).click();
    await page.getByRole('heading', { level: 1, name: state.caseNumber }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(name).count()).toBe(0);
    await page.close();
  }, 120_000);
});
