/*
 * Reads a lots-dataset document from a stream of bytes without ever holding it as one
 * string (issue 7: a national dataset is about a gigabyte of JSON, beyond V8's
 * longest string). The document is one JSON object; each top-level member is
 * yielded with its parsed value, except `participants`, whose entries are yielded
 * one by one. Only the structure between values is scanned here (brackets, strings,
 * commas, colons); every value itself is parsed by JSON.parse, so values are exactly
 * what JSON.parse of the whole file gives. Measured on the municipal dataset, this is
 * about as fast as one JSON.parse of the whole file; a token-by-token streaming parser
 * (stream-json, @streamparser/json) took 3–10 times as long, which at the national
 * size is most of the import budget (docs/adr/0005-dependencies.md).
 */

export type TDocumentItem =
  /** The document is not an object: its whole value. */
  | { kind: 'root'; value: unknown }
  /** A top-level member (participants too, when it is not an array). */
  | { kind: 'member'; key: string; value: unknown }
  /** `participants` is an array: its entries follow. */
  | { kind: 'participants' }
  | { kind: 'participant'; index: number; value: unknown };

/** Not JSON: the message names the byte offset. */
export class JsonSyntaxError extends Error {}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class Scanner {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  /** Bytes dropped before buf[0]. */
  private offset = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Appends the next chunk, keeping buf[keep…]; false at the end of the input. */
  private async more(keep: number): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const rest = this.buf.subarray(keep);
    this.offset += keep;
    this.pos -= keep;
    this.buf = rest.length === 0 ? Buffer.from(next.value) : Buffer.concat([rest, next.value]);
    return true;
  }

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(`${message} at byte ${this.offset + at}`);
  }

  /** The next byte that is not white space, not consumed; -1 at the end. */
  async peek(): Promise<number> {
    for (;;) {
      while (this.pos < this.buf.length && WS.has(this.buf[this.pos] ?? 0)) this.pos++;
      if (this.pos < this.buf.length) return this.buf[this.pos] ?? -1;
      if (!(await this.more(this.pos))) return -1;
    }
  }

  async expect(byte: number, what: string): Promise<void> {
    if ((await this.peek()) !== byte) this.fail(`expected ${what}`);
    this.pos++;
  }

  /** Scans one whole JSON value; returns its text unparsed, or undefined when `skip`. */
  async valueText(skip = false): Promise<string | undefined> {
    const first = await this.peek();
    if (first === -1) this.fail('unexpected end of input');
    let i = this.pos;
    let depth = 0;
    for (;;) {
      const end = this.scan(i, first, depth);
      const start = this.pos;
      if (end.done) {
        this.pos = end.at;
        return skip ? undefined : this.buf.toString('utf8', start, end.at);
      }
      if (!(await this.more(start))) {
        // A number, true, false or null may end the input.
        if (first === 0x7b || first === 0x5b || first === QUOTE || end.inString)
          this.fail('unexpected end of input');
        this.pos = this.buf.length;
        return skip ? undefined : this.buf.toString('utf8', 0, this.buf.length);
      }
      // more() moved buf[start] to buf[0].
      i = end.at - start;
      depth = end.depth;
    }
  }

  /**
   * Scans from i, where the value starting at `this.pos` began with `first`, at
   * nesting `depth`. A string is resumed from its opening quote, so `at` (when not
   * done) is always outside any string.
   */
  private scan(
    from: number,
    first: number,
    depth: number,
  ): { done: true; at: number } | { done: false; at: number; depth: number; inString: boolean } {
    const buf = this.buf;
    const n = buf.length;
    let i = from;
    let d = depth;
    if (first !== 0x7b && first !== 0x5b && first !== QUOTE) {
      // A number, true, false or null: up to the next delimiter.
      while (i < n) {
        const c = buf[i] ?? 0;
        if (c === 0x2c || c === 0x7d || c === 0x5d || WS.has(c)) return { done: true, at: i };
        i++;
      }
      return { done: false, at: i, depth: d, inString: false };
    }
    while (i < n) {
      const c = buf[i] ?? 0;
      if (c === QUOTE) {
        const close = stringEnd(buf, i);
        if (close === -1) return { done: false, at: i, depth: d, inString: true };
        i = close + 1;
        if (d === 0) return { done: true, at: i };
        continue;
      }
      if (c === 0x7b || c === 0x5b) d++;
      else if (c === 0x7d || c === 0x5d) {
        d--;
        if (d === 0) return { done: true, at: i + 1 };
      }
      i++;
    }
    return { done: false, at: i, depth: d, inString: false };
  }

  async atEnd(): Promise<boolean> {
    return (await this.peek()) === -1;
  }
}

/** The index of the quote that closes the string opened at `open`, or -1 if not in buf. */
function stringEnd(buf: Buffer, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = buf.indexOf(QUOTE, i);
    if (q === -1) return -1;
    let backslashes = 0;
    for (let b = q - 1; b > open && buf[b] === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

function parse(text: string, scanner: Scanner): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return scanner.fail((error as Error).message);
  }
}

/**
 * The items of the document in file order. `skipParticipant(index)`: an entry that
 * is not needed is scanned but not parsed (the write pass reads the file twice when
 * closed entries must go first).
 */
export async function* readDocument(
  bytes: AsyncIterable<Uint8Array>,
  options: { skipParticipant?: (index: number) => boolean } = {},
): AsyncGenerator<TDocumentItem> {
  const s = new Scanner(bytes[Symbol.asyncIterator]());
  const first = await s.peek();
  if (first === -1) s.fail('empty input');
  if (first !== 0x7b) {
    yield { kind: 'root', value: parse((await s.valueText()) ?? '', s) };
    if (!(await s.atEnd())) s.fail('unexpected text after the document');
    return;
  }
  await s.expect(0x7b, '{');
  let members = 0;
  for (;;) {
    const next = await s.peek();
    if (next === 0x7d && members === 0) break;
    if (members > 0) {
      if (next === 0x7d) break;
      await s.expect(0x2c, ', or }');
    }
    if ((await s.peek()) !== QUOTE) s.fail('expected a member name');
    const key = parse((await s.valueText()) ?? '', s) as string;
    await s.expect(0x3a, ':');
    members++;
    if (key === 'participants' && (await s.peek()) === 0x5b) {
      yield { kind: 'participants' };
      await s.expect(0x5b, '[');
      for (let index = 0; ; index++) {
        const c = await s.peek();
        if (c === 0x5d && index === 0) break;
        if (index > 0) {
          if (c === 0x5d) break;
          await s.expect(0x2c, ', or ]');
        }
        const skip = options.skipParticipant?.(index) ?? false;
        const text = await s.valueText(skip);
        if (text !== undefined) yield { kind: 'participant', index, value: parse(text, s) };
      }
      await s.expect(0x5d, ']');
    } else {
      yield { kind: 'member', key, value: parse((await s.valueText()) ?? '', s) };
    }
  }
  await s.expect(0x7d, '}');
  if (!(await s.atEnd())) s.fail('unexpected text after the document');
}
