import type { Command } from 'commander';
import { allocateByKey, isAppError } from '@lots/core';
import type { TAllocationKeyItem, TIssue } from '@lots/core';
import { ZBudgetAllocation, ZBudgetKeyFile } from '@lots/contracts';
import { invalid, kronor, parseOrThrow, readJsonFile, table } from './json-input.ts';

type TAllocateOptions = { total?: string; key?: string; weights?: string; format: string };

/** `name=weight,…` from the command line, every bad pair reported. */
function parseWeights(text: string): { key: TAllocationKeyItem[]; issues: TIssue[] } {
  const key: TAllocationKeyItem[] = [];
  const issues: TIssue[] = [];
  text.split(',').forEach((pair, i) => {
    const match = /^\s*([^=]+?)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(pair);
    if (match?.[1] !== undefined) key.push({ name: match[1], weight: Number(match[2]) });
    else
      issues.push({
        path: ['weights', i],
        message: `"${pair.trim()}" must be name=weight with a number 0 or more`,
      });
  });
  return { key, issues };
}

type TKeySource = {
  total: number | null;
  key: TAllocationKeyItem[];
  keyPath: (i: TIssue) => TIssue;
};

/** Points the core's paths (`total`, `key[i].weight`) at what the user gave. */
function pathsFor(source: 'weights' | 'subprojects' | 'key'): (i: TIssue) => TIssue {
  return (issue) => {
    const [head, index, field] = issue.path;
    if (head === 'total') return { ...issue, path: ['total'] };
    if (source === 'weights')
      return { ...issue, path: index === undefined ? ['weights'] : ['weights', index] };
    if (source === 'subprojects')
      return {
        ...issue,
        path: [
          'subprojects',
          ...(index === undefined ? [] : [index]),
          ...(field === 'weight' ? ['targetParticipants'] : field === undefined ? [] : [field]),
        ],
      };
    return issue;
  };
}

function keyFromOptions(opts: TAllocateOptions): TKeySource {
  if ((opts.key === undefined) === (opts.weights === undefined))
    throw invalid('Give the key one way', [
      { path: ['key'], message: 'give either --key FILE.json or --weights a=1,b=2 (not both)' },
    ]);
  if (opts.weights !== undefined) {
    const { key, issues } = parseWeights(opts.weights);
    if (issues.length > 0) throw invalid('Invalid --weights', issues);
    return { total: null, key, keyPath: pathsFor('weights') };
  }
  const keyFile = opts.key ?? '';
  const file = parseOrThrow(ZBudgetKeyFile, readJsonFile(keyFile, 'key'), keyFile);
  if ('subprojects' in file)
    return {
      total: file.budgetTotal ?? null,
      key: file.subprojects.map((s) => ({ name: s.name, weight: s.targetParticipants })),
      keyPath: pathsFor('subprojects'),
    };
  return { total: file.total ?? null, key: file.key, keyPath: pathsFor('key') };
}

/** `lots budget allocate`: a shared budget over sub-programmes by a key; no database. */
export function registerBudgetCommands(program: Command) {
  const budget = program.command('budget').description('budget calculations (no database)');
  budget
    .command('allocate')
    .description(
      'divide a total over recipients by a key, whole kronor summing exactly to the total',
    )
    .option('--total <kronor>', 'the total (default: the key file’s budgetTotal or total)')
    .option(
      '--key <file>',
      'key as JSON: { subprojects: [{ name, targetParticipants }] } or { key: [{ name, weight }] }',
    )
    .option('--weights <list>', 'key on the command line: a=170,b=355')
    .option('--format <format>', 'json (stable) or table', 'json')
    .action((opts: TAllocateOptions) => {
      if (opts.format !== 'json' && opts.format !== 'table')
        throw invalid('Unknown format', [{ path: ['format'], message: 'must be json or table' }]);
      const { total: fileTotal, key, keyPath } = keyFromOptions(opts);
      const total = opts.total === undefined ? fileTotal : Number(opts.total.replace(/[\s_]/g, ''));
      if (total === null)
        throw invalid('No total', [
          { path: ['total'], message: 'is required: give --total (the key has none)' },
        ]);
      let allocations;
      try {
        allocations = allocateByKey(total, key);
      } catch (error) {
        if (isAppError(error)) throw invalid('Invalid allocation', error.issues.map(keyPath));
        throw error;
      }
      const result = ZBudgetAllocation.parse({
        total,
        keyTotal: key.reduce((s, k) => s + k.weight, 0),
        allocations,
      });
      process.stdout.write(
        opts.format === 'json'
          ? JSON.stringify(result, null, 2) + '\n'
          : table([
              ['mottagare', 'nyckel', 'belopp (kr)'],
              ...result.allocations.map((a) => [a.name, String(a.weight), kronor(a.amount)]),
              ['summa', String(result.keyTotal), kronor(result.total)],
            ]) + '\n',
      );
    });
}
