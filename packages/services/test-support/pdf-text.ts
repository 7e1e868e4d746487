import { inflateSync } from 'node:zlib';

/** Windows-1252 0x80–0x9F (Node's TextDecoder reads 'windows-1252' as Latin-1 there). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Buffer): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? '') : String.fromCharCode(b);
  return out;
}

/** The lines as one text, with lines PDFKit wrapped joined again by a space. */
export function pdfFlatText(pdf: Buffer): string {
  return pdfTextOf(pdf).join(' ').replace(/\s+/g, ' ');
}

/**
 * The text a PDF written by PDFKit's standard fonts shows, line by line: each content
 * stream is inflated, the hex strings of its TJ operators decoded as Windows-1252
 * (the fonts' encoding) and joined per text operation. Lets a test read what a
 * reader would see instead of only checking `%PDF`.
 */
export function pdfTextOf(pdf: Buffer): string[] {
  const lines: string[] = [];
  const raw = pdf.toString('latin1');
  const streamRe = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(raw)) !== null) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      lines.push(decodeWinAnsi(Buffer.from(hex, 'hex')));
    }
    streamRe.lastIndex = end + 'endstream'.length;
  }
  return lines;
}
