import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, type TLots } from '@lots/services';
import type { TDatasetPlan } from './generate.ts';

/*
 * `lots serve` in a child process on 127.0.0.1, over a database the bench filled
 * (bench never imports an app: .dependency-cruiser.cjs). The server then runs as in
 * production, in its own process and event loop, and serves the built web app.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDist = join(root, 'apps', 'web', 'dist');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type TLotsServer = { origin: string; stop: () => Promise<void> };

/** Starts `lots serve` with the database of `env`; resolves when it listens. */
export async function startLotsServer(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<TLotsServer> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    LOTS_HOST: '127.0.0.1',
    LOTS_DEMO: 'false',
    LOTS_LOG_LEVEL: 'warn',
    LOTS_LOGIN_RATE_LIMIT: '1000',
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'apps', 'cli', 'bin', 'lots.mjs'), 'serve'],
    {
      cwd: root,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const started = Date.now();
  while (!out.includes('Lots kör på')) {
    if (child.exitCode !== null || Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`lots serve did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise((r) => child.once('exit', r));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export type TBenchUsers = {
  programme: string;
  specialist: string;
  supervisor: string;
  password: string;
};

/**
 * A specialist linked to the first specialist record of the first programme (their
 * caseload is "Mina deltagare") and a supervisor of that programme.
 */
export async function createBenchUsers(lots: TLots, plan: TDatasetPlan): Promise<TBenchUsers> {
  const first = plan.programmes[0];
  const specialist = first?.specialists[0]?.key;
  if (!first || !specialist) throw new Error('the dataset has no programme with a specialist');
  const programme = first.programme.key;
  const users = {
    programme,
    specialist: 'bench-specialist@example.org',
    supervisor: 'bench-supervisor@example.org',
    password: 'bench-password-123',
  };
  const { password } = users;
  await createUser(lots, {
    email: users.specialist,
    password,
    role: 'specialist',
    programme,
    specialist,
  });
  await createUser(lots, { email: users.supervisor, password, role: 'supervisor', programme });
  return users;
}

/** Logs in through `POST /api/v1/auth/login` and returns the session cookie header. */
export async function login(origin: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('lots_session='));
  if (res.status !== 200 || !cookie)
    throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`);
  return cookie;
}
