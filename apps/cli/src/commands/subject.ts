import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '@lots/core';
import { eraseIdentity, exportParticipantData, subjectByCaseNumber } from '@lots/services';
import { withLots } from '../context.ts';

type TSubjectOptions = { programme: string; caseNumber: string; as: string };

const who = (c: Command) =>
  c
    .requiredOption('--programme <key>', 'the programme of the case')
    .requiredOption('--case-number <n>', 'the case number (löpnummer), e.g. HUD-2018-034')
    .requiredOption(
      '--as <email>',
      'the supervisor of the programme who makes the request (audited as them)',
    );

/**
 * `lots subject export|erase`: the data subject's rights (GDPR art. 15 and 17,
 * privacy.md) from the command line, through the same use cases as the API.
 */
export function registerSubjectCommands(program: Command) {
  const subject = program
    .command('subject')
    .description('the data subject’s rights: export everything held on a person, erase identity');

  who(subject.command('export'))
    .description(
      'write everything held on the person behind a case number as JSON (every enrolment, events, follow-ups, identity, audit rows); audited',
    )
    .option('--output <file>', 'write to a file instead of standard output')
    .action(async (opts: TSubjectOptions & { output?: string }, command: Command) => {
      await withLots(command, async (lots) => {
        const { access, participantId } = await subjectByCaseNumber(
          lots,
          opts.as,
          opts.programme,
          opts.caseNumber,
        );
        const data = await exportParticipantData(lots, access, participantId, { ip: 'cli' });
        const text = JSON.stringify(data, null, 2) + '\n';
        if (opts.output) writeFileSync(opts.output, text);
        else process.stdout.write(text);
      });
    });

  who(subject.command('erase'))
    .description(
      'erase the identity (name, personnummer, contact details) of the person behind a case number; the pseudonymised statistics stay; audited',
    )
    .requiredOption('--reason <text>', 'why (e.g. "begäran från den registrerade 2026-12-01")')
    .action(async (opts: TSubjectOptions & { reason: string }, command: Command) => {
      if (opts.reason.trim() === '') {
        throw new AppError('VALIDATION_FAILED', '--reason must not be empty', {
          issues: [{ path: ['--reason'], message: 'say why the identity is erased' }],
        });
      }
      await withLots(command, async (lots) => {
        const { access, participantId } = await subjectByCaseNumber(
          lots,
          opts.as,
          opts.programme,
          opts.caseNumber,
        );
        const result = await eraseIdentity(
          lots,
          access,
          participantId,
          { reason: opts.reason.trim() },
          { ip: 'cli' },
        );
        process.stdout.write(
          `Erased the identity of ${opts.caseNumber} (participant ${result.participantId}) at ${result.erasedAt}; the statistics stay.\n`,
        );
      });
    });
}
