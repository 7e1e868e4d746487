import type { TProgrammeAccess, TRole } from '@lots/contracts';

/** i18n keys of the navigation labels. */
type TNavLabel =
  | 'nav.participants'
  | 'nav2.myParticipants'
  | 'nav2.supervision'
  | 'nav2.referral'
  | 'nav2.employers'
  | 'nav2.followUps';

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
const caseworker = (ctx: { programme: TProgrammeAccess | null }) =>
  !!ctx.programme?.personalData &&
  ctx.programme.roles.some((r) => r === 'specialist' || r === 'supervisor');
const supervisor = (ctx: { programme: TProgrammeAccess | null }) =>
  !!ctx.programme?.personalData && ctx.programme.roles.includes('supervisor');

export const navItems: readonly TNavItem[] = [
  { id: 'my', path: '/mina-deltagare', label: 'nav2.myParticipants', visible: caseworker },
  // Shown to every role: without personal-data access the page says so plainly.
  { id: 'participants', path: '/deltagare', label: 'nav.participants', visible: () => true },
  { id: 'supervision', path: '/arbetsledning', label: 'nav2.supervision', visible: supervisor },
  // Specialists register referrals too; theirs are assigned to them.
  { id: 'referral', path: '/remiss', label: 'nav2.referral', visible: caseworker },
  { id: 'follow-ups', path: '/uppfoljningar', label: 'nav2.followUps', visible: caseworker },
  { id: 'employers', path: '/arbetsgivare', label: 'nav2.employers', visible: caseworker },
];
