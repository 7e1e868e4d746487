/** The scales Lots ships, by their identifier (fidelity.md "Items and identifiers"). */
const names: Readonly<Record<string, string>> = { 'ips-25': 'IPS-25' };

/**
 * A fidelity scale's name as users know it (`ips-25` → "IPS-25"). An instrument
 * loaded under another identifier keeps it: it is the only name Lots has for it.
 */
export function instrumentName(id: string): string {
  return names[id] ?? id;
}
