import type { Command } from 'commander';
import { roles } from '@lots/core';
import { createUser } from '@lots/services';
import { withLots } from '../context.ts';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('manage users and their role grants');
  user
    .command('create')
    .description('create a user, or add a role grant to an existing one')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--password <password>', 'password, at least 10 characters')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option('--programme <key>', 'programme the role applies to (and its sub-programmes)')
    .option('--association <key>', 'association the role applies to (all its programmes)')
    .option('--specialist <key>', 'the specialist record this user is (role specialist)')
    .option('--name <name>', 'display name')
    .action(
      async (
        opts: {
          email: string;
          password: string;
          role: string;
          programme?: string;
          association?: string;
          specialist?: string;
          name?: string;
        },
        command: Command,
      ) => {
        await withLots(command, async (lots) => {
          const result = await createUser(lots, {
            email: opts.email,
            password: opts.password,
            role: opts.role as never,
            ...(opts.programme ? { programme: opts.programme } : {}),
            ...(opts.association ? { association: opts.association } : {}),
            ...(opts.specialist ? { specialist: opts.specialist } : {}),
            ...(opts.name ? { displayName: opts.name } : {}),
          });
          process.stdout.write(
            `${result.created ? 'Created' : 'Updated'} ${result.email} with role ${opts.role}\n`,
          );
        });
      },
    );
}
