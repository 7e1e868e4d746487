import { describe, expect, it } from 'vitest';
import { AppError } from '@lots/core';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe local defaults: embedded database in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      LOTS_DATA_DIR: './data',
      LOTS_DEMO: true,
      LOTS_HOST: '127.0.0.1',
      LOTS_RETENTION_INTERVAL_HOURS: 24,
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('fails fast naming every bad key', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOTS_ENCRYPTION_KEY: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const paths = (error as AppError).issues.map((i) => i.path.join('.'));
      expect(paths.sort()).toEqual(['DATABASE_URL', 'LOTS_ENCRYPTION_KEY', 'PORT']);
      expect((error as AppError).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    }
  });

  it('names the retention interval when it is not a number of hours', () => {
    expect(loadConfig({ LOTS_RETENTION_INTERVAL_HOURS: '0' }).LOTS_RETENTION_INTERVAL_HOURS).toBe(
      0,
    );
    expect(() => loadConfig({ LOTS_RETENTION_INTERVAL_HOURS: '-1' })).toThrow(
      'LOTS_RETENTION_INTERVAL_HOURS: must be 0 (off) or more hours',
    );
    expect(() => loadConfig({ LOTS_RETENTION_INTERVAL_HOURS: 'daily' })).toThrow(
      /LOTS_RETENTION_INTERVAL_HOURS: /,
    );
  });
});
