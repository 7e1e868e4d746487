import type { TProgrammeAccess, TRole } from '@lots/contracts';

/** i18n keys of the navigation labels. */
type TNavLabel = 'nav.participants';

export type TNavItem = {
  id: string;
  path: string;
  label: TNavLabel;
  /** Whether the item is shown for the selected programme and the user's roles. */
  visible: (ctx: { programme: TProgrammeAccess | null; roles: readonly TRole[] }) => boolean;
};

/**
 * The main navigation, in display order. Add "Mina deltagare", "Rapporter",
 * "Programtrohet", "Socioekonomi" and "Admin" here when their pages exist
 * (each with its label key in i18n/sv.ts and en.ts and a route in routes.tsx).
 */
export const navItems: readonly TNavItem[] = [
  // Shown to every role: without personal-data access the page says so plainly.
  { id: 'participants', path: '/deltagare', label: 'nav.participants', visible: () => true },
];
