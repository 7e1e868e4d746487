import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { pdfText } from '../pdf/pdf-text.ts';
import type { TReportTable } from './report-table.ts';

/*
 * Report files: CSV (written here: RFC 4180 quoting is a few lines, no dependency),
 * XLSX (exceljs) and the steering group's PDF (pdfkit). Each file carries the
 * report's definitions and denominator above the figures.
 */

function csvCell(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  // A text cell a spreadsheet would run as a formula (an own definition's label) is quoted as text.
  const text = typeof value === 'string' && /^[=+@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (comma, CRLF, UTF-8 with BOM so Excel reads å, ä, ö): about lines, a blank line, the table. */
export function renderCsv(table: TReportTable): string {
  const lines = [[table.title], ...table.about, [], table.headers, ...table.rows].map((row) =>
    row.map(csvCell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One sheet: title, about lines, then the table with a bold header row. */
export async function renderXlsx(table: TReportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lots';
  const sheet = book.addWorksheet(table.title.slice(0, 31));
  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const line of table.about) sheet.addRow(line);
  sheet.addRow([]);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Printable A4 for the steering group: title, what was counted (definitions with their
 * rules, denominator, suppression), then the table. Landscape, with column widths
 * and font size fitted so every column is printed (the first two, the labels, get
 * more room); rows continue on new pages with the header repeated.
 */
export async function renderPdf(table: TReportTable): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: table.title, Creator: 'Lots' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const left = 36;
  const usable = doc.page.width - 2 * left;
  doc.font('Helvetica-Bold').fontSize(16).text(pdfText(table.title));
  doc.moveDown(0.5).fontSize(8.5);
  for (const [label, value] of table.about) {
    doc.font('Helvetica-Bold').text(pdfText(`${label}: `), { continued: true });
    doc.font('Helvetica').text(pdfText(value), { width: usable });
  }
  doc.moveDown();
  const n = table.headers.length;
  // Label columns weigh 2.5, figures 1: with 11 columns a figure gets ~50 pt.
  const weights = table.headers.map((_, i) => (i < 2 ? 2.5 : 1));
  const unit = usable / weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => w * unit);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const size = n > 12 ? 6.5 : n > 8 ? 7.5 : 9;
  const bottom = doc.page.height - 36;
  const line = (cells: readonly (string | number | null)[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    const texts = table.headers.map((_, i) => {
      const c = cells[i];
      return c === null || c === undefined ? (bold ? '' : '–') : pdfText(String(c));
    });
    const height = Math.max(
      ...texts.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? unit) - 4 })),
    );
    if (doc.y + height > bottom) {
      doc.addPage();
      if (!bold) line(table.headers, true);
    }
    const y = doc.y;
    texts.forEach((t, i) =>
      doc.text(t, xs[i] ?? left, y, {
        width: (widths[i] ?? unit) - 4,
        align: i < 2 ? 'left' : 'right',
      }),
    );
    doc.x = left;
    doc.y = y + height + 3;
  };
  line(table.headers, true);
  for (const row of table.rows) line(row, false);
  doc.end();
  return done;
}
