import type { TIssue } from '@lots/core';

export type TGrantRow = {
  line: number;
  municipality: string;
  amounts: { year: number; amount: number }[];
  total: number | null;
};

/**
 * Reads a state-grant table (funding.md "State grants"; the statsbidrag CSV:
 * `municipality,y2011,y2012,y2013,total`, amounts in whole kronor). Year columns are
 * `yNNNN`; `total`, when present, must equal the row's sum. Every problem is
 * returned with its line and column (`csv`, line, column), never skipped.
 */
export function parseGrantTable(csv: string): {
  years: number[];
  rows: TGrantRow[];
  issues: TIssue[];
} {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: TIssue[] = [];
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const yearCols = header
    .map((h, i) => ({ i, m: /^y(\d{4})$/.exec(h) }))
    .filter((x) => x.m !== null)
    .map((x) => ({ i: x.i, year: Number(x.m?.[1]) }));
  const totalCol = header.indexOf('total');
  if (header[0] !== 'municipality' || yearCols.length === 0) {
    issues.push({
      path: ['csv', 1],
      message:
        'the header must be municipality,yYYYY,…[,total] (e.g. municipality,y2011,y2012,y2013,total)',
    });
    return { years: [], rows: [], issues };
  }
  const rows: TGrantRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((text, k) => {
    const line = k + 2;
    if (text.trim() === '') return;
    const cells = text.split(',').map((c) => c.trim());
    const municipality = cells[0] ?? '';
    if (municipality === '')
      issues.push({ path: ['csv', line, 'municipality'], message: 'is empty' });
    const first = seen.get(municipality.toLowerCase());
    if (first !== undefined)
      issues.push({ path: ['csv', line, 'municipality'], message: `repeats line ${first}` });
    seen.set(municipality.toLowerCase(), line);
    const amountAt = (i: number, column: string): number | null => {
      const raw = (cells[i] ?? '').replace(/\s/g, '');
      if (!/^\d+$/.test(raw)) {
        issues.push({
          path: ['csv', line, column],
          message: `must be whole kronor, got "${cells[i] ?? ''}"`,
        });
        return null;
      }
      return Number(raw);
    };
    const amounts = yearCols.map((c) => ({
      year: c.year,
      amount: amountAt(c.i, `y${c.year}`) ?? 0,
    }));
    const total = totalCol >= 0 ? amountAt(totalCol, 'total') : null;
    const sum = amounts.reduce((s, a) => s + a.amount, 0);
    if (total !== null && total !== sum)
      issues.push({
        path: ['csv', line, 'total'],
        message: `is ${total} but the years sum to ${sum}`,
      });
    rows.push({ line, municipality, amounts, total });
  });
  if (rows.length === 0 && issues.length === 0)
    issues.push({ path: ['csv'], message: 'has no rows below the header' });
  return { years: yearCols.map((c) => c.year), rows, issues };
}
