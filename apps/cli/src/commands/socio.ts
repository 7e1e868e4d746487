import type { Command } from 'commander';
import {
  benefitPeriodRules,
  checkSocioInput,
  computeSocioAnalysis,
  resolveSocioParameters,
  socioParameterSets,
} from '@lots/core';
import type { TSocioAnalysis } from '@lots/core';
import { ZSocioInput, ZSocioOutput } from '@lots/contracts';
import { invalid, kronor, parseOrThrow, readJsonFile, table } from './json-input.ts';

/** `lots socio --input FILE.json`: the socio-economic calculator; needs no database. */
export function registerSocioCommands(program: Command) {
  program
    .command('socio')
    .description(
      'socio-economic analysis of a before/after table (interchange.md "Socio-economic JSON"); no database',
    )
    .requiredOption('--input <file>', 'the analysis as JSON (- for standard input)')
    .option('--format <format>', 'json (stable) or table', 'json')
    .action((opts: { input: string; format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'table')
        throw invalid('Unknown format', [{ path: ['format'], message: 'must be json or table' }]);
      const input = parseOrThrow(ZSocioInput, readJsonFile(opts.input, 'input'), opts.input);
      const parameters = resolveSocioParameters(input.parameters);
      if (!parameters)
        throw invalid(`${opts.input} is not valid`, [
          {
            path: ['parameters', 'set'],
            message: `must be one of ${Object.keys(socioParameterSets).join(', ')}`,
          },
        ]);
      const analysisInput = {
        parameters,
        rows: input.rows,
        housingSupport: input.housingSupport,
        outcomeRate: input.outcomeRate,
        publishedTotals: input.publishedTotals,
      };
      const issues = checkSocioInput(analysisInput);
      if (issues.length > 0) throw invalid(`${opts.input} is not valid`, issues);
      const result = ZSocioOutput.parse(computeSocioAnalysis(analysisInput));
      process.stdout.write(
        opts.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : socioTable(result) + '\n',
      );
    });
}

/**
 * Both multi-year rules, the analysis's own first (socioeconomics.md: "show which rule
 * is used"): seed_simple's figure is the yearly value in the final year (the seed's
 * 579 780 tax and 587 634 housing support), geometric's the total over the horizon.
 */
function benefitPeriodLines(a: TSocioAnalysis): [string, string][] {
  const rules = [
    a.benefitPeriod.rule,
    ...benefitPeriodRules.filter((r) => r !== a.benefitPeriod.rule),
  ];
  return rules.flatMap((rule): [string, string][] => {
    const bp = a.benefitPeriodByRule[rule];
    const what =
      bp.meaning === 'yearly_value_in_final_year'
        ? `årsvärde år ${bp.horizonYears}`
        : `summa över ${bp.horizonYears} år`;
    const own = rule === a.benefitPeriod.rule ? ', analysens regel' : '';
    return [
      [
        `Nyttoperiod ${rule} (${what}, × ${String(bp.multiplier).replace('.', ',')}${own}): utbetalningar`,
        kronor(bp.figures.reducedPayments),
      ],
      ['  skatt', kronor(bp.figures.taxIncrease)],
      ['  boendestöd', kronor(bp.figures.housingSupport)],
    ];
  });
}

function socioTable(a: TSocioAnalysis): string {
  const y = a.yearly;
  const h = a.housingSupport;
  const lines = [
    `Socioekonomisk analys (parametrar ${a.parameterSet}), kronor per år`,
    '',
    table([
      ['Utbetalt före', kronor(y.before)],
      ['Minskat försörjningsstöd (kommunen)', kronor(y.reducedSocialServices)],
      ['Minskade utbetalningar från FK', kronor(y.reducedFK)],
      ['Minskade utbetalningar från AF', kronor(y.reducedAF)],
      ['Ökade skatteintäkter', kronor(y.taxIncrease)],
      ['Ökat produktionsvärde', kronor(y.productionValue)],
      ['Lönesubventioner', kronor(y.subsidies)],
      ['Minskat boendestöd', kronor(h?.costPerYear.reduction ?? null)],
      ['Bruttobesparing (utbetalningar + boendestöd)', kronor(a.summary.grossSavings)],
      ['Bruttobesparing + skatt', kronor(a.summary.grossSavingsPlusTax)],
      ['Kommunens perspektiv', kronor(a.perspectives.municipality)],
      ['Samhällets perspektiv (netto)', kronor(a.perspectives.society)],
      ...benefitPeriodLines(a),
    ]),
  ];
  if (a.differences.length > 0) {
    lines.push('', 'Publicerat skiljer sig från beräknat:');
    lines.push(
      table([
        ['rad', 'fält', 'publicerat', 'beräknat'],
        ...a.differences.map((d) => [
          d.row === null ? 'summa' : String(d.row),
          d.field,
          kronor(d.published),
          kronor(d.computed),
        ]),
      ]),
    );
  }
  return lines.join('\n');
}
