import type { Command } from 'commander';
import { scoreReview } from '@lots/core';
import { ZFidelityReview, ZFidelitySuggestQuery, ZFidelitySuggestion } from '@lots/contracts';
import {
  builtinFidelityInstrument,
  readFidelityInstrumentFile,
  suggestFidelity,
} from '@lots/services';
import { withLots } from '../context.ts';
import { invalid, parseOrThrow, readJsonFile } from './json-input.ts';

function jsonOnly(format: string) {
  if (format !== 'json')
    throw invalid('Unknown format', [{ path: ['format'], message: 'must be json' }]);
}

/**
 * `lots fidelity score` (pure: total and band of a review) and `lots fidelity
 * suggest` (proposals from the programme's records), interchange.md "Fidelity JSON".
 */
export function registerFidelityCommands(program: Command) {
  const fidelity = program
    .command('fidelity')
    .description('IPS-25 fidelity reviews: score a review, propose scores from the records');

  fidelity
    .command('score')
    .description('total and band of a review { "items": { "<itemId>": 1..5 } }; no database')
    .requiredOption('--input <file>', 'the review as JSON (- for standard input)')
    .option(
      '--instrument <file>',
      'a corrected or newer instrument definition (JSON); default the built-in IPS-25 v1',
    )
    .option('--format <format>', 'json', 'json')
    .action((opts: { input: string; format: string; instrument?: string }) => {
      jsonOnly(opts.format);
      const review = parseOrThrow(ZFidelityReview, readJsonFile(opts.input, 'input'), opts.input);
      const instrument = opts.instrument
        ? readFidelityInstrumentFile(opts.instrument)
        : builtinFidelityInstrument();
      const result = scoreReview(instrument, review);
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    });

  fidelity
    .command('instrument')
    .description(
      'print the built-in instrument definition (JSON), to correct an anchor and load it with LOTS_FIDELITY_INSTRUMENTS',
    )
    .action(() => {
      process.stdout.write(JSON.stringify(builtinFidelityInstrument(), null, 2) + '\n');
    });

  fidelity
    .command('suggest')
    .description(
      "proposed scores with evidence from a programme's records (with sub-programmes) over the review window",
    )
    .requiredOption('--programme <key>', 'the programme')
    .requiredOption('--date <date>', 'the review date D (YYYY-MM-DD)')
    .option('--window-months <n>', 'months up to and including D (default 12)')
    .option('--format <format>', 'json', 'json')
    .action(
      async (
        opts: { programme: string; date: string; windowMonths?: string; format: string },
        command: Command,
      ) => {
        jsonOnly(opts.format);
        const query = parseOrThrow(
          ZFidelitySuggestQuery,
          {
            programme: opts.programme,
            date: opts.date,
            ...(opts.windowMonths === undefined
              ? {}
              : {
                  windowMonths: /^\d+$/.test(opts.windowMonths)
                    ? Number(opts.windowMonths)
                    : opts.windowMonths,
                }),
          },
          'the options',
        );
        await withLots(command, async (lots) => {
          const suggestion = ZFidelitySuggestion.parse(await suggestFidelity(lots, query));
          process.stdout.write(JSON.stringify(suggestion, null, 2) + '\n');
        });
      },
    );
}
