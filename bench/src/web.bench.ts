import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { TBenchResult } from './results.ts';
import { webDist as WEB_DIST, type TBenchUsers } from './server.ts';
import { summarise } from './stats.ts';

/*
 * The web app (issue 7 part 2): the JavaScript a browser must fetch before the app
 * starts (the entry script and the modulepreloads of the built index.html, each
 * gzipped as a server would send it), and the time until the participant list is
 * interactive in headless Chromium, with a cold cache on every run.
 */

const root = join(WEB_DIST, '..', '..', '..');

/** Builds the web app when there is no build yet, or when asked (`--build-web`). */
export function ensureWebBuild(force: boolean, log: (line: string) => void): void {
  if (existsSync(join(WEB_DIST, 'index.html')) && !force) return;
  log('building the web app (npm run build -w @lots/web)');
  const build = spawnSync('npm', ['run', 'build', '-w', '@lots/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the web build failed');
}

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1000;
const rawKb = (file: string) => readFileSync(file).length / 1000;

/** The scripts of index.html: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function firstLoadScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [
    ...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return [...scripts, ...preloads].filter((s): s is string => s !== undefined);
}

/** JavaScript on first load, gzipped, in kB (1 000 bytes). Budget: under 300. */
export function benchFirstLoadJs(log: (line: string) => void): TBenchResult[] {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const files = firstLoadScripts(html).map((src) => join(WEB_DIST, src));
  if (files.length === 0) throw new Error(`${WEB_DIST}/index.html names no script`);
  const gz = files.reduce((n, f) => n + gzipKb(f), 0);
  const raw = files.reduce((n, f) => n + rawKb(f), 0);
  log(
    `web-first-load-js: ${files.length} scripts, ${raw.toFixed(0)} kB raw, ${gz.toFixed(1)} kB gzip`,
  );
  const note = `${files.length} scripts (entry + modulepreload), ${raw.toFixed(0)} kB before gzip`;
  return [
    {
      benchmark: 'web-first-load-js',
      unit: 'kB gzip',
      stats: summarise([gz]),
      note,
      extra: { scripts: files.length, rawKb: Math.round(raw) },
    },
  ];
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Against `lots serve` at `origin` (which serves the built app), logs the bench
 * supervisor in once, then, `runs` times in a fresh browser context (cold cache,
 * same session), opens the participant list and takes the time from navigation start
 * to the first animation frame after the first participant row is shown: the list is
 * on screen and the main thread is free to answer a click.
 */
export async function benchParticipantList(
  origin: string,
  users: TBenchUsers,
  base: { engine: string; size: string },
  runs: number,
  log: (line: string) => void,
): Promise<TBenchResult[]> {
  if (!existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing');
  const { programme, supervisor: email, password } = users;
  const browser = await launch();
  try {
    const login = await browser.newContext();
    const page = await login.newPage();
    // A server that just served the API benchmarks may still be busy for a while.
    page.setDefaultTimeout(120_000);
    await page.goto(`${origin}/logga-in`);
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/deltagare/);
    const session = await login.storageState();
    await login.close();

    const url = `${origin}/deltagare?programme=${programme}`;
    const samples: number[] = [];
    const scripts = new Set<string>();
    let rows = 0;
    // One warm-up, then the timed runs; each in a new context, so nothing is cached.
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ storageState: session });
      const p = await context.newPage();
      p.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
      });
      await p.goto(url, { waitUntil: 'commit' });
      await p.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
      const firstRow = p.getByRole('table').getByRole('row').nth(1);
      await firstRow.waitFor({ timeout: 60_000 });
      const ms = await p.evaluate(
        () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))),
      );
      rows = (await p.getByRole('table').getByRole('row').count()) - 1;
      if (i > 0) samples.push(ms);
      await context.close();
    }
    const loadedKb = [...scripts]
      .map((s) => join(WEB_DIST, s))
      .filter((f) => existsSync(f))
      .reduce((n, f) => n + gzipKb(f), 0);
    log(
      `web-participant-list ${base.size} ${base.engine}: ${rows} rows shown, ` +
        `${scripts.size} scripts (${loadedKb.toFixed(1)} kB gzip) loaded`,
    );
    return [
      {
        benchmark: 'web-participant-list',
        ...base,
        case: 'cold cache',
        unit: 'ms',
        stats: summarise(samples),
        note: `${rows} rows; ${scripts.size} scripts, ${loadedKb.toFixed(0)} kB gzip`,
        extra: { rows, scripts: scripts.size, scriptsKbGzip: Math.round(loadedKb) },
      },
    ];
  } finally {
    await browser.close();
  }
}
