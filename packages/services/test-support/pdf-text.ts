import { inflateSync } from 'node:zlib';

/**
 * The text a PDF written by PDFKit's standard fonts shows, line by line: each content
 * stream is inflated, the hex strings of its TJ operators decoded as Windows-1252
 * (the fonts' encoding) and joined per text operation. Lets a test read what a
 * reader would see instead of only checking `%PDF`.
 */
export function pdfTextOf(pdf: Buffer): string[] {
  const lines: string[] = [];
  const decoder = new TextDecoder('windows-1252');
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
      lines.push(decoder.decode(Buffer.from(hex, 'hex')));
    }
    streamRe.lastIndex = end;
  }
  return lines;
}
