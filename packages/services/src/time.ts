/** Today's date in Sweden as `YYYY-MM-DD` (the programmes' calendar is Swedish). */
export function isoToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
