import { Worker } from 'node:worker_threads';
import { JsonSyntaxError } from './document-reader.ts';
import type { TReferenceData } from './dataset-structure-rules.ts';
import type { TByteSource, TStreamChecked } from './validate-dataset-stream.ts';

/*
 * The checking pass of `lots import FILE` in a worker thread of its own (issue 7), so
 * that it runs on the second core while the main thread writes the rows: on the
 * national dataset it took a fifth of the import, with the database idle. The main
 * thread reads the document for it (each pass opened anew from the same source, as
 * the writing passes are) and sends the bytes a chunk at a time; at most `CREDIT`
 * chunks wait in the worker, so a slow worker never makes the file pile up in memory.
 */

export type TWorkerData = { municipalityCodes: string[] };

export type TToWorker =
  | { kind: 'chunk'; source: number; chunk: Uint8Array }
  | { kind: 'end'; source: number }
  | { kind: 'error'; source: number; message: string };

export type TToMain =
  | { kind: 'open'; source: number }
  | { kind: 'ack'; source: number }
  | { kind: 'result'; checked: TStreamChecked }
  | { kind: 'failed'; syntax: boolean; message: string };

/** The worker's old generation at most, in MB: the national dataset's pass keeps about 100 MB. */
const WORKER_HEAP_MB = 384;

/** Chunks (1 MiB from a file) sent ahead of the worker at most. */
const CREDIT = 8;

const workerUrl = new URL('./validate-dataset-worker.mjs', import.meta.url);

export type TValidation = {
  /** The outcome of the checking pass; rejects as the pass would (not JSON: JsonSyntaxError). */
  result: Promise<TStreamChecked>;
  /** The outcome if the pass has ended, else undefined. */
  settled: () => TStreamChecked | undefined;
  /** Ends the worker (after the result, or to give up on it). */
  stop: () => Promise<void>;
};

/** Starts checking the document in a worker thread. */
export function validateInWorker(open: TByteSource, ref: TReferenceData): TValidation {
  const worker = new Worker(workerUrl, {
    workerData: { municipalityCodes: [...ref.municipalityCodes] } satisfies TWorkerData,
    // The main thread's flags (a test runner's, say) are not the worker's.
    execArgv: [],
    // What the pass keeps is small (per entry: a span, a case number); a cap keeps
    // its garbage from growing the process (`lots import`'s budget is 1 GB in all).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  let stopped = false;
  let outcome: TStreamChecked | undefined;
  const credits = new Map<number, { inFlight: number; wake?: () => void }>();
  const wakeAll = () => credits.forEach((c) => c.wake?.());

  /** Sends one pass's bytes, waiting for credit. */
  const pump = async (source: number) => {
    const credit: { inFlight: number; wake?: () => void } = { inFlight: 0 };
    credits.set(source, credit);
    try {
      for await (const chunk of open()) {
        while (credit.inFlight >= CREDIT && !stopped) {
          await new Promise<void>((resolve) => (credit.wake = resolve));
        }
        if (stopped) return;
        // A copy of its own, moved to the worker (the read buffer may be pooled).
        const copy = new Uint8Array(chunk);
        credit.inFlight++;
        worker.postMessage({ kind: 'chunk', source, chunk: copy } satisfies TToWorker, [
          copy.buffer,
        ]);
      }
      if (!stopped) worker.postMessage({ kind: 'end', source } satisfies TToWorker);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!stopped) worker.postMessage({ kind: 'error', source, message } satisfies TToWorker);
    } finally {
      credits.delete(source);
    }
  };

  const result = new Promise<TStreamChecked>((resolve, reject) => {
    worker.on('message', (message: TToMain) => {
      switch (message.kind) {
        case 'open':
          void pump(message.source);
          break;
        case 'ack': {
          const credit = credits.get(message.source);
          if (credit) {
            credit.inFlight--;
            credit.wake?.();
          }
          break;
        }
        case 'result':
          outcome = message.checked;
          resolve(message.checked);
          break;
        case 'failed':
          reject(
            message.syntax ? new JsonSyntaxError(message.message) : new Error(message.message),
          );
          break;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!stopped)
        reject(new Error(`the checking pass's worker thread ended (exit code ${code})`));
    });
  });
  // Awaited by the import; never left unhandled when it gives up early.
  result.catch(() => undefined);

  return {
    result,
    settled: () => outcome,
    stop: async () => {
      stopped = true;
      wakeAll();
      await worker.terminate();
    },
  };
}
