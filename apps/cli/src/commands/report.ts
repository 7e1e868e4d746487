import type { Command } from 'commander';
import { ZReportQuery, type TReportQuery } from '@lots/contracts';
import {
  getCaseloadReport,
  getClosuresReport,
  getFactBox,
  getLastingOutcomes,
  getMovementReport,
  getOutcomeReport,
  getParticipantsReport,
  getTimeMeasures,
  renderCsv,
  reportTable,
  type TLots,
  type TReportViewer,
} from '@lots/services';
import { withLots } from '../context.ts';
import { invalid, parseOrThrow } from './json-input.ts';

type TOptions = {
  programme?: string;
  association?: string;
  from?: string;
  to?: string;
  denominator?: string;
  by?: string;
  ageBands?: string;
  suppress?: boolean;
  format: string;
};

/** The CLI runs on its own data directory: exact figures unless --suppress (interchange.md). */
const cli: TReportViewer = { kind: 'system' };

type TReportRunner = (
  lots: TLots,
  query: TReportQuery,
) => Promise<Parameters<typeof reportTable>[0]>;

const reports: { name: string; description: string; by?: string; run: TReportRunner }[] = [
  {
    name: 'outcomes',
    description:
      'outcome overview: one row per outcome definition with its denominator, by sex (--by adds groups, e.g. ageBand)',
    by: 'sex',
    run: (lots, q) => getOutcomeReport(lots, cli, q),
  },
  {
    name: 'participants',
    description: 'enrolments active in the period by --by dimensions (default sex,ageBand)',
    by: 'sex,ageBand',
    run: (lots, q) => getParticipantsReport(lots, cli, q),
  },
  {
    name: 'closures',
    description: 'enrolments closed in the period by --by dimensions (default reason)',
    by: 'reason',
    run: (lots, q) => getClosuresReport(lots, cli, q),
  },
  {
    name: 'movement',
    description:
      'movement from baseline: baseline × exit matrix of the enrolments closed in the period',
    run: (lots, q) => getMovementReport(lots, cli, q),
  },
  {
    name: 'caseload',
    description: 'caseload per specialist and the queue, on --to (default today)',
    run: (lots, q) => getCaseloadReport(lots, cli, q),
  },
  {
    name: 'fact-box',
    description: 'fact box: participants, in work, in studies, dropped out by age band × sex',
    run: (lots, q) => getFactBox(lots, cli, q),
  },
  {
    name: 'lasting',
    description: 'lasting outcomes: follow-up status at +6 and +12 months after closure',
    run: (lots, q) => getLastingOutcomes(lots, cli, q),
  },
  {
    name: 'time-measures',
    description:
      'time measures: days to first face-to-face employer contact and first job, time in programme, job tenure',
    run: (lots, q) => getTimeMeasures(lots, cli, q),
  },
];

/** The options as the API's query, validated by the same schema (errors name the option). */
function queryOf(name: string, opts: TOptions): TReportQuery {
  if (opts.format !== 'json' && opts.format !== 'csv')
    throw invalid('Unknown format', [{ path: ['--format'], message: 'must be json or csv' }]);
  const raw: Record<string, string> = {};
  if (opts.programme) raw.programme = opts.programme;
  if (opts.association) raw.association = opts.association;
  if (opts.from) raw.from = opts.from;
  if (opts.to) raw.to = opts.to;
  if (opts.denominator) raw.denominator = opts.denominator;
  if (opts.by) raw.by = opts.by;
  if (opts.ageBands) raw.ageBands = opts.ageBands;
  if (opts.suppress) raw.suppress = 'true';
  return parseOrThrow(ZReportQuery, raw, 'the options');
}

/** `lots report …` (interchange.md "Command line"): the API's reports, in-process. */
export function registerReportCommands(program: Command) {
  const report = program
    .command('report')
    .description('outcome reports (outcomes.md "Standard reports"); exact unless --suppress');
  for (const r of reports) {
    report
      .command(r.name)
      .description(r.description)
      .option('--programme <key>', 'programme (includes its sub-programmes)')
      .option('--association <key>', 'association, instead of --programme')
      .option('--from <date>', 'period start YYYY-MM-DD (default 1 January this year)')
      .option('--to <date>', 'period end YYYY-MM-DD, inclusive (default today)')
      .option(
        '--denominator <id>',
        'outcomes: enrolled_in_period, closed_in_period (default), closed_or_outcome, started_in_period',
      )
      .option('--by <dimensions>', `comma-separated dimensions${r.by ? ` (default ${r.by})` : ''}`)
      .option('--age-bands <preset>', 'age-band preset: sus (default), ten_year, youth')
      .option(
        '--suppress',
        'apply the small-number rules ("<5") as for exports leaving the organisation',
      )
      .option('--format <format>', 'json (stable) or csv', 'json')
      .action(async (opts: TOptions, command: Command) => {
        const query = queryOf(r.name, opts);
        await withLots(command, async (lots) => {
          const result = await r.run(lots, query);
          process.stdout.write(
            opts.format === 'csv'
              ? renderCsv(reportTable(result))
              : JSON.stringify(result, null, 2) + '\n',
          );
        });
      });
  }
}
