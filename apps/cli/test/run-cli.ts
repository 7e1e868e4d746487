import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOTS_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'lots.mjs');

export type TCliResult = { code: number | null; stdout: string; stderr: string };

const baseEnv = () => {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOTS_DEMO: 'false',
    LOTS_LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  return env;
};

/** Runs `lots …` as a user would: a separate process on a real data directory. */
export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): TCliResult {
  const res = spawnSync(process.execPath, [LOTS_BIN, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...baseEnv(), ...options.env },
    timeout: 120_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function spawnCli(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [LOTS_BIN, ...args], {
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
