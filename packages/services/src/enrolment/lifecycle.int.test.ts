import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@lots/core';
import {
  createTestLots,
  createTestUser,
  importOrThrow,
  twoProgrammeWorld,
} from '../../test-support/index.ts';
import { resolveAccess, type TAccess } from '../auth/access.ts';
import { createUser } from '../users/create-user.ts';
import { exportDataset } from '../dataset/export-dataset.ts';
import { importDataset } from '../dataset/import-dataset.ts';
import { eraseExpiredIdentities } from '../data-subject/erase-expired-identities.ts';
import { exportParticipantData } from '../data-subject/export-participant-data.ts';
import { recordFollowUp } from '../follow-ups/record-follow-up.ts';
import { listFollowUpsDue } from '../follow-ups/list-follow-ups-due.ts';
import { createReferral } from '../referrals/create-referral.ts';
import { decideIntake } from '../referrals/decide-intake.ts';
import { listQueue } from '../referrals/list-queue.ts';
import type { TLots } from '../runtime.ts';
import { closeEnrolment } from './close-enrolment.ts';
import { enrolParticipant } from './enrol-participant.ts';
import { withdrawConsent } from './withdraw-consent.ts';

/*
 * The whole pathway through the use cases, on the engine of the test project
 * (PGlite and PostgreSQL): referral → queue → enrolment → closure → follow-up →
 * re-enrolment, the dataset round trip of everything case work writes, and the
 * retention job.
 */
let lots: TLots;
let sup: TAccess;
const meta = { ip: '127.0.0.1' };

beforeAll(async () => {
  lots = await createTestLots({ now: () => new Date('2026-06-01T10:00:00Z') });
  await importOrThrow(lots, twoProgrammeWorld());
  await createTestUser(lots, { email: 'sup@test.se', role: 'supervisor', programme: 'prog-a' });
  const user = await lots.db.unscoped((r) => r.users.findByEmail('sup@test.se'));
  if (!user) throw new Error('no user');
  sup = await lots.db.unscoped((r) =>
    resolveAccess(r, { id: user.id, email: user.email, displayName: 'S', locale: 'sv' }),
  );
});
afterAll(async () => lots.close());

async function specialistId(key: string) {
  const rows = await lots.db.inScope(
    { kind: 'system', userId: null, programmeIds: [], associationIds: [], personalData: [] },
    (r) => r.organisation.listSpecialists([...sup.programmes.keys()]),
  );
  const s = rows.find((x) => x.key === key);
  if (!s) throw new Error(key);
  return s.id;
}

