/*
 * Text for PDFKit's built-in fonts (Helvetica and friends), which encode text as
 * WinAnsi (Windows-1252): a character outside it is written as two stray bytes, so
 * Swedish number formatting (U+2212 minus, U+00A0 / U+202F spaces) and typographic
 * arrows or relations would print as garbage. Every PDF renderer passes its text
 * through `pdfText`, and formats amounts with `pdfKronor` / `pdfNumber`.
 */

/** Characters of Windows-1252 in 0x80–0x9F (the rest is Latin-1 0x20–0x7E and 0xA0–0xFF). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2212': '-', // minus sign (Intl sv-SE negative numbers)
  '\u00a0': ' ', // no-break space (sv-SE grouping)
  '\u202f': ' ', // narrow no-break space (sv-SE grouping in newer ICU)
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2026': '...',
};

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    ch === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa1 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(ch)
  );
}

/** The text with every character PDFKit's standard fonts cannot print mapped to one they can ('?' when there is none). */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) out += REPLACEMENTS[ch] ?? (encodable(ch) ? ch : '?');
  return out;
}

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** A whole number the Swedish way (`-1 234 567`), printable in a PDF; '–' for none. */
export function pdfNumber(n: number | null): string {
  return n === null ? '–' : pdfText(integer.format(n));
}

/** Kronor the Swedish way (`-1 234 567 kr`), printable in a PDF; '–' for none. */
export function pdfKronor(n: number | null): string {
  return n === null ? '–' : `${pdfNumber(n)} kr`;
}

/** A decimal with a Swedish comma (`0,3237`), printable in a PDF. */
export function pdfDecimal(n: number): string {
  return pdfText(new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 }).format(n));
}
