import { describe, expect, it } from 'vitest';
import { AppError } from '@lots/core';
import { planMigrations, readMigrationFiles, type TMigrationFile } from './migrate.ts';

const file = (name: string, checksum = name): TMigrationFile => ({ name, sql: '', checksum });
const files = [
  file('20260101000000_a.sql'),
  file('20260102000000_b.sql'),
  file('20260103000000_c.sql'),
];

describe('planMigrations: forward-only, refuses every mismatch', () => {
  it('applies what is pending after the applied prefix', () => {
    const plan = planMigrations(
      [{ name: '20260101000000_a.sql', checksum: '20260101000000_a.sql' }],
      files,
    );
    expect(plan.pending.map((f) => f.name)).toEqual([
      '20260102000000_b.sql',
      '20260103000000_c.sql',
    ]);
  });

  it.each([
    [
      'an edited migration',
      [{ name: '20260101000000_a.sql', checksum: 'other' }],
      /changed after it was applied/,
    ],
    [
      'a database newer than the code',
      [...files, file('20260104000000_d.sql')].map((f) => ({ name: f.name, checksum: f.checksum })),
      /does not know/,
    ],
    [
      'a migration inserted before applied ones',
      [{ name: '20260102000000_b.sql', checksum: '20260102000000_b.sql' }],
      /#1 is/,
    ],
  ])('refuses %s', (_what, applied, message) => {
    expect(() => planMigrations(applied, files)).toThrow(message);
    try {
      planMigrations(applied, files);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('MIGRATION_MISMATCH');
    }
  });

  it('the shipped migrations are well named and in order', () => {
    const shipped = readMigrationFiles();
    expect(shipped.length).toBeGreaterThanOrEqual(2);
    expect(shipped.map((f) => f.name)).toEqual([...shipped.map((f) => f.name)].sort());
  });
});
