import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { AppError, formatIssue } from '@lots/core';
import {
  exportDatasetText,
  importDatasetFile,
  JsonSyntaxError,
  openDatasetFile,
  type TImportStep,
} from '@lots/services';
import { CliExit, withLots } from '../context.ts';

/**
 * The file to import, read anew for each pass; standard input is copied to a
 * temporary file first, as it can be read only once. Never read whole into memory.
 */
async function openSource(file: string): Promise<{ path: string; cleanUp: () => void }> {
  if (file !== '-') {
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: ${(error as Error).message}`);
    }
    return { path: file, cleanUp: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lots-import-'));
  const path = join(dir, 'stdin.json');
  await pipeline(process.stdin, createWriteStream(path));
  return { path, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

function describeStep(s: TImportStep): string {
  const took = `(${(s.ms / 1000).toFixed(1)} s)`;
  switch (s.step) {
    case 'validated':
      return `the whole file checked: ${s.entries ?? 0} entries, no errors (rows written meanwhile) ${took}`;
    case 'written':
      return `${s.entries ?? 0} entries with ${s.events ?? 0} events written ${took}`;
    case 'indexed':
      return `indexes and foreign keys created again, every row checked ${took}`;
    case 'committed':
      return `committed ${took}`;
    case 'statistics':
      return `the planner's statistics refreshed ${took}`;
  }
}

export function registerDataCommands(program: Command) {
  program
    .command('import')
    .description(
      'import a lots-dataset JSON file: validated whole, written in one transaction committed only if valid, idempotent',
    )
    .argument('<file>', 'the dataset (- for standard input)')
    .option(
      '--progress',
      'print each step as it is done, with its time (the default when standard error is a terminal)',
    )
    .action(async (file: string, opts: { progress?: boolean }, command: Command) => {
      const source = await openSource(file);
      const progress = opts.progress === true || process.stderr.isTTY;
      try {
        await withLots(command, async (lots) => {
          const result = await importDatasetFile(lots, () => openDatasetFile(source.path), {
            size: statSync(source.path).size,
            onProgress: progress
              ? (step) => process.stderr.write(`lots import: ${describeStep(step)}\n`)
              : undefined,
          }).catch((error: unknown) => {
            if (error instanceof JsonSyntaxError) {
              throw new AppError(
                'VALIDATION_FAILED',
                `${file} is not valid JSON: ${error.message}`,
              );
            }
            throw error;
          });
          if (!result.ok) {
            process.stderr.write(
              `lots import: ${result.issues.length} error(s) in ${file}; nothing was written.\n`,
            );
            for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
            throw new CliExit(1);
          }
          const s = result.summary;
          process.stdout.write(
            `Imported ${file}: ${s.associations} association(s), ${s.programmes} programme(s), ${s.specialists} specialist(s), ${s.employers} employer(s), ${s.participants} participant(s), ${s.events} event(s).\n`,
          );
        });
      } finally {
        source.cleanUp();
      }
    });

  program
    .command('export')
    .description('write the dataset as lots-dataset JSON (to standard output unless --output)')
    .option('--programme <key>', 'only this programme and its sub-programmes')
    .option('--association <key>', 'only this association')
    .option('--output <file>', 'write to a file instead of standard output')
    .action(
      async (
        opts: { programme?: string; association?: string; output?: string },
        command: Command,
      ) => {
        await withLots(command, async (lots) => {
          // Written a page at a time, waiting whenever the output is behind.
          const out = opts.output ? createWriteStream(opts.output) : process.stdout;
          await exportDatasetText(
            lots,
            async (text) => {
              if (!out.write(text)) await once(out, 'drain');
            },
            {
              ...(opts.programme ? { programme: opts.programme } : {}),
              ...(opts.association ? { association: opts.association } : {}),
            },
          );
          if (out !== process.stdout) {
            out.end();
            await once(out, 'finish');
          }
        });
      },
    );
}
