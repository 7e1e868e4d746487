import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestLots,
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '../../test-support/index.ts';
import { exportDataset } from '../dataset/export-dataset.ts';
import type { TLots } from '../runtime.ts';
import { suggestFidelity } from './suggest-fidelity.ts';

/*
 * The proposals from teams, meetings and activity locations read through the
 * repository's SQL: one programme, one specialist in team `psykos`, two participants
 * referred by psychiatry and one by AF; three-party meetings in each of the last
 * three months, a treatment-team meeting, and employer contacts with locations.
 */
let lots: TLots;
const D = '2024-06-30';

beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(
    lots,
    dataset({
      programmes: [
        programme('ips-x', 'assoc-a', { teams: [{ key: 'psykos', name: 'Psykosteamet' }] }),
      ],
      specialists: [{ ...specialist('s1', 'ips-x'), team: 'psykos' }],
      employers: [
        { key: 'ica', name: 'ICA', association: 'assoc-a' },
        { key: 'coop', name: 'Coop', association: 'assoc-a' },
      ],
      participants: [
        enrolment('p1', 'ips-x', 's1', {
          events: [
            { type: 'meeting', date: '2024-04-10', kind: 'three_party', location: 'office' },
            { type: 'meeting', date: '2024-05-10', kind: 'three_party' },
            { type: 'meeting', date: '2024-06-10', kind: 'treatment_team' },
            {
              type: 'employer_contact',
              date: '2024-06-01',
              employer: 'ica',
              faceToFace: true,
              location: 'workplace',
            },
            {
              type: 'employer_contact',
              date: '2024-06-08',
              employer: 'ica',
              faceToFace: true,
              location: 'workplace',
            },
          ],
        }),
        enrolment('p2', 'ips-x', 's1', {
          events: [
            {
              type: 'employer_contact',
              date: '2024-06-02',
              employer: 'coop',
              faceToFace: true,
              location: 'workplace',
            },
            { type: 'follow_along', date: '2024-06-20', with: 'participant', location: 'office' },
          ],
        }),
        enrolment('p3', 'ips-x', 's1', { referral: { date: '2024-01-02', source: 'AF' } }),
      ],
    }),
  );
});
afterAll(async () => lots.close());

describe('proposals from teams, meetings and locations', () => {
  it('reads teams, referral sources, meetings, employers of contacts and locations', async () => {
    const s = await suggestFidelity(lots, { programme: 'ips-x', date: D, windowMonths: 3 });
    const byId = Object.fromEntries(s.items.map((i) => [i.id, i]));
    // 2 of 3 open enrolments referred by psychiatry: 67 % → 3.
    expect(byId.team_assignment).toMatchObject({
      score: 3,
      evidence: { numerator: 2, denominator: 3, value: 67 },
    });
    expect(byId.team_assignment?.evidence.details).toMatchObject({
      specialists: [{ specialist: 's1', team: 'psykos' }],
    });
    // Three-party meetings in two of the three months (April, May; none in June): not
    // every month, but the window's one quarter has them → 2.
    expect(byId.agency_collaboration).toMatchObject({
      score: 2,
      evidence: { numerator: 2, denominator: 3 },
    });
    expect(byId.team_contact?.evidence).toMatchObject({ numerator: 1, denominator: 12 });
    // ICA visited twice, Coop once: 50 % → 4.
    expect(byId.employer_contact_quality).toMatchObject({
      score: 4,
      evidence: { numerator: 1, denominator: 2, value: 50 },
    });
    // Located: 3 workplace, 2 office (the unlocated meeting is not counted): 60 % → 4.
    expect(byId.community_based_services).toMatchObject({
      score: 4,
      evidence: { numerator: 3, denominator: 5, value: 60, details: { withoutLocation: 2 } },
    });
  });

  it('keeps the location through export', async () => {
    const doc = await exportDataset(lots);
    const p1 = doc.participants.find((p) => p.key === 'p1');
    expect(p1?.events.find((e) => e.type === 'employer_contact')).toMatchObject({
      location: 'workplace',
    });
  });
});
