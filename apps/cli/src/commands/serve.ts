import type { Command } from 'commander';
import { startServer } from '@lots/server';
import { openLots, seedDemo, DEMO_PASSWORD } from '@lots/services';
import { configFrom, withLots } from '../context.ts';

export function registerServeCommands(program: Command) {
  program
    .command('serve')
    .description(
      'serve the web app and the API (migrates the database and seeds the demo into an empty one)',
    )
    .option('--port <port>', 'port (default 3000, or PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or LOTS_HOST)')
    .action(async (opts: { port?: string; host?: string }, command: Command) => {
      const config = configFrom(command);
      if (opts.port) config.PORT = Number(opts.port);
      if (opts.host) config.LOTS_HOST = opts.host;
      const server = await startServer(config);
      const shutdown = () => {
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('migrate')
    .description('apply pending database migrations (refuses on a mismatch)')
    .action(async (_opts: unknown, command: Command) => {
      const config = configFrom(command);
      const lots = await openLots(config, 'apply');
      await lots.close();
      process.stdout.write(
        lots.applied.length
          ? `Applied ${lots.applied.length} migration(s): ${lots.applied.join(', ')}\n`
          : 'The database is up to date.\n',
      );
    });

  program
    .command('demo')
    .description('load the fictional demo dataset and demo users (idempotent)')
    .option('--seed <n>', 'random seed', '2184')
    .action(async (opts: { seed: string }, command: Command) => {
      await withLots(command, async (lots) => {
        const result = await seedDemo(lots, { seed: Number(opts.seed) });
        process.stdout.write(
          `Demo loaded: ${result.summary.participants} participants, ${result.summary.events} events.\n`,
        );
        process.stdout.write(`Demo logins (password ${DEMO_PASSWORD}):\n`);
        for (const u of result.users)
          process.stdout.write(`  ${u.email.padEnd(30)} ${u.description}\n`);
      });
    });
}
