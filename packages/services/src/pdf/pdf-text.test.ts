import { describe, expect, it } from 'vitest';
import { pdfDecimal, pdfKronor, pdfNumber, pdfText } from './pdf-text.ts';

describe('text for PDFKit standard fonts', () => {
  it('writes Swedish amounts with a plain minus and spaces', () => {
    expect(pdfKronor(-892440)).toBe('-892 440 kr');
    expect(pdfKronor(1772604)).toBe('1 772 604 kr');
    expect(pdfNumber(null)).toBe('–');
    expect(pdfDecimal(0.3237)).toBe('0,3237');
    expect(pdfDecimal(-1.5)).toBe('-1,5');
  });

  it('maps what WinAnsi lacks and keeps Swedish letters and dashes', () => {
    expect(pdfText('a\u2212b\u00a0c\u202fd → e ≤ f')).toBe('a-b c d -> e <= f');
    expect(pdfText('Åsa – Öst € “x”')).toBe('Åsa – Öst € “x”');
    expect(pdfText('漢')).toBe('?');
  });
});
