import { AppError, type TRole } from '@lots/core';
import { isoToday } from '../time.ts';
import { importDataset } from '../dataset/import-dataset.ts';
import type { TLots } from '../runtime.ts';
import { createUser } from '../users/create-user.ts';
import { buildDemoDataset } from './demo-dataset.ts';

/** Public, fictional demo data only: the password is printed on start and in the README. */
export const DEMO_PASSWORD = 'demo-lots-2026';

export type TDemoUser = {
  email: string;
  displayName: string;
  role: TRole;
  programme?: string;
  association?: string;
  specialist?: string;
  description: string;
};

export const DEMO_USERS: readonly TDemoUser[] = [
  {
    email: 'handledare@demo.lots.se',
    displayName: 'Helena Handledare',
    role: 'supervisor',
    programme: 'ips-hud',
    description: 'handledare (supervisor), IPS Hudiksvall',
  },
  {
    email: 'coach1@demo.lots.se',
    displayName: 'Anna Coach',
    role: 'specialist',
    programme: 'ips-hud',
    specialist: 'hud-s1',
    description: 'IPS-coach (specialist), egen caseload i IPS Hudiksvall',
  },
  {
    email: 'coach2@demo.lots.se',
    displayName: 'Erik Coach',
    role: 'specialist',
    programme: 'ips-hud',
    specialist: 'hud-s2',
    description: 'IPS-coach (specialist), egen caseload i IPS Hudiksvall',
  },
  {
    email: 'nordanstig@demo.lots.se',
    displayName: 'Nora Handledare',
    role: 'supervisor',
    programme: 'ips-nor',
    description: 'handledare (supervisor), IPS Nordanstig',
  },
  {
    email: 'analytiker@demo.lots.se',
    displayName: 'Alva Analytiker',
    role: 'analyst',
    association: 'halsingland',
    description: 'analytiker (aggregat), hela förbundet',
  },
  {
    email: 'finansiar@demo.lots.se',
    displayName: 'Frans Finansiär',
    role: 'funder',
    association: 'halsingland',
    description: 'finansiär (aggregat, inga personuppgifter)',
  },
  {
    email: 'admin@demo.lots.se',
    displayName: 'Ada Admin',
    role: 'admin',
    description: 'administratör (konfiguration, inga personuppgifter)',
  },
];

/** Imports the demo dataset and creates the demo users. */
export async function seedDemo(lots: TLots, options: { seed?: number; today?: string } = {}) {
  const dataset = buildDemoDataset({
    seed: options.seed ?? 2184,
    today: options.today ?? isoToday(lots.now()),
  });
  const result = await importDataset(lots, dataset, { actor: null });
  if (!result.ok) {
    throw new AppError(
      'INTERNAL',
      `The demo dataset is invalid: ${result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  for (const u of DEMO_USERS) {
    await createUser(lots, {
      email: u.email,
      password: DEMO_PASSWORD,
      displayName: u.displayName,
      role: u.role,
      ...(u.programme ? { programme: u.programme } : {}),
      ...(u.association ? { association: u.association } : {}),
      ...(u.specialist ? { specialist: u.specialist } : {}),
    });
  }
  return { summary: result.summary, users: DEMO_USERS };
}

/** First start: an empty database gets the demo; a database with data is left alone. */
export async function seedDemoIfEmpty(
  lots: TLots,
): Promise<{ created: boolean; users: readonly TDemoUser[] }> {
  const hasData = await lots.db.unscoped((r) => r.organisation.anyAssociationExists());
  if (hasData) {
    const demoPresent = await lots.db.unscoped((r) =>
      r.users.findByEmail(DEMO_USERS[0]?.email ?? ''),
    );
    return { created: false, users: demoPresent ? DEMO_USERS : [] };
  }
  await seedDemo(lots);
  return { created: true, users: DEMO_USERS };
}
