import type { Command } from 'commander';
import { loadConfig, openLots, type TConfig, type TLots } from '@lots/services';

/** Thrown to end the process with a code after the output is written. */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

type TGlobalOptions = { dataDir?: string; databaseUrl?: string };

/** The configuration from the environment, with global options applied on top. */
export function configFrom(command: Command): TConfig {
  const g = command.optsWithGlobals<TGlobalOptions>();
  return loadConfig({
    ...process.env,
    ...(g.dataDir ? { LOTS_DATA_DIR: g.dataDir } : {}),
    ...(g.databaseUrl ? { DATABASE_URL: g.databaseUrl } : {}),
  });
}

/** Opens the database for one command and always closes it (releasing the data-directory lock). */
export async function withLots<T>(
  command: Command,
  fn: (lots: TLots, config: TConfig) => Promise<T>,
): Promise<T> {
  const config = configFrom(command);
  const lots = await openLots(config, 'apply');
  try {
    return await fn(lots, config);
  } finally {
    await lots.close();
  }
}
