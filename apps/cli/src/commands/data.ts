import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError, formatIssue } from '@lots/core';
import { exportDataset, importDataset } from '@lots/services';
import { CliExit, withLots } from '../context.ts';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `Cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export function registerDataCommands(program: Command) {
  program
    .command('import')
    .description(
      'import a lots-dataset JSON file: validated whole first, written in one transaction, idempotent',
    )
    .argument('<file>', 'the dataset (- for standard input)')
    .action(async (file: string, _opts: unknown, command: Command) => {
      const doc = readJson(file);
      await withLots(command, async (lots) => {
        const result = await importDataset(lots, doc);
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
          const doc = await exportDataset(lots, {
            ...(opts.programme ? { programme: opts.programme } : {}),
            ...(opts.association ? { association: opts.association } : {}),
          });
          const text = JSON.stringify(doc, null, 2) + '\n';
          if (opts.output) writeFileSync(opts.output, text);
          else process.stdout.write(text);
        });
      },
    );
}
