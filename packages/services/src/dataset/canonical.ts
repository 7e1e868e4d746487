import { hash as digest } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so equal values give equal text.
 * Written out directly (the import hashes every event with it); gives exactly the
 * text of `canonicalJsonByReplacer`, which stays as the definition (tested equal).
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'undefined';
}

/**
 * Like JSON.stringify: undefined (and functions) are left out of objects, null in arrays.
 * `omit`: keys of this object (not of those inside it) left out as if undefined.
 */
function write(v: unknown, omit?: ReadonlySet<string>): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(v);
    case 'object': {
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function')
        return write(JSON.parse(JSON.stringify(v)));
      if (Array.isArray(v)) return `[${v.map((x) => write(x) ?? 'null').join(',')}]`;
      const o = v as Record<string, unknown>;
      let out = '';
      for (const k of Object.keys(o).sort(byCodeUnit)) {
        if (omit?.has(k)) continue;
        const text = write(o[k]);
        if (text !== undefined) out += `${out === '' ? '' : ','}${quotedKey(k)}:${text}`;
      }
      return `{${out}}`;
    }
    case 'bigint':
      return JSON.stringify(v);
    default:
      return undefined;
  }
}

/** Object keys as JSON strings; the same few keys come again in every event. */
const quotedKeys = new Map<string, string>();
function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < 10_000) quotedKeys.set(k, q);
  }
  return q;
}

/** An array-index key, which a JS object lists first, in numeric order. */
const isIndex = (k: string) => {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
};

/** Sorted by code unit, as the replacer's object lists them (index keys first). */
const byCodeUnit = (a: string, b: string) => {
  const ia = isIndex(a);
  const ib = isIndex(b);
  if (ia || ib) return ia && ib ? Number(a) - Number(b) : ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** The definition of the canonical text: JSON.stringify with keys sorted by a replacer. */
export function canonicalJsonByReplacer(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        ),
      );
    }
    return v;
  });
}

/**
 * Content references for imported events and follow-ups: a hash of the facts plus
 * the occurrence number among identical ones, so that two identical contacts on one
 * day stay two, and importing the same document again matches them instead of
 * adding copies. `omit`: keys of each item that are not part of its facts.
 */
export function contentRefs(items: readonly unknown[], omit?: ReadonlySet<string>): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    // One-shot hashing (Node ≥ 20.12): the import hashes every event.
    const hash = digest('sha256', write(item, omit) ?? 'undefined', 'hex').slice(0, 32);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `${hash}#${n}`;
  });
}
