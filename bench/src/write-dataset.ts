import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  datasetHeader,
  generateParticipants,
  planDataset,
  type TGenerateOptions,
} from './generate.ts';

export type TWriteSummary = { file: string; participants: number; events: number; bytes: number };

/**
 * Writes a generated dataset to `file` participant by participant: the national size
 * (about 6 million events) is far too big for one JSON.stringify. The bytes are the
 * same as JSON.stringify(generateDataset(options)) (tested for the small size).
 */
export async function writeDatasetFile(
  file: string,
  options: TGenerateOptions,
): Promise<TWriteSummary> {
  await mkdir(dirname(file), { recursive: true });
  const plan = planDataset(options);
  const out = createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    // Respect back-pressure so memory stays flat however large the document is.
    if (!out.write(text)) await once(out, 'drain');
  };
  const header = JSON.stringify(datasetHeader(plan));
  await write(`${header.slice(0, -1)},"participants":[`);
  let participants = 0;
  let events = 0;
  for (const p of generateParticipants(plan)) {
    await write((participants === 0 ? '' : ',') + JSON.stringify(p));
    participants++;
    events += p.events.length;
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
  return { file, participants, events, bytes };
}
