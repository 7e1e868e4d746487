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

/** Printable A4 for the steering group: title, what was counted, then the table as text rows. */
export async function renderPdf(table: TReportTable): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: table.title, Creator: 'Lots' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.font('Helvetica-Bold').fontSize(16).text(pdfText(table.title));
  doc.moveDown(0.5).font('Helvetica').fontSize(9);
  for (const [label, value] of table.about) doc.text(pdfText(`${label}: ${value}`));
  doc.moveDown();
  const shown = table.headers.slice(0, 7);
  const width = (doc.page.width - 80) / shown.length;
  const line = (cells: (string | number | null)[], bold: boolean) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells
      .slice(0, shown.length)
      .forEach((c, i) =>
        doc.text(c === null ? '–' : pdfText(String(c)), 40 + i * width, y, { width: width - 4 }),
      );
    doc.moveDown(0.3);
  };
  line(shown, true);
  for (const row of table.rows) line(row, false);
  doc.end();
  return done;
}
