import { addDays, formatIssue, formatPath } from '@lots/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from './test-support/arbitrary-dataset.ts';
import { interchangeExample, testMunicipalityCodes } from './test-support/interchange-example.ts';
import { validateDataset } from './validate-dataset.ts';

const ref = { municipalityCodes: testMunicipalityCodes };

function problems(input: unknown): string[] {
  const result = validateDataset(input, ref);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validateDataset', () => {
  it('accepts the interchange.md example (with consent) and fills in the employer association', () => {
    const result = validateDataset(interchangeExample(), ref);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) {
      expect(result.dataset.employers[0]?.association).toBe('gavleborg');
      expect(result.dataset.programmes[0]?.followUpMonths).toEqual([6, 12]);
    }
  });

  it('reports shape errors first, with paths, and nothing else', () => {
    const doc = interchangeExample();
    const p1 = doc.participants[0];
    if (!p1) throw new Error('fixture');
    p1.referral.date = '2016-02-30';
    expect(problems(doc)).toEqual([
      'participants[0].referral.date: must be a real calendar date written YYYY-MM-DD',
    ]);
  });

  it('reports every semantic error of a document, each with its exact path', () => {
    const doc = interchangeExample();
    const p1 = doc.participants[0];
    if (!p1?.events?.[1]) throw new Error('fixture');
    doc.associations.push({ key: 'other', name: 'Annat förbund' });
    doc.programmes.push(
      { key: 'ips-hud', name: 'Dubblett', association: 'gavleborg', municipality: '2184' },
      { key: 'ips-x', name: 'X', association: 'gavleborg', parent: 'ips-y', municipality: '9999' },
      { key: 'ips-y', name: 'Y', association: 'gavleborg', parent: 'ips-x', municipality: '2184' },
    );
    doc.specialists?.push({
      key: 's2',
      programme: 'ips-x',
      fte: 0.5,
      name: 'Coach 2',
      team: 'north',
    });
    doc.employers?.push({ key: 'e2', name: 'Kafé Lotsen', association: 'other' });
    p1.events[1].date = '2016-09-01';
    p1.events.push(
      { type: 'note', date: '2017-03-11', text: 'efter avslut', specialist: 'nobody' },
      { type: 'placement_end', date: '2016-10-01', kind: 'internship', employer: 'e2' },
    );
    p1.followUps = [{ date: '2017-03-01', status: 'employed' }];
    doc.participants.push(
      {
        ...p1,
        key: 'p2',
        caseNumber: 'HUD-2016-001',
        specialist: 's2',
        municipality: '0000',
        enrolledAt: '2017-01-01',
        consent: undefined,
        queue: { priority: 1 },
        events: [],
        closure: { date: '2016-12-31', reason: 'moved' },
        followUps: [],
        person: 'p1',
      },
      {
        key: 'p3',
        programme: 'ips-hud',
        sex: 'male',
        birthYear: 1980,
        municipality: '2132',
        education: 'unknown',
        referral: { date: '2017-05-01', source: 'self' },
        queue: { priority: 2, acceptedAt: '2017-04-01' },
        declined: { date: '2017-05-10', reason: 'Inte aktuell' },
      },
    );

    expect(problems(doc)).toEqual([
      'programmes[1].key: duplicate key ips-hud: already used by programmes[0]',
      'programmes[2].municipality: unknown municipality code 9999 (not in the SCB list)',
      'programmes[2].parent: parent chain loops: ips-x → ips-y → ips-x',
      'programmes[3].parent: parent chain loops: ips-y → ips-x → ips-y',
      'specialists[1].team: unknown team north in programme ips-x',
      'employers[0].association: is required when the document has more than one association (2)',
      'participants[0].events[4].specialist: unknown specialist nobody',
      'participants[0].events[5].employer: employer e2 belongs to association other, not gavleborg',
      'participants[1].caseNumber: duplicate caseNumber HUD-2016-001 in programme ips-hud: already used by participants[0]',
      'participants[1].municipality: unknown municipality code 0000 (not in the SCB list)',
      'participants[1].specialist: specialist s2 belongs to programme ips-x, not ips-hud',
      'participants[0].events[1].date: must be on or after enrolledAt 2016-09-20',
      'participants[0].events[4].date: must be on or before closure date 2017-03-10',
      'participants[0].events[5]: placement_end has no open placement_start of kind internship before it',
      'participants[0].followUps[0].date: must be after closure date 2017-03-10',
      'participants[1].queue: only a referral can have queue: this entry is enrolled (enrolledAt 2017-01-01)',
      'participants[1].consent: is required to enrol (enrolledAt 2017-01-01): consent must be recorded',
      'participants[1].closure.date: must be on or after enrolledAt 2017-01-01',
      'participants[2].queue: a declined referral cannot also have queue',
      'participants[2].queue.acceptedAt: must be on or after referral date 2017-05-01',
      'participants[1].enrolledAt: overlaps enrolment participants[0] (enrolled 2016-09-20), closed 2017-03-10, of person p1 in programme ips-hud',
    ]);
  });

  it('reports unresolved references and missing enrolment facts', () => {
    const doc = interchangeExample();
    const p1 = doc.participants[0];
    if (!p1?.events) throw new Error('fixture');
    doc.programmes.push({
      key: 'ips-z',
      name: 'Z',
      association: 'nowhere',
      parent: 'ips-q',
      municipality: '2184',
    });
    doc.specialists?.push({ key: 's9', programme: 'ips-q', fte: 1, name: 'Coach 9' });
    doc.employers?.push({ key: 'e9', name: 'Okänd', association: 'nowhere' });
    p1.events.push({
      type: 'employer_contact',
      date: '2016-10-04',
      employer: 'e404',
      faceToFace: false,
    });
    doc.participants.push(
      {
        ...p1,
        key: 'p1',
        caseNumber: 'HUD-2016-002',
        programme: 'ips-hud',
        person: 'other-person',
        referral: { date: '2016-09-21', source: 'self' },
        baseline: { goal: 'work' },
        specialist: undefined,
        events: [],
        closure: undefined,
        followUps: [],
      },
      {
        ...p1,
        key: 'p4',
        caseNumber: 'X-1',
        programme: 'ips-q',
        person: 'p4',
        enrolledAt: undefined,
        consent: undefined,
        baseline: undefined,
        specialist: undefined,
        events: [],
        closure: undefined,
        followUps: [],
        referral: { date: '2016-09-21', source: 'self' },
        queue: { priority: 1, acceptedAt: '2016-09-25' },
        withdrawn: { date: '2016-09-24' },
      },
    );
    expect(problems(doc)).toEqual([
      'programmes[1].association: unknown association nowhere',
      'programmes[1].parent: unknown programme ips-q',
      'specialists[1].programme: unknown programme ips-q',
      'employers[1].association: unknown association nowhere',
      'participants[0].events[4].employer: unknown employer e404',
      'participants[1].key: duplicate key p1 in programme ips-hud: already used by participants[0]',
      'participants[2].programme: unknown programme ips-q',
      'participants[1].referral.date: must be on or before enrolledAt 2016-09-20',
      'participants[1].specialist: is required once enrolled (enrolledAt 2016-09-20)',
      'participants[1].baseline.incomeSources: income sources at start are required once enrolled (enrolledAt 2016-09-20); use source "none" if there are none',
      'participants[2].withdrawn.date: must be on or after queue.acceptedAt 2016-09-25',
    ]);
  });

  it('formats paths as interchange.md prints them', () => {
    expect(formatPath(['participants', 12, 'events', 3, 'date'])).toBe(
      'participants[12].events[3].date',
    );
  });

  it('refuses a second open enrolment of the same person', () => {
    const doc = interchangeExample();
    const p1 = doc.participants[0];
    if (!p1) throw new Error('fixture');
    delete p1.closure;
    p1.followUps = [];
    doc.participants.push({
      ...p1,
      key: 'p1-again',
      caseNumber: 'HUD-2017-001',
      person: 'p1',
      enrolledAt: '2017-06-01',
      events: [],
      consent: { ...p1.consent!, date: '2017-06-01' },
      referral: { date: '2017-05-01', source: 'self' },
    });
    expect(problems(doc)).toEqual([
      'participants[1].enrolledAt: second open enrolment of person p1 in programme ips-hud: participants[0] (enrolled 2016-09-20) is still open',
    ]);
  });

  it('accepts every generated valid document (property)', () => {
    fc.assert(
      fc.property(arbitraryDataset, (doc) => {
        const result = validateDataset(doc, ref);
        if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('finds an event moved before its enrolment, wherever it is (property)', () => {
    const withEvent = arbitraryDataset.filter((doc) =>
      doc.participants.some((p) => p.enrolledAt !== undefined && p.events.some((e) => !e.voided)),
    );
    fc.assert(
      fc.property(withEvent, fc.nat(), (doc, n) => {
        const i = doc.participants.findIndex(
          (p) => p.enrolledAt !== undefined && p.events.some((e) => !e.voided),
        );
        const participant = doc.participants[i];
        if (!participant?.enrolledAt) return;
        const candidates = participant.events.flatMap((e, k) => (e.voided ? [] : [k]));
        const k = candidates[n % candidates.length] ?? 0;
        const event = participant.events[k];
        if (!event) return;
        event.date = addDays(participant.enrolledAt, -1);
        expect(problems(doc)).toContain(
          `participants[${i}].events[${k}].date: must be on or after enrolledAt ${participant.enrolledAt}`,
        );
      }),
      { numRuns: 100 },
    );
  });
});
