import type { Command } from 'commander';
import { AppError, isIsoDate } from '@lots/core';
import { eraseExpiredIdentities, isoToday } from '@lots/services';
import { withLots } from '../context.ts';

/** `lots retention run`: the scheduled erasure of identity data past its retention period. */
export function registerRetentionCommands(program: Command) {
  const retention = program
    .command('retention')
    .description('retention of identity data (privacy.md): erase what is kept too long');
  retention
    .command('run')
    .description(
      'erase the identity of everyone whose latest enrolment ended more than the programme’s retention years ago; statistics stay',
    )
    .option('--date <date>', 'the day to run as (YYYY-MM-DD; default today)')
    .action(async (opts: { date?: string }, command: Command) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) {
        throw new AppError(
          'VALIDATION_FAILED',
          `--date must be a date YYYY-MM-DD, got ${opts.date}`,
          {
            issues: [{ path: ['--date'], message: 'must be a real date written YYYY-MM-DD' }],
          },
        );
      }
      await withLots(command, async (lots) => {
        const result = await eraseExpiredIdentities(lots, opts.date ?? isoToday(lots.now()));
        process.stdout.write(
          `Retention run for ${result.today}: erased the identity of ${result.erased.length} person(s).\n`,
        );
        for (const e of result.erased)
          process.stdout.write(`  ${e.programmeKey} ${e.participantId}\n`);
      });
    });
}
