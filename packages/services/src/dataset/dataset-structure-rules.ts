import { formatPath, type TIssue, type TPathSegment, outcomeIds } from '@lots/core';
import type { TDataset, TEvent, TParticipant } from '@lots/contracts';

/** Everything of the document but its participant entries. */
type TDatasetHeader = Omit<TDataset, 'participants'>;

/*
 * Keys and references of a lots-dataset document: every key is unique where it must
 * be, and every reference points at something that exists in the right place
 * (interchange.md; decisions in contracts/src/dataset.ts).
 */

export type TReferenceData = { municipalityCodes: ReadonlySet<string> };

type TKeyed = { key: string };

/** Reports every repeated key of `items` (within one scope) and returns the first of each. */
function uniqueKeys<T extends TKeyed>(
  items: readonly T[],
  pathOf: (index: number) => TPathSegment[],
  issues: TIssue[],
  what = 'key',
): Map<string, { item: T; index: number }> {
  const seen = new Map<string, { item: T; index: number }>();
  items.forEach((item, index) => {
    const first = seen.get(item.key);
    if (first) {
      issues.push({
        path: [...pathOf(index), 'key'],
        message: `duplicate ${what} ${item.key}: already used by ${formatPath(pathOf(first.index))}`,
      });
    } else {
      seen.set(item.key, { item, index });
    }
  });
  return seen;
}

function unknownMunicipality(code: string, ref: TReferenceData): string | null {
  return ref.municipalityCodes.has(code)
    ? null
    : `unknown municipality code ${code} (not in the SCB list)`;
}

function checkProgrammes(doc: TDatasetHeader, ref: TReferenceData, issues: TIssue[]): void {
  const associations = uniqueKeys(doc.associations, (i) => ['associations', i], issues);
  const programmes = uniqueKeys(doc.programmes, (i) => ['programmes', i], issues);

  doc.programmes.forEach((programme, i) => {
    const at = (...rest: TPathSegment[]) => ['programmes', i, ...rest];
    if (!associations.has(programme.association)) {
      issues.push({
        path: at('association'),
        message: `unknown association ${programme.association}`,
      });
    }
    const bad = unknownMunicipality(programme.municipality, ref);
    if (bad) issues.push({ path: at('municipality'), message: bad });

    if (programme.parent !== null) {
      const parent = programmes.get(programme.parent)?.item;
      if (!parent) {
        issues.push({ path: at('parent'), message: `unknown programme ${programme.parent}` });
      } else if (parent.association !== programme.association) {
        issues.push({
          path: at('parent'),
          message: `parent ${parent.key} belongs to association ${parent.association}, not ${programme.association}`,
        });
      } else {
        // Walk up; coming back to this programme means a cycle.
        const chain = [programme.key];
        let current: string | null = programme.parent;
        while (current !== null && !chain.includes(current)) {
          chain.push(current);
          current = programmes.get(current)?.item.parent ?? null;
        }
        if (current === programme.key) {
          issues.push({
            path: at('parent'),
            message: `parent chain loops: ${[...chain, current].join(' → ')}`,
          });
        }
      }
    }

    const years = new Map<number, number>();
    (programme.targets ?? []).forEach((target, t) => {
      const first = years.get(target.year);
      if (first !== undefined) {
        issues.push({
          path: at('targets', t, 'year'),
          message: `duplicate target year ${target.year}: already in targets[${first}]`,
        });
      } else {
        years.set(target.year, t);
      }
    });
    uniqueKeys(programme.teams ?? [], (t) => at('teams', t), issues, 'team key');
  });
}

function checkSpecialistsAndEmployers(doc: TDatasetHeader, issues: TIssue[]): void {
  const programmes = new Map(doc.programmes.map((p) => [p.key, p]));
  uniqueKeys(doc.specialists, (i) => ['specialists', i], issues);
  doc.specialists.forEach((specialist, i) => {
    const programme = programmes.get(specialist.programme);
    if (!programme) {
      issues.push({
        path: ['specialists', i, 'programme'],
        message: `unknown programme ${specialist.programme}`,
      });
    } else if (
      specialist.team !== undefined &&
      !(programme.teams ?? []).some((t) => t.key === specialist.team)
    ) {
      issues.push({
        path: ['specialists', i, 'team'],
        message: `unknown team ${specialist.team} in programme ${programme.key}`,
      });
    }
  });

  const associations = new Set(doc.associations.map((a) => a.key));
  uniqueKeys(doc.employers, (i) => ['employers', i], issues);
  doc.employers.forEach((employer, i) => {
    if (employer.association === undefined) {
      if (doc.associations.length > 1) {
        issues.push({
          path: ['employers', i, 'association'],
          message: `is required when the document has more than one association (${doc.associations.length})`,
        });
      }
    } else if (!associations.has(employer.association)) {
      issues.push({
        path: ['employers', i, 'association'],
        message: `unknown association ${employer.association}`,
      });
    }
  });
}

/** Employer keys an event refers to, with the property that holds them. */
function employerOf(event: TEvent): string | undefined {
  switch (event.type) {
    case 'employer_contact':
    case 'job_start':
    case 'job_end':
    case 'placement_start':
    case 'placement_end':
      return event.employer;
    default:
      return undefined;
  }
}

/**
 * The reference checks of participant entries, one entry at a time in document order
 * (the streaming import sees one entry at a time): keys and case numbers unique per
 * programme, references to programmes, specialists and employers of the header.
 */
