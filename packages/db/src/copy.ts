import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** `COPY … FROM STDIN` (text format) of `text`, on the connection of the running transaction. */
export type TCopyFrom = (statement: string, text: string) => Promise<void>;

/** One connection of its own: a Kysely instance over it, and COPY on the same connection. */
export type TBulkSession = { db: Kysely<Database>; copyFrom: TCopyFrom };

const special = /[\\\n\r\t]/;
const escapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A text value as COPY's text format writes it: backslash, newline, CR and tab escaped. */
function escapeCopy(text: string): string {
  return special.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => escapes[c] ?? c) : text;
}

/** A text array as PostgreSQL's array literal: every element quoted, `"` and `\` escaped. */
function arrayLiteral(items: readonly unknown[]): string {
  const quoted = items.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (typeof item !== 'string') throw new Error(`copyText: an array holds a ${typeof item}`);
    return `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  });
  return `{${quoted.join(',')}}`;
}

/**
 * Rows (objects keyed by column name) as the lines of COPY's text format, columns in
 * the order given. `json` columns are written with JSON.stringify, `text[]` as array
 * literals; null and undefined are `\N`; strings, numbers and booleans as PostgreSQL
 * reads them.
 */
export function copyText(
  rows: readonly Record<string, unknown>[],
  columns: readonly (readonly [name: string, type: string])[],
): string {
  const lines: string[] = new Array<string>(rows.length);
  rows.forEach((row, r) => {
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      const [name, type] = columns[c] as readonly [string, string];
      const v = row[name];
      let field: string;
      if (v === null || v === undefined) field = '\\N';
      else if (type === 'jsonb' || type === 'json') field = escapeCopy(JSON.stringify(v));
      else if (type === 'text[]' && Array.isArray(v)) field = escapeCopy(arrayLiteral(v));
      else if (typeof v === 'string') field = escapeCopy(v);
      else if (typeof v === 'number' || typeof v === 'boolean') field = String(v);
      else throw new Error(`copyText: column ${name} (${type}) has a ${typeof v}`);
      line += c === 0 ? field : '\t' + field;
    }
    lines[r] = line;
  });
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
