/**
 * Running case number (löpnummer) of an enrolment, unique in its programme, as used
 * instead of names in reports and exports (privacy.md): `HUD-2018-034`. Three digits
 * because no seed programme takes in more than a few hundred a year; more widen it.
 */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}
