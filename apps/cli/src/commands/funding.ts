import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importGrants } from '@lots/services';
import { withLots } from '../context.ts';
import { invalid } from './json-input.ts';

/**
 * `lots funding import-grants FILE.csv --association KEY`: a state-grant table
 * (funding.md "State grants"; municipality,yYYYY…,total) as funding decisions of the
 * association's programmes. Runs on the local database as the system, like `lots import`.
 */
export function registerFundingCommands(program: Command) {
  const funding = program.command('funding').description('funding: grants, decisions');
  funding
    .command('import-grants')
    .description('import a state-grant table (CSV: municipality,y2011,y2012,…,total)')
    .argument('<file>', 'the CSV file (- for standard input)')
    .requiredOption('--association <key>', 'the association whose programmes received the grants')
    .option('--funder <name>', 'the funder (default Socialstyrelsen, kind state)')
    .action(
      async (file: string, opts: { association: string; funder?: string }, command: Command) => {
        let csv: string;
        try {
          csv = readFileSync(file === '-' ? 0 : file, 'utf8');
        } catch (error) {
          throw invalid(`Cannot read ${file}`, [
            { path: ['file'], message: `cannot read ${file}: ${(error as Error).message}` },
          ]);
        }
        await withLots(command, async (lots) => {
          const result = await importGrants(
            lots,
            { kind: 'system' },
            { association: opts.association, csv, funder: opts.funder },
            { ip: null },
          );
          process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        });
      },
    );
}
