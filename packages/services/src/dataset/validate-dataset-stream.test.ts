import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDatasetStream } from './validate-dataset-stream.ts';
import { arbitraryDataset } from './test-support/arbitrary-dataset.ts';
import { interchangeExample, testMunicipalityCodes } from './test-support/interchange-example.ts';
import { validateDataset } from './validate-dataset.ts';

const ref = { municipalityCodes: testMunicipalityCodes };

/** The document as a file read in small chunks, members in the order given. */
const source =
  (doc: unknown, size = 97) =>
  () =>
    (async function* () {
      const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })();

async function both(doc: unknown) {
  const whole = validateDataset(doc, ref);
  const streamed = await validateDatasetStream(source(doc), ref);
  return { whole: whole.ok ? [] : whole.issues, streamed: streamed.ok ? [] : streamed.issues };
}

type TJson = Record<string, unknown> | unknown[];

/** Every path to a value inside the document. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, k]))];
}

function set(doc: unknown, path: (string | number)[], value: unknown, remove: boolean): void {
  let parent = doc as TJson;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string, TJson>)[k]!;
  const last = path.at(-1);
  if (last === undefined) return;
  if (remove && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else (parent as Record<string | number, unknown>)[last] = value;
}

describe('validateDatasetStream gives exactly the issues of validateDataset', () => {
  it('for generated documents with random damage anywhere', async () => {
    let failing = 0;
    await fc.assert(
      fc.asyncProperty(
        arbitraryDataset,
        fc.array(
          fc.record({
            where: fc.nat(),
            value: fc.oneof(fc.jsonValue(), fc.constantFrom('2016-02-30', 'e1', 's1', 'p1', -1)),
            remove: fc.boolean(),
          }),
          { minLength: 0, maxLength: 4 },
        ),
        fc.boolean(),
        async (generated, damage, participantsFirst) => {
          const doc = structuredClone(generated) as unknown as Record<string, unknown>;
          for (const d of damage) {
            const all = paths(doc).filter((p) => p.length > 0);
            const path = all[d.where % all.length];
            if (path) set(doc, path, d.value, d.remove);
          }
          const ordered = participantsFirst ? { participants: doc.participants, ...doc } : doc;
          const { whole, streamed } = await both(ordered);
          expect(streamed).toEqual(whole);
          if (whole.length > 0) failing++;
        },
      ),
      { numRuns: 150, seed: 20261205 },
    );
    // Most damage is an error, some of it semantic: the comparison is not of empty lists.
    expect(failing).toBeGreaterThan(75);
  });

  it('for copied entries (duplicate keys, case numbers, overlapping enrolments)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, fc.nat(), async (generated, n) => {
        const doc = structuredClone(generated);
        const copy = doc.participants[n % Math.max(1, doc.participants.length)];
        if (copy) doc.participants.push(structuredClone(copy));
        const { whole, streamed } = await both(doc);
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 30, seed: 7 },
    );
  });

  it('for unknown and missing members, and documents that are not objects', async () => {
    const { format: _f, ...noFormat } = interchangeExample();
    for (const doc of [
      { ...interchangeExample(), extra: 1, participantz: [] },
      noFormat,
      { ...interchangeExample(), participants: { p1: 1 } },
      [],
      'lots',
    ]) {
      const { whole, streamed } = await both(doc);
      expect(whole.length).toBeGreaterThan(0);
      expect(streamed).toEqual(whole);
    }
  });

  it('accepts a valid document and says which entries go first', async () => {
    const result = await validateDatasetStream(source(interchangeExample()), ref);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.first).toEqual([true]);
      expect(result.header.employers[0]?.association).toBe('gavleborg');
    }
  });
});