export function participantReferenceCheck(
  doc: TDatasetHeader,
  ref: TReferenceData,
): (participant: TParticipant, i: number, issues: TIssue[]) => void {
  const programmes = new Map(doc.programmes.map((p) => [p.key, p]));
  const specialists = new Map(doc.specialists.map((s) => [s.key, s]));
  const onlyAssociation = doc.associations.length === 1 ? doc.associations[0]?.key : undefined;
  const employers = new Map(doc.employers.map((e) => [e.key, e.association ?? onlyAssociation]));
  const keysByProgramme = new Map<string, Map<string, number>>();
  const caseNumbersByProgramme = new Map<string, Map<string, number>>();

  const firstIn = (
    maps: Map<string, Map<string, number>>,
    programme: string,
    value: string,
    index: number,
  ) => {
    const seen = maps.get(programme) ?? new Map<string, number>();
    maps.set(programme, seen);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    return first;
  };

  return (participant, i, issues) => {
    const at = (...rest: TPathSegment[]) => ['participants', i, ...rest];
    const programme = programmes.get(participant.programme);
    if (!programme) {
      issues.push({ path: at('programme'), message: `unknown programme ${participant.programme}` });
    }
    const firstKey = firstIn(keysByProgramme, participant.programme, participant.key, i);
    if (firstKey !== undefined) {
      issues.push({
        path: at('key'),
        message: `duplicate key ${participant.key} in programme ${participant.programme}: already used by participants[${firstKey}]`,
      });
    }
    if (participant.caseNumber !== undefined) {
      const firstCase = firstIn(
        caseNumbersByProgramme,
        participant.programme,
        participant.caseNumber,
        i,
      );
      if (firstCase !== undefined) {
        issues.push({
          path: at('caseNumber'),
          message: `duplicate caseNumber ${participant.caseNumber} in programme ${participant.programme}: already used by participants[${firstCase}]`,
        });
      }
    }
    const bad = unknownMunicipality(participant.municipality, ref);
    if (bad) issues.push({ path: at('municipality'), message: bad });

    if (participant.specialist !== undefined) {
      const specialist = specialists.get(participant.specialist);
      if (!specialist) {
        issues.push({
          path: at('specialist'),
          message: `unknown specialist ${participant.specialist}`,
        });
      } else if (programme && specialist.programme !== programme.key) {
        issues.push({
          path: at('specialist'),
          message: `specialist ${specialist.key} belongs to programme ${specialist.programme}, not ${programme.key}`,
        });
      }
    }

    participant.events.forEach((event, e) => {
      if (event.specialist !== undefined && !specialists.has(event.specialist)) {
        issues.push({
          path: at('events', e, 'specialist'),
          message: `unknown specialist ${event.specialist}`,
        });
      }
      const employer = employerOf(event);
      if (employer === undefined) return;
      if (!employers.has(employer)) {
        issues.push({ path: at('events', e, 'employer'), message: `unknown employer ${employer}` });
        return;
      }
      // Employers are held per association; another association's employer would cross tenants.
      const association = employers.get(employer);
      if (programme && association !== undefined && association !== programme.association) {
        issues.push({
          path: at('events', e, 'employer'),
          message: `employer ${employer} belongs to association ${association}, not ${programme.association}`,
        });
      }
    });
  };
}

function checkParticipantReferences(doc: TDataset, ref: TReferenceData, issues: TIssue[]): void {
  const check = participantReferenceCheck(doc, ref);
  doc.participants.forEach((participant, i) => check(participant, i, issues));
}

/** Own outcome definitions: unique keys per owner, never a standard outcome's id. */
function checkOutcomeDefinitions(doc: TDatasetHeader, issues: TIssue[]): void {
  const owners: [TPathSegment[], readonly { key: string }[] | undefined][] = [
    ...doc.associations.map((a, i): [TPathSegment[], { key: string }[] | undefined] => [
      ['associations', i],
      a.outcomeDefinitions,
    ]),
    ...doc.programmes.map((p, i): [TPathSegment[], { key: string }[] | undefined] => [
      ['programmes', i],
      p.outcomeDefinitions,
    ]),
  ];
  for (const [owner, definitions] of owners) {
    if (!definitions) continue;
    const at = (d: number): TPathSegment[] => [...owner, 'outcomeDefinitions', d];
    uniqueKeys(definitions, at, issues, 'outcome definition key');
    definitions.forEach((d, index) => {
      if ((outcomeIds as readonly string[]).includes(d.key)) {
        issues.push({
          path: [...at(index), 'key'],
          message: `${d.key} is a standard outcome: an own definition needs its own key`,
        });
      }
    });
  }
}

/** The rules of everything but the participant entries. */
export function checkHeaderStructure(doc: TDatasetHeader, ref: TReferenceData): TIssue[] {
  const issues: TIssue[] = [];
  checkOutcomeDefinitions(doc, issues);
  checkProgrammes(doc, ref, issues);
  checkSpecialistsAndEmployers(doc, issues);
  return issues;
}

/** Unique keys and resolvable references, in document order. */
export function checkDatasetStructure(doc: TDataset, ref: TReferenceData): TIssue[] {
  const issues = checkHeaderStructure(doc, ref);
  checkParticipantReferences(doc, ref, issues);
  return issues;
}
