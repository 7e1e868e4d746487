// One formatter for the process: building an Intl.DateTimeFormat costs far more than using one.
const swedishDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Sweden as `YYYY-MM-DD` (the programmes' calendar is Swedish). */
export function isoToday(now: Date): string {
  return swedishDate.format(now);
}
