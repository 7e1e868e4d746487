import type { TProgrammeAccess, TRole } from '@lots/contracts';

/** i18n keys of the navigation labels. */
type TNavLabel =
  | 'socio.nav'
  | 'funding.nav'
  | 'reports.nav'
  | 'nav.participants'
  | 'nav2.myParticipants'
  | 'nav2.supervision'
  | 'nav2.referral'
  | 'nav2.employers'
  | 'nav2.followUps'
  | 'nav2.settings'
  | 'fidelity.nav';

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

/** Socio-economics and funding: analysts and supervisors read and write, funders read. */
const financeRole = (ctx: { programme: TProgrammeAccess | null }) =>
  !!ctx.programme?.roles.some((r) => r === 'supervisor' || r === 'analyst' || r === 'funder');

export const navItems: readonly TNavItem[] = [
  { id: 'my', path: '/mina-deltagare', label: 'nav2.myParticipants', visible: caseworker },
  // Shown to every role: without personal-data access the page says so plainly.
  { id: 'participants', path: '/deltagare', label: 'nav.participants', visible: () => true },
  { id: 'supervision', path: '/arbetsledning', label: 'nav2.supervision', visible: supervisor },
  // Specialists register referrals too; theirs are assigned to them.
  { id: 'referral', path: '/remiss', label: 'nav2.referral', visible: caseworker },
  { id: 'follow-ups', path: '/uppfoljningar', label: 'nav2.followUps', visible: caseworker },
  { id: 'employers', path: '/arbetsgivare', label: 'nav2.employers', visible: caseworker },
  // Every role with a programme; analysts and funders get suppressed figures ("Small numbers").
  { id: 'reports', path: '/rapporter', label: 'reports.nav', visible: (c) => c.programme !== null },
  // Supervisors, analysts and funders; specialists reach a review they are a reviewer of by its link.
  {
    id: 'fidelity',
    path: '/programtrohet',
    label: 'fidelity.nav',
    visible: (c) =>
      !!c.programme?.roles.some((r) => r === 'supervisor' || r === 'analyst' || r === 'funder'),
  },
  // Analysts, supervisors and funders (funders read only: row numbers, no case numbers).
  { id: 'socio', path: '/samhallsekonomi', label: 'socio.nav', visible: financeRole },
  { id: 'funding', path: '/finansiering', label: 'funding.nav', visible: financeRole },
  // Supervisors change the programme's settings (other roles may read them at the same address).
  { id: 'settings', path: '/installningar', label: 'nav2.settings', visible: supervisor },
];
