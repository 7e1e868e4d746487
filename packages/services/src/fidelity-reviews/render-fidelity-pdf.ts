import PDFDocument from 'pdfkit';
import type { TFidelityInstrument, TFidelityItemId } from '@lots/core';
import type { TFidelityAction, TFidelityReport, TFidelityReviewSummary } from '@lots/contracts';
import { pdfText } from '../pdf/pdf-text.ts';

export type TFidelityPdfInput = {
  summary: TFidelityReviewSummary;
  programmeName: string;
  instrument: TFidelityInstrument;
  agreed: Partial<Record<TFidelityItemId, number>>;
  report: TFidelityReport;
  actions: readonly TFidelityAction[];
};

const kindLabel = { self_assessment: 'Självskattning', external: 'Extern bedömning' } as const;
const statusLabel = { open: 'Ej påbörjad', in_progress: 'Pågår', done: 'Klar' } as const;

/**
 * The review report for the programme and its steering group: total and band, each
 * item's agreed score with the anchor text of that score, the item comments,
 * strengths, recommendations and the action plan. Never evidence records or the
 * reviewers' own notes.
 */
export async function renderFidelityPdf(input: TFidelityPdfInput): Promise<Buffer> {
  const { summary, instrument, agreed, report } = input;
  const title = `Programtrohetsbedömning IPS – ${input.programmeName}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: title, Creator: 'Lots' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const heading = (text: string) =>
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(pdfText(text));
  const body = (text: string) => doc.font('Helvetica').fontSize(9).text(pdfText(text));

  doc.font('Helvetica-Bold').fontSize(16).text(pdfText(title));
  doc.moveDown(0.4);
  body(`${kindLabel[summary.kind]}, ${instrument.name.sv}`);
  body(`Period: ${summary.window.from} – ${summary.window.to}`);
  body(
    summary.total === null
      ? 'Bedömningen är inte avslutad: ingen totalpoäng ännu.'
      : `Totalpoäng: ${summary.total} av 125 – ${summary.bandLabel ?? ''}`,
  );
  if (summary.nextDue) body(`Nästa bedömning senast: ${summary.nextDue}`);
  if (summary.reviewers.length > 0) {
    body(`Bedömare: ${summary.reviewers.map((x) => x.name).join(', ')}`);
  }

  heading('Styrkor');
  body(report.strengths || '–');

  heading('Poäng per punkt');
  for (const item of instrument.items) {
    const score = agreed[item.id];
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(9);
    doc.text(pdfText(`${item.number}. ${item.title.sv}: ${score ?? '–'}`));
    if (score !== undefined) body(`Nivå ${score}: ${item.anchors[score - 1]?.sv ?? ''}`);
    const comment = report.itemComments[item.id];
    if (comment) body(`Kommentar: ${comment}`);
  }

  heading('Rekommendationer');
  body(report.recommendations || '–');

  heading('Handlingsplan');
  if (input.actions.length === 0) body('–');
  for (const a of input.actions) {
    const item = instrument.items.find((i) => i.id === a.itemId);
    body(
      `${item ? `${item.number}. ${item.title.sv}: ` : ''}${a.action} – ansvarig ${a.owner}` +
        `${a.dueDate ? `, senast ${a.dueDate}` : ''} (${statusLabel[a.status]})`,
    );
  }
  doc.end();
  return done;
}
