import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '@lots/core';

/**
 * Exclusive lock on an embedded data directory. PGlite has no locking of its own
 * and two processes writing one directory corrupt it, so Lots writes
 * `lots.lock` (pid, host, command, start time) with O_EXCL. A lock whose process is
 * gone (kill -9, power cut) is recognised by its pid and taken over.
 */
export type TLockHolder = { pid: number; host: string; command: string; startedAt: string };

export type TDataDirLock = { path: string; release: () => void };

const LOCK_FILE = 'lots.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): TLockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (typeof parsed.pid !== 'number') return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      pid: parsed.pid,
      host: text(parsed.host),
      command: text(parsed.command),
      startedAt: text(parsed.startedAt),
    };
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(
  dataDir: string,
  command = process.argv.slice(1).join(' '),
): TDataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: TLockHolder = {
    pid: process.pid,
    host: hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      const stale =
        // An unreadable lock file was cut short by a crash while being written.
        holder === undefined
          ? true
          : holder.host === me.host && (holder.pid === me.pid ? false : !processAlive(holder.pid));
      if (stale) {
        // The holder died without releasing: recover the lock and retry.
        rmSync(path, { force: true });
        continue;
      }
      const who =
        holder === undefined
          ? 'an unknown process'
          : `process ${holder.pid} on ${holder.host} (${holder.command || 'lots'}, since ${holder.startedAt})`;
      throw new AppError('DATABASE_LOCKED', `The data directory ${dataDir} is in use by ${who}.`, {
        userMessage: `Datakatalogen ${dataDir} används redan av ${who}. Stoppa den processen, eller använd en PostgreSQL-server (DATABASE_URL) för flera processer.`,
      });
    }
  }
  throw new AppError('DATABASE_LOCKED', `Could not lock the data directory ${dataDir}.`);
}
