import type { TSocioAnalysisOut } from '@lots/contracts';

/*
 * Swedish labels and parameter sources for the steering group's files (PDF, XLSX).
 * The web page's copy is apps/web/src/i18n/sv-socio.ts (`socio.param`,
 * `socio.source`); keep the two in step. The files are Swedish only.
 */

type TParameters = TSocioAnalysisOut['parameters'];
export type TSocioParamKey = Exclude<keyof TParameters, 'id'>;

export const socioParamLabels: Readonly<Record<TSocioParamKey, string>> = {
  year: 'År',
  taxRate: 'Skattesats (kommun + region)',
  municipalTaxRate: 'Kommunal skattesats',
  productionFactor: 'Produktionsfaktor (lön + arbetsgivaravgifter)',
  monthsPerYear: 'Månader per år',
  weeksPerYear: 'Veckor per år',
  housingSupportHourlyCost: 'Boendestöd, kostnad per timme',
  sicknessBenefitPct: 'Sjukpenning år 1 / år 2, % av SGI',
  retentionShare: 'Andel som förblir självförsörjande per år',
  horizonYears: 'Nyttoperiod, år',
  effectVsUsual: 'IPS gånger effektivare än vanlig rehabilitering',
  discountRate: 'Diskonteringsränta',
  programmeCostPerYear: 'Programmets kostnad per år',
  benefitPeriodRule: 'Regel för nyttoperioden',
};

const hudiksvallSources: Readonly<Record<TSocioParamKey, string>> = {
  year: 'Hudiksvallsanalysen avser 2017 (seed 001).',
  taxRate: '”kommunal- och landstingsskatt om 33 procent” (seed 001 rad 1225).',
  municipalTaxRate:
    'Vår tolkning: ”260 000 kronor avser kommunalskatten” (rad 1566) av 386 520 ≈ 22 av 33 procentenheter.',
  productionFactor: '”lön multiplicerat med 1,4” (rad 1227).',
  monthsPerYear: 'Kalenderår.',
  weeksPerYear: 'Kalenderår.',
  housingSupportHourlyCost: '470,86 kr, kommunens ekonom (rad 1268, not 20).',
  sicknessBenefitPct: 'Not 19 (rad 1233): 80 % år 1, 75 % från år 2.',
  retentionShare: '”i vart fall hälften … upprätthåller denna status” (rad 1301).',
  horizonYears: 'Tre år (rad 1301).',
  effectVsUsual: '”ungefär två till fyra gånger mer effektiv” (rad 1352).',
  discountRate: 'Analysen diskonterar inte.',
  programmeCostPerYear: '”ca 1 miljon kronor … med 2.0 coacher” (rad 1569).',
  benefitPeriodRule: 'Hudiksvallsanalysens regel, exakt som i tabellen.',
};

const currentSources: Readonly<Record<TSocioParamKey, string>> = {
  year: 'Aktuell uppsättning.',
  taxRate: 'Riksgenomsnittlig kommunal + regional skatt 2024, 32,37 % (SCB).',
  municipalTaxRate: 'Saknas nationellt: varje kommun anger sin egen.',
  productionFactor:
    'Arbetsgivaravgifter 31,42 % (Skatteverket 2026) plus avtalspension och försäkringar ≈ 1,4.',
  monthsPerYear: 'Kalenderår.',
  weeksPerYear: 'Kalenderår.',
  housingSupportHourlyCost: 'Saknas nationellt: kommunens ekonom anger timkostnaden.',
  sicknessBenefitPct:
    'Försäkringskassan: 80 % × 0,97 av SGI till dag 364, 75 % × 0,97 från dag 365.',
  retentionShare: 'Hudiksvallsanalysens antagande (hälften förblir självförsörjande).',
  horizonYears: 'Tre år, som i Hudiksvallsanalysen.',
  effectVsUsual: 'IPS är två till fyra gånger effektivare (forskningsöversikter, seed 001).',
  discountRate: 'Trafikverkets ASEK-ränta 3,5 %, vanlig för offentliga investeringar.',
  programmeCostPerYear: 'Reguljär verksamhet med 2,0 coacher (seed 001).',
  benefitPeriodRule: 'Standardregel för nya analyser.',
};

const sourcesBySet: Readonly<Record<string, Readonly<Record<TSocioParamKey, string>>>> = {
  'SE-2017-hudiksvall': hudiksvallSources,
  'SE-2026': currentSources,
};

/** Where a parameter's value comes from, as the web page's assumptions table says it. */
export function socioParamSource(a: TSocioAnalysisOut, key: TSocioParamKey): string {
  if (a.overriddenParameters.includes(key))
    return 'Ändrat i den här analysen (inte uppsättningens värde).';
  return sourcesBySet[a.parameters.id.replace(/\+overrides$/, '')]?.[key] ?? 'Angivet i analysen.';
}

