import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventTypes, formatIssue } from '@lots/core';
import { describe, expect, it } from 'vitest';
import { ZEvent } from './dataset-events.ts';
import { ZDataset, datasetJsonSchema, personKeyOf } from './dataset.ts';
import { interchangeExampleVerbatim } from './test-support/interchange-example.ts';
import { zodIssuesToIssues } from './zod-issues.ts';

/** The example document of interchange.md, verbatim. */
const example = interchangeExampleVerbatim();

const messages = (input: unknown): string[] => {
  const result = ZDataset.safeParse(input, { reportInput: true });
  return result.success ? [] : zodIssuesToIssues(result.error).map(formatIssue);
};

describe('ZDataset', () => {
  it('accepts the interchange.md example and fills defaults', () => {
    const dataset = ZDataset.parse(example);
    const programme = dataset.programmes[0];
    expect(programme?.followUpMonths).toEqual([6, 12]);
    expect(programme?.retentionYears).toBe(2);
    expect(dataset.participants[0] && personKeyOf(dataset.participants[0])).toBe('p1');
  });

  it('rejects unknown properties, impossible dates and out-of-range values, with paths', () => {
    const participant = example.participants[0];
    const doc = {
      ...example,
      specialists: [{ key: 's1', programme: 'ips-hud', fte: 1.2, name: 'Coach 1' }],
      participants: [
        {
          ...participant,
          speciallist: 's1',
          enrolledAt: '2017-02-29',
          closure: { date: '2017-03-10' },
          events: [
            { type: 'job_strat', date: '2017-01-09' },
            { ...participant?.events[1], extentPct: 0 },
          ],
        },
      ],
    };
    expect(messages(doc)).toEqual([
      'specialists[0].fte: must be more than 0 and at most 1 (full time), got 1.2',
      'participants[0].enrolledAt: must be a real calendar date written YYYY-MM-DD',
      `participants[0].events[0].type: must be one of ${eventTypes.join(', ')}`,
      'participants[0].events[1].extentPct: must be between 1 and 100 (% of full time), got 0',
      `participants[0].closure.reason: closing needs a reason: one of employment, studies, job_seeking, other_intervention, ill_health, not_right_intervention, parental_leave, moved, own_choice, other`,
      'participants[0].speciallist: is not a known property here (check the spelling)',
    ]);
  });

  it('reports missing and mistyped values plainly', () => {
    expect(
      messages({ format: 'lots-dataset', version: 2, associations: [], programmes: 'x' }),
    ).toEqual([
      'version: must be 1 (the only version so far)',
      'associations: must list at least one association',
      'programmes: must be an array, got string',
    ]);
    expect(
      messages({ ...example, employers: [{ key: 'e1', name: 'X', orgNumber: '556677-1234' }] }),
    ).toEqual([
      'employers[0].orgNumber: must be a valid organisationsnummer written NNNNNN-NNNN with a correct check digit',
    ]);
  });

  it('has one event schema per event type of core, in the same order', () => {
    expect(ZEvent.options.map((o) => o.shape.type.value)).toEqual([...eventTypes]);
  });
});

describe('dataset.schema.json', () => {
  it('is up to date with the zod schema (run scripts/write-dataset-schema.ts)', () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'dataset.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(datasetJsonSchema());
  });

  it('is draft 2020-12 and strict', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
  });
});
