import { describe, expect, it } from 'vitest';
import type { TRetentionResult } from './erase-expired-identities.ts';
import { scheduleRetention, type TRetentionTimer } from './retention-schedule.ts';

/** A timer driven by hand: records what is waiting and for how long. */
function manualTimer() {
  const waiting = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const timer: TRetentionTimer = {
    set: (run, ms) => {
      waiting.set(next, { run, ms });
      return next++;
    },
    clear: (handle) => waiting.delete(handle as number),
  };
  const fire = () => {
    const first = [...waiting.entries()][0];
    if (!first) throw new Error('nothing is waiting');
    waiting.delete(first[0]);
    first[1].run();
  };
  return { timer, waiting, fire };
}

function recordingLog() {
  const lines: { level: string; message: string; details: Record<string, unknown> }[] = [];
  return {
    lines,
    log: {
      info: (details: Record<string, unknown>, message: string) =>
        lines.push({ level: 'info', message, details }),
      error: (details: Record<string, unknown>, message: string) =>
        lines.push({ level: 'error', message, details }),
    },
  };
}

const result = (today: string, n: number): TRetentionResult => ({
  today,
  erased: Array.from({ length: n }, (_, i) => ({
    participantId: `p${i}`,
    programmeKey: 'ips-hud',
  })),
});

describe('the retention schedule of lots serve', () => {
  it('runs at start, logs what it erased, and waits the interval before the next run', async () => {
    const { timer, waiting, fire } = manualTimer();
    const { lines, log } = recordingLog();
    const days = ['2026-12-05', '2026-12-06'];
    let runs = 0;
    const schedule = scheduleRetention({
      intervalHours: 24,
      run: async () => result(days[runs++] ?? '?', runs),
      log,
      timer,
    });
    await schedule.idle();
    expect(runs).toBe(1);
    expect(lines).toEqual([
      {
        level: 'info',
        message: 'retention run for 2026-12-05: erased the identity of 1 person(s)',
        details: { retention: { today: '2026-12-05', erased: 1, people: ['ips-hud p0'] } },
      },
    ]);
    expect([...waiting.values()].map((w) => w.ms)).toEqual([24 * 3_600_000]);

    fire();
    await schedule.idle();
    expect(runs).toBe(2);
    expect(lines[1]?.message).toBe(
      'retention run for 2026-12-06: erased the identity of 2 person(s)',
    );
    expect(waiting.size).toBe(1);
    await schedule.stop();
    expect(waiting.size).toBe(0);
  });

  it('logs a failed run and tries again at the next interval', async () => {
    const { timer, waiting, fire } = manualTimer();
    const { lines, log } = recordingLog();
    let runs = 0;
    const schedule = scheduleRetention({
      intervalHours: 6,
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('database is gone');
        return result('2026-12-05', 0);
      },
      log,
      timer,
    });
    await schedule.idle();
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      ['error', 'retention run failed: database is gone; next try in 6 h'],
    ]);
    expect([...waiting.values()].map((w) => w.ms)).toEqual([6 * 3_600_000]);
    fire();
    await schedule.idle();
    expect(lines[1]?.level).toBe('info');
    await schedule.stop();
  });

  it('stop waits for the run in progress and schedules nothing more', async () => {
    const { timer, waiting } = manualTimer();
    const { log } = recordingLog();
    let finish: (r: TRetentionResult) => void = () => undefined;
    const schedule = scheduleRetention({
      intervalHours: 24,
      run: () => new Promise((resolve) => (finish = resolve)),
      log,
      timer,
    });
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish(result('2026-12-05', 0));
    await stopping;
    expect(waiting.size).toBe(0);
  });

  it('0 hours turns the schedule off: nothing runs', async () => {
    const { timer, waiting } = manualTimer();
    const { lines, log } = recordingLog();
    let runs = 0;
    const schedule = scheduleRetention({
      intervalHours: 0,
      run: async () => result(String(runs++), 0),
      log,
      timer,
    });
    await schedule.stop();
    expect([runs, waiting.size, lines.length]).toEqual([0, 0, 0]);
  });
});
