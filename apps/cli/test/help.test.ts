import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.ts';
import { runCli } from './run-cli.ts';

/** Every command of the tree, as the words a user types (`['fidelity', 'review', 'create']`). */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands.flatMap((c) => {
    const path = [...prefix, c.name()];
    return [path, ...commandPaths(c, path)];
  });
}

/** `lots <path> --help` in-process: what it prints and the exit code it asks for. */
async function help(path: string[]): Promise<{ code: number; out: string }> {
  const program = buildProgram();
  let out = '';
  const quiet = (c: Command) => {
    c.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) }).exitOverride();
    c.commands.forEach(quiet);
  };
  quiet(program);
  try {
    await program.parseAsync(['node', 'lots', ...path, '--help']);
    return { code: -1, out };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode, out };
    throw error;
  }
}

describe('--help everywhere (issue 2: "--help everywhere")', () => {
  const paths = commandPaths(buildProgram());

  it('knows the commands of every area', () => {
    const names = paths.map((p) => p.join(' '));
    for (const expected of ['serve', 'import', 'export', 'user create', 'retention run', 'report'])
      expect(names).toContain(expected);
    expect(paths.length).toBeGreaterThan(15);
  });

  it.each(paths.map((p) => [p.join(' '), p] as const))(
    'lots %s --help prints its usage, a description and described options',
    async (_name, path) => {
      const { code, out } = await help(path);
      expect(code).toBe(0);
      expect(out).toContain(`Usage: lots ${path.join(' ')}`);
      // A description line follows the usage line.
      expect(out.split('\n')[2]?.trim().length ?? 0).toBeGreaterThan(10);
      // Every option line carries an explanation after the flags.
      const options = out.split('Options:')[1]?.split('Commands:')[0] ?? '';
      for (const line of options.split('\n').filter((l) => /^\s+-/.test(l)))
        expect(line.trim(), line).toMatch(/\S\s{2,}\S/);
    },
  );

  it('the installed binary answers --help for a nested command too', () => {
    const res = runCli(['retention', 'run', '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: lots retention run');
  });
});
