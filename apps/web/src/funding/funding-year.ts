import { useSearchParams } from 'react-router';

/** The year shown (`?year=`), this year by default; invalid values fall back too. */
export function useFundingYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= 1990 && raw <= 2100 ? raw : new Date().getFullYear();
  const setYear = (next: number) =>
    setParams(
      (p) => {
        p.set('year', String(next));
        return p;
      },
      { replace: true },
    );
  return [year, setYear];
}

/** "2026-06-30 Delrapport" lines → reporting dues; null when a line does not parse. */
export function parseReportingLines(
  text: string,
): { due: string; label: string; sentAt: null }[] | null {
  const out: { due: string; label: string; sentAt: null }[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const m = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
    if (!m?.[1] || !m[2]) return null;
    out.push({ due: m[1], label: m[2].trim(), sentAt: null });
  }
  return out;
}

/** "Name; 60; ips-hud" lines → cells; numbers may have spaces and a decimal comma. */
export function parseSemicolonLines(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split(';').map((c) => c.trim()));
}