describe('the enrolment lifecycle', () => {
  it('runs from referral to follow-up and re-enrolment, and round-trips through the dataset', async () => {
    const referral = await createReferral(
      lots,
      sup,
      {
        programme: 'prog-a',
        person: {
          sex: 'male',
          birthYear: 1985,
          municipality: '2184',
          education: 'compulsory',
          identity: { name: 'Lars Livscykel', personalNumber: '19811218-9876' },
          incomeSources: [{ source: 'social_assistance' }],
        },
        referral: { date: '2025-01-10', source: 'social_services', officer: 'Handläggare' },
      },
      meta,
    );
    expect(referral).toMatchObject({ status: 'referred', caseNumber: 'PA-2025-001' });

    await decideIntake(
      lots,
      sup,
      referral.id,
      { decision: 'accept_waiting', date: '2025-01-12' },
      meta,
    );
    const queue = await listQueue(lots, sup, { programme: 'prog-a' }, meta);
    expect(queue.items.find((q) => q.id === referral.id)).toMatchObject({
      status: 'waiting',
      priority: 1,
      prioritySource: 'decision',
      waitingDays: 507,
    });

    await expect(
      enrolParticipant(
        lots,
        sup,
        referral.id,
        {
          date: '2025-02-01',
          specialist: await specialistId('sa1'),
          baseline: {
            incomeSources: [{ source: 'social_assistance', monthly: 9000 }],
            timeOnSupport: 'up_to_6_years',
          },
        },
        meta,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: ['body', 'consent'] }] });

    await enrolParticipant(
      lots,
      sup,
      referral.id,
      {
        date: '2025-02-01',
        specialist: await specialistId('sa1'),
        consent: { date: '2025-02-01', participation: true, handBack: true, survey: true },
        baseline: {
          incomeSources: [{ source: 'social_assistance', monthly: 9000 }],
          timeOnSupport: 'up_to_6_years',
          networkAgencies: ['Socialtjänsten'],
          preferences: 'Vill arbeta utomhus',
        },
      },
      meta,
    );
    const closed = await closeEnrolment(
      lots,
      sup,
      referral.id,
      {
        date: '2025-05-31',
        reason: 'employment',
        exitIncomeSources: [{ source: 'salary', monthly: 21000, tax: 5000 }],
        summary: 'Anställd.',
        handBackTo: 'Handläggare',
      },
      meta,
    );
    expect(closed.status).toBe('closed');
    await recordFollowUp(
      lots,
      sup,
      referral.id,
      { months: 6, date: '2025-12-01', status: 'employed', note: 'Kvar på jobbet' },
      meta,
    );
    await withdrawConsent(lots, sup, referral.id, { date: '2026-01-15' }, meta);
    const due = await listFollowUpsDue(lots, sup, { programme: 'prog-a' }, meta);
    expect(due.items.filter((d) => d.enrolmentId === referral.id).map((d) => d.status)).toEqual([
      'done',
      'no_consent',
    ]);

    const again = await createReferral(
      lots,
      sup,
      {
        programme: 'prog-a',
        person: { participantId: referral.participantId },
        referral: { date: '2026-02-01', source: 'self' },
      },
      meta,
    );
    expect(again).toMatchObject({
      participantId: referral.participantId,
      caseNumber: 'PA-2026-001',
    });
    await decideIntake(
      lots,
      sup,
      again.id,
      { decision: 'withdraw', date: '2026-02-10', reason: 'flyttade' },
      meta,
    );

    const subject = await exportParticipantData(lots, sup, referral.participantId, meta);
    expect(subject.enrolments.map((e) => e.status)).toEqual(['closed', 'withdrawn']);
    expect(subject.identity?.name).toBe('Lars Livscykel');

    // Dataset round trip: export → import into a fresh database → export is the identity.
    const first = await exportDataset(lots, {});
    const fresh = await createTestLots();
    try {
      const imported = await importDataset(fresh, first);
      expect(imported.ok ? [] : imported.issues).toEqual([]);
      expect(await exportDataset(fresh, {})).toEqual(first);
      const again2 = await importDataset(lots, first);
      expect(again2.ok).toBe(true);
      expect(await exportDataset(lots, {})).toEqual(first);
    } finally {
      await fresh.close();
    }
    const mine = first.participants.filter((p) => p.caseNumber?.startsWith('PA-202'));
    const lars = mine.find((p) => p.caseNumber === 'PA-2025-001');
    expect(lars).toMatchObject({
      consent: { withdrawnAt: '2026-01-15', survey: true },
      closure: { handBackTo: 'Handläggare', summary: 'Anställd.' },
      followUps: [{ months: 6, note: 'Kvar på jobbet' }],
    });
  });

  it('refuses a second open enrolment, also when the database index is the last guard', async () => {
    const a = await createReferral(
      lots,
      sup,
      {
        programme: 'prog-a',
        person: { sex: 'female', birthYear: 2000, municipality: '2184', education: 'unknown' },
        referral: { date: '2025-03-01', source: 'AF' },
      },
      meta,
    );
    const error = await createReferral(
      lots,
      sup,
      {
        programme: 'prog-a',
        person: { participantId: a.participantId },
        referral: { date: '2025-03-02', source: 'AF' },
      },
      meta,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['body', 'person', 'participantId'] }],
    });
  });
});

describe('the retention job', () => {
  it('erases identities whose retention ran out, keeps the rest and the statistics', async () => {
    await createUser(lots, {
      email: 'x@test.se',
      password: 'test-password-123',
      role: 'supervisor',
      programme: 'prog-b',
    });
    const before = await eraseExpiredIdentities(lots, '2026-06-01');
    // Lars: latest enrolment withdrawn 2026-02-10, retention 2 years: kept.
    expect(before.erased).toEqual([]);
    const later = await eraseExpiredIdentities(lots, '2028-02-11');
    const erasedIds = later.erased.map((e) => e.participantId);
    const lars = (await exportDataset(lots, {})).participants.find(
      (p) => p.caseNumber === 'PA-2025-001',
    );
    expect(lars?.identity).toBeUndefined();
    expect(lars?.closure?.reason).toBe('employment');
    expect(erasedIds.length).toBeGreaterThan(0);
    expect((await eraseExpiredIdentities(lots, '2028-02-11')).erased).toEqual([]);
  });
});
