import type { TRetentionResult } from './erase-expired-identities.ts';

/** What the schedule writes: pino's logger (the server's `app.log`) fits. */
export type TRetentionLog = {
  info: (details: Record<string, unknown>, message: string) => void;
  error: (details: Record<string, unknown>, message: string) => void;
};

/** The clock the schedule waits on; tests drive it by hand, without real time. */
export type TRetentionTimer = {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

export type TRetentionSchedule = {
  /** Resolves when the run in progress (if any) has finished. */
  idle: () => Promise<void>;
  /** Stops scheduling and waits for a run in progress. */
  stop: () => Promise<void>;
};

const nodeTimer: TRetentionTimer = {
  set: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs the retention job (privacy.md "Retention") by itself while `lots serve` runs:
 * once at start and then every `intervalHours` after the previous run ended. A failed
 * run is logged and tried again at the next interval; 0 hours turns the schedule off.
 */
export function scheduleRetention(options: {
  intervalHours: number;
  run: () => Promise<TRetentionResult>;
  log: TRetentionLog;
  timer?: TRetentionTimer;
}): TRetentionSchedule {
  const timer = options.timer ?? nodeTimer;
  let stopped = options.intervalHours <= 0;
  let handle: unknown;
  let running: Promise<void> = Promise.resolve();

  const runOnce = async () => {
    try {
      const result = await options.run();
      options.log.info(
        {
          retention: {
            today: result.today,
            erased: result.erased.length,
            people: result.erased.map((e) => `${e.programmeKey} ${e.participantId}`),
          },
        },
        `retention run for ${result.today}: erased the identity of ${result.erased.length} person(s)`,
      );
    } catch (error) {
      options.log.error(
        { err: error },
        `retention run failed: ${(error as Error).message}; next try in ${options.intervalHours} h`,
      );
    }
  };

  const tick = () => {
    if (stopped) return;
    running = runOnce().then(() => {
      if (!stopped) handle = timer.set(tick, options.intervalHours * 3_600_000);
    });
  };

  tick();
  return {
    idle: () => running,
    stop: async () => {
      stopped = true;
      if (handle !== undefined) timer.clear(handle);
      await running;
    },
  };
}
