import { parentPort, workerData } from 'node:worker_threads';
import { JsonSyntaxError } from './document-reader.ts';
import type { TToMain, TToWorker, TWorkerData } from './validate-in-worker.ts';
import { validateDatasetStream } from './validate-dataset-stream.ts';

/*
 * Runs in the worker thread (validate-in-worker.ts): the checking pass over bytes that
 * the main thread reads and sends, a chunk at a time, acknowledging each chunk taken.
 */

const port = parentPort;
if (!port) throw new Error('validate-dataset-worker runs in a worker thread');
const send = (message: TToMain) => port.postMessage(message);

/** A pass's chunks as they arrive; each one taken is acknowledged (the main thread's credit). */
function channel(source: number) {
  const chunks: Uint8Array[] = [];
  let ended = false;
  let failed: string | undefined;
  let wake: (() => void) | undefined;
  return {
    take(message: TToWorker) {
      if (message.kind === 'chunk') chunks.push(message.chunk);
      else if (message.kind === 'end') ended = true;
      else failed = message.message;
      wake?.();
    },
    async *bytes(): AsyncGenerator<Uint8Array> {
      for (;;) {
        const chunk = chunks.shift();
        if (chunk) {
          send({ kind: 'ack', source });
          yield chunk;
        } else if (failed !== undefined) {
          throw new Error(failed);
        } else if (ended) {
          return;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      }
    },
  };
}

const channels = new Map<number, ReturnType<typeof channel>>();
port.on('message', (message: TToWorker) => channels.get(message.source)?.take(message));

let sources = 0;
const open = () => {
  const source = sources++;
  const c = channel(source);
  channels.set(source, c);
  send({ kind: 'open', source });
  return c.bytes();
};

const data = workerData as TWorkerData;
try {
  const checked = await validateDatasetStream(open, {
    municipalityCodes: new Set(data.municipalityCodes),
  });
  send({ kind: 'result', checked });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  send({ kind: 'failed', syntax: error instanceof JsonSyntaxError, message });
}
