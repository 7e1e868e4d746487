#!/usr/bin/env node
// End-to-end journeys: builds the web app if needed, starts `lots serve` on a free
// port with a fresh embedded database (demo seeded), runs the Playwright tests in
// Debian's Chromium through Vitest, and stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

if (!existsSync('/usr/bin/chromium')) {
  console.error('e2e: /usr/bin/chromium is missing (apt-get install chromium)');
  process.exit(1);
}
if (
  !existsSync(join(root, 'apps', 'web', 'dist', 'index.html')) ||
  process.env.LOTS_E2E_BUILD === '1'
) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@lots/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolve, reject) => {
  const srv = createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const address = srv.address();
    srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'lots-e2e-'));
const env = {
  ...process.env,
  PORT: String(port),
  LOTS_DATA_DIR: dataDir,
  LOTS_DEMO: 'true',
  LOTS_LOG_LEVEL: 'warn',
  // The journeys sign in 28 times from one address, up to 11 times in a minute when
  // the machine is quick: more than the default 10 a minute, which would fail them by
  // timing alone. The limit itself is tested in apps/server/test/auth.test.ts.
  LOTS_LOGIN_RATE_LIMIT: '1000',
};
delete env.DATABASE_URL;
const server = spawn(process.execPath, [join(root, 'apps', 'cli', 'bin', 'lots.mjs'), 'serve'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
server.stdout.on('data', (d) => {
  out += d.toString();
});
const started = Date.now();
while (!out.includes('Lots kör på')) {
  if (server.exitCode !== null || Date.now() - started > 120_000) {
    console.error(`e2e: the server did not start:\n${out}`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}

let code = 1;
try {
  const vitest = spawnSync(
    join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--config', join(here, 'vitest.config.ts'), ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, LOTS_E2E_URL: `http://127.0.0.1:${port}` },
    },
  );
  code = vitest.status ?? 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
