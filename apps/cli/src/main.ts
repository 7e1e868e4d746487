import { Command, CommanderError } from 'commander';
import { AppError, formatIssue } from '@lots/core';
import { registerDataCommands } from './commands/data.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerUserCommands } from './commands/user.ts';
import { registerRetentionCommands } from './commands/retention.ts';
import { registerSubjectCommands } from './commands/subject.ts';
import { registerSocioCommands } from './commands/socio.ts';
import { registerBudgetCommands } from './commands/budget.ts';
import { registerReportCommands } from './commands/report.ts';
import { registerFidelityCommands } from './commands/fidelity.ts';
import { registerFundingCommands } from './commands/funding.ts';
import { CliExit } from './context.ts';

/**
 * `lots`: the same use cases as the server, in-process, on the embedded database in
 * `--data-dir` or on PostgreSQL when DATABASE_URL is set. Global options may stand
 * anywhere on the line.
 */
export function buildProgram(): Command {
  const program = new Command('lots')
    .description(
      'Lots – uppföljning för IPS/Supported Employment. Command line: import, export, users, reports, server.',
    )
    .option('--data-dir <dir>', 'embedded database directory (default ./data, or LOTS_DATA_DIR)')
    .option(
      '--database-url <url>',
      'PostgreSQL server instead of the embedded database (or DATABASE_URL)',
    )
    .showHelpAfterError()
    .exitOverride();
  registerServeCommands(program);
  registerUserCommands(program);
  registerDataCommands(program);
  registerRetentionCommands(program);
  registerSubjectCommands(program);
  registerSocioCommands(program);
  registerBudgetCommands(program);
  registerReportCommands(program);
  registerFidelityCommands(program);
  registerFundingCommands(program);
  return program;
}

async function main() {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliExit) {
      process.exitCode = error.code;
      return;
    }
    if (error instanceof AppError) {
      process.stderr.write(`lots: ${error.message}\n`);
      for (const issue of error.issues) process.stderr.write(`  ${formatIssue(issue)}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`lots: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}

await main();
