import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByReplacer, contentRefs } from './canonical.ts';

describe('canonical JSON (content references of imported events)', () => {
  it('gives exactly the text of the replacer definition, so references stay stable', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonByReplacer(value));
      }),
      { numRuns: 500, seed: 7 },
    );
    const withUndefined = { b: undefined, a: [undefined, 1, { d: 'x', c: undefined }], é: -0 };
    expect(canonicalJson(withUndefined)).toBe(canonicalJsonByReplacer(withUndefined));
  });

  it('numbers identical facts by their occurrence', () => {
    const contact = { type: 'employer_contact', date: '2024-01-02', employer: 'e1' };
    const refs = contentRefs([
      contact,
      { ...contact },
      { date: '2024-01-02', employer: 'e1', type: 'employer_contact' },
    ]);
    expect(refs.map((r) => r.split('#')[1])).toEqual(['0', '1', '2']);
    expect(new Set(refs.map((r) => r.split('#')[0])).size).toBe(1);
  });

  it('leaves out the keys asked for at the top level only, as if they were undefined', () => {
    const omit = new Set(['specialist', 'voided']);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'specialist', 'voided', 'b'), fc.jsonValue()),
        (item) => {
          const nested = { ...item, inner: item };
          expect(contentRefs([nested], omit)).toEqual(
            contentRefs([{ ...nested, specialist: undefined, voided: undefined }]),
          );
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
