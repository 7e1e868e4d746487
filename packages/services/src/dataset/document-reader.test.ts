import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, readDocument, type TDocumentItem } from './document-reader.ts';

/** The text in chunks of `size` bytes, as a file stream gives it. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function items(text: string, size = 7, skip?: (i: number) => boolean) {
  const out: TDocumentItem[] = [];
  for await (const item of readDocument(chunks(text, size), { skipParticipant: skip }))
    out.push(item);
  return out;
}

/** The document put back together from its items. */
function rebuild(list: TDocumentItem[]): unknown {
  const root = list.find((i) => i.kind === 'root');
  if (root) return root.value;
  const doc: Record<string, unknown> = {};
  for (const item of list) {
    if (item.kind === 'member') doc[item.key] = item.value;
    if (item.kind === 'participants') doc.participants = [];
    if (item.kind === 'participant') (doc.participants as unknown[]).push(item.value);
  }
  return doc;
}

describe('readDocument (the streaming reader of lots import)', () => {
  it('gives what JSON.parse gives, whatever the chunk size and layout', async () => {
    const member = fc.string().filter((k) => k !== '__proto__');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(member, fc.jsonValue()),
        fc.array(fc.jsonValue()),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (rest, participants, size, pretty) => {
          const doc = { ...rest, participants };
          const text = pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
          expect(rebuild(await items(text, size))).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300, seed: 2184 },
    );
  });

  it('reads strings with escapes, quotes and multi-byte characters across chunk edges', async () => {
    const doc = {
      format: 'lots-dataset',
      participants: [{ key: 'a\\"b', name: 'Åsa Öberg \\ "citat" 🙂' }, { key: '[{,:}]' }],
      version: 1,
    };
    for (const size of [1, 2, 3, 5, 64]) {
      expect(rebuild(await items(JSON.stringify(doc), size))).toEqual(doc);
    }
  });

  it('yields participants one by one and skips the ones not wanted', async () => {
    const text = JSON.stringify({ format: 'x', participants: [{ a: 1 }, { a: 2 }, { a: 3 }] });
    const list = await items(text, 4, (i) => i === 1);
    expect(list.filter((i) => i.kind === 'participant')).toEqual([
      { kind: 'participant', index: 0, value: { a: 1 } },
      { kind: 'participant', index: 2, value: { a: 3 } },
    ]);
  });

  it('reads a document that is not an object, and participants that are not an array', async () => {
    expect(await items('[1, 2]')).toEqual([{ kind: 'root', value: [1, 2] }]);
    expect(await items('42')).toEqual([{ kind: 'root', value: 42 }]);
    expect(await items('{"participants": {"a": 1}}')).toEqual([
      { kind: 'member', key: 'participants', value: { a: 1 } },
    ]);
  });

  it('rejects what is not JSON, naming the byte', async () => {
    for (const bad of [
      '',
      '{ "format": ',
      '{"a": 1,}',
      '{"a" 1}',
      '{"participants": [{"a": 1},]}',
      '{"participants": [{"a": 1} {"b": 2}]}',
      '{"a": tru}',
      '{"a": 1} x',
      '{"a": "open}',
      '{"a": [1, 2}',
    ]) {
      await expect(items(bad), bad).rejects.toThrow(JsonSyntaxError);
    }
    await expect(items('{"a": 1,}', 100)).rejects.toThrow(/at byte 8/);
  });
});