/** A number the Swedish way (`0,5`, `1 000 000`). */
export const number = (n: number, digits: number) =>
  new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(n);
/** A share as a Swedish percentage (`0.035` → `3,5 %`). */
export const percent = (n: number, digits: number) => `${number(n * 100, digits)} %`;

/** The benefit-period rules by name (web: `socio.assumptions.ruleName`). */
export const socioRuleLabels = {
  seed_simple: 'Hudiksvallsregeln',
  geometric: 'Kohortregeln',
} as const;

/** The events a records analysis reads, as the journal names them (web: `eventType`). */
export const socioEventLabels = {
  job_start: 'Anställning påbörjad',
  study_start: 'Studier påbörjade',
  housing_support_change: 'Ändrat boendestöd',
} as const;

/** Every income source of the records (web: `incomeSource`), lower case for inside a sentence. */
const incomeSourceLabels: Readonly<Record<string, string>> = {
  social_assistance: 'försörjningsstöd',
  sickness_benefit: 'sjukpenning',
  rehabilitation_benefit: 'rehabiliteringspenning',
  activity_compensation: 'aktivitetsersättning',
  sickness_compensation: 'sjukersättning',
  activity_support: 'aktivitetsstöd',
  unemployment_insurance: 'a-kassa',
  study_allowance: 'studiemedel',
  salary: 'lön',
};

/** An income source's Swedish name; an unknown code is shown as it is. */
export const incomeSourceLabel = (code: string): string => incomeSourceLabels[code] ?? code;

/** A parameter's value the Swedish way (as the web page's assumptions table). */
export function socioParamValue(p: TParameters, key: TSocioParamKey): string {
  switch (key) {
    case 'year':
    case 'monthsPerYear':
    case 'weeksPerYear':
    case 'horizonYears':
      return String(p[key]);
    case 'taxRate':
      return percent(p.taxRate, 2);
    case 'municipalTaxRate':
      return p.municipalTaxRate === null ? '–' : percent(p.municipalTaxRate, 2);
    case 'retentionShare':
      return percent(p.retentionShare, 0);
    case 'discountRate':
      return percent(p.discountRate, 1);
    case 'productionFactor':
      return number(p.productionFactor, 4);
    case 'housingSupportHourlyCost':
      return p.housingSupportHourlyCost === null
        ? '–'
        : `${number(p.housingSupportHourlyCost, 2)} kr`;
    case 'sicknessBenefitPct':
      return `${number(p.sicknessBenefitPct.year1, 2)} % / ${number(p.sicknessBenefitPct.year2, 2)} %`;
    case 'effectVsUsual':
      return `${number(p.effectVsUsual[0], 2)}–${number(p.effectVsUsual[1], 2)}`;
    case 'programmeCostPerYear':
      return `${number(p.programmeCostPerYear, 0)} kr`;
    case 'benefitPeriodRule':
      return socioRuleLabels[p.benefitPeriodRule];
  }
}

export const socioParamKeys = Object.keys(socioParamLabels) as TSocioParamKey[];

const sourceLabels = {
  social_assistance: 'försörjningsstöd',
  sickness_benefit: 'sjukpenning',
  rehabilitation_benefit: 'rehabiliteringspenning',
  activity_compensation: 'aktivitetsersättning',
  sickness_compensation: 'sjukersättning',
  activity_support: 'aktivitetsstöd',
} as const;

/** A row's inputs in one line: before (per month), after, housing support. */
export function socioRowText(r: TSocioAnalysisOut['rows'][number], kr: (n: number) => string) {
  const before =
    r.inputs.before.length === 0
      ? 'inget'
      : r.inputs.before
          .map((b) => `${sourceLabels[b.source]} ${kr(b.monthly)} (skatt ${kr(b.tax)})`)
          .join(' + ');
  const after = r.inputs.after;
  const afterText =
    after === null
      ? 'endast boendestöd'
      : after.kind === 'employment'
        ? `arbete, lön ${kr(after.salary)}, ${after.extentPct} %, arbetsgivare ${after.employer}, lönesubvention ${kr(after.subsidyMonthly)} (${after.subsidyPct} %)`
        : `studier, studiemedel ${kr(after.studyAllowanceMonthly)}`;
  const housing = r.inputs.housing
    ? `; boendestöd ${number(r.inputs.housing.hoursBefore, 2)} → ${number(r.inputs.housing.hoursAfter, 2)} h/vecka`
    : '';
  return `före: ${before}; efter: ${afterText}${housing}`;
}
