import { readFileSync } from 'node:fs';
import { AppError } from '@lots/core';
import type { TIssue } from '@lots/core';
import { zodIssuesToIssues } from '@lots/contracts';

/** Reads a JSON file (- for standard input); an unreadable file or bad JSON is one issue. */
export function readJsonFile(file: string, option: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    throw invalid(`Cannot read ${file}`, [
      { path: [option], message: `cannot read ${file}: ${(error as Error).message}` },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(`${file} is not valid JSON`, [
      { path: [option], message: `${file} is not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

type TSchema<T> = {
  safeParse(
    doc: unknown,
    params: { reportInput: boolean },
  ):
    { success: true; data: T } | { success: false; error: Parameters<typeof zodIssuesToIssues>[0] };
};

/**
 * Parses with a contract schema; every issue keeps its JSON path in the document.
 * Typed structurally so the CLI needs no direct dependency on zod.
 */
export function parseOrThrow<T>(schema: TSchema<T>, doc: unknown, what: string): T {
  // reportInput lets the messages name the value given (numbers and options only).
  const parsed = schema.safeParse(doc, { reportInput: true });
  if (!parsed.success) throw invalid(`${what} is not valid`, zodIssuesToIssues(parsed.error));
  return parsed.data;
}

export function invalid(message: string, issues: TIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues });
}

/** Whole kronor the Swedish way: 1 772 604 (STYLE.md "The user interface"). */
export function kronor(value: number | null): string {
  if (value === null) return '–';
  const sign = value < 0 ? '−' : '';
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Text left-aligned, numbers right-aligned, for `--format table`. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          /^[−\d][\d ,]*$/.test(cell) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
