import { describe, expect, it } from 'vitest';
import { copyText, copyTextPieces } from './copy.ts';

const columns = [
  ['id', 'uuid'],
  ['note', 'text'],
  ['n', 'integer'],
  ['ok', 'boolean'],
  ['data', 'jsonb'],
  ['tags', 'text[]'],
] as const;

describe('copyText (COPY FROM STDIN, text format)', () => {
  it('writes one line per row, columns in order, tab-separated, null as \\N', () => {
    expect(
      copyText(
        [
          { id: 'a', note: 'hej', n: 3, ok: true, data: { x: 1 }, tags: ['AF', 'FK'] },
          { id: 'b', note: null, n: undefined, ok: false, data: null, tags: [] },
        ],
        columns,
      ),
    ).toBe('a\thej\t3\ttrue\t{"x":1}\t{"AF","FK"}\nb\t\\N\t\\N\tfalse\t\\N\t{}\n');
  });

  it('escapes backslash, tab, newline and carriage return, also inside JSON and arrays', () => {
    const text = copyText(
      [
        {
          id: 'a',
          note: 'rad 1\nrad 2\tflik \\ slut\r',
          data: { text: 'a\\b "c"\n' },
          tags: ['med "citat"', 'bak\\snedstreck', 'tab\there'],
        },
      ],
      columns,
    );
    const fields = text.slice(0, -1).split('\t');
    expect(fields).toHaveLength(6);
    expect(fields[1]).toBe('rad 1\\nrad 2\\tflik \\\\ slut\\r');
    // JSON.stringify writes the newline as \n and the backslash as \\; COPY doubles each backslash.
    expect(fields[4]).toBe('{"text":"a\\\\\\\\b \\\\"c\\\\"\\\\n"}');
    expect(fields[5]).toBe('{"med \\\\"citat\\\\"","bak\\\\\\\\snedstreck","tab\\there"}');
  });

  it('writes nothing for no rows', () => {
    expect(copyText([], columns)).toBe('');
  });

  it('in pieces, gives the same text, each piece whole rows', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, note: 'a\nb', n: i }));
    const pieces = [...copyTextPieces(rows, columns, 3)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('')).toBe(copyText(rows, columns));
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    expect([...copyTextPieces([], columns)]).toEqual([]);
  });
});
