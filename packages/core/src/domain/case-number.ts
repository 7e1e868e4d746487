/**
 * Running case number (löpnummer) of an enrolment, unique in its programme, as used
 * instead of names in reports and exports (privacy.md): `HUD-2018-034`. Three digits
 * because no seed programme takes in more than a few hundred a year; more widen it.
 */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}

/** The prefix when a programme has none: its key's letters and digits, at most six, in capitals. */
export function defaultCaseNumberPrefix(programmeKey: string): string {
  return (
    programmeKey
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 6)
      .toUpperCase() || 'LOTS'
  );
}

/**
 * The lowest free case number of a year: `taken` holds the programme's numbers in
 * use (gaps left by imports are filled, so numbers stay dense). Shared by the
 * dataset import and referrals, so both number the same way.
 */
export function nextFreeCaseNumber(
  prefix: string,
  year: number,
  taken: ReadonlySet<string>,
): string {
  let n = 1;
  while (taken.has(formatCaseNumber(prefix, year, n))) n++;
  return formatCaseNumber(prefix, year, n);
}
