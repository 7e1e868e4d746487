import { employerTypes, socioIncomeSources } from '@lots/core';
import type { TEmployerType, TSocioBefore, TSocioIncomeSource } from '@lots/core';
import type { TSocioRowInputs } from '@lots/contracts';
import type { TSocioRecordSource } from '@lots/db';
import { incomeSourceLabel, number, socioEventLabels } from './socio-file-labels.ts';

/** How a row is built from records; listed with every analysis built this way. */
export const RECORD_ROW_ASSUMPTIONS = [
  `Rader från journalen: deltagare vars första arbete eller studier (händelserna ”${socioEventLabels.job_start}” och ”${socioEventLabels.study_start}”, ej makulerade) startade under perioden.`,
  'Före: försörjningskällor vid inskrivning med belopp och skatt per månad; det som finns kvar av samma källa vid avslut dras av, och skatten minskas i samma proportion.',
  `Efter, arbete: lön, omfattning och lönesubvention per månad från händelsen ”${socioEventLabels.job_start}”; arbetsgivartyp från arbetsgivarregistret (saknas den står det vid raden; den räknas då som privat, vilket inte påverkar beloppen).`,
  'Försörjningskällor som kalkylatorn inte har någon betalare för (t.ex. a-kassa, studiemedel före programmet) räknas inte; varje sådan källa står vid sin rad nedan.',
  'Efter, studier: studiemedel från försörjningen vid avslut, annars 0.',
  `Boendestöd: timmar per vecka vid inskrivning, och efter = den senaste händelsen ”${socioEventLabels.housing_support_change}” till och med periodens slut; utan ändring oförändrat.`,
  'Andel som nått arbete eller studier (för den kontrafaktiska analysen): avslutade under perioden med avslutsorsak arbete eller studier, av alla avslutade under perioden.',
];

const isSocioSource = (s: string): s is TSocioIncomeSource =>
  (socioIncomeSources as readonly string[]).includes(s);
const isEmployerType = (s: string | null): s is TEmployerType =>
  s !== null && (employerTypes as readonly string[]).includes(s);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const cents = (v: number) => Math.round(v * 100) / 100;

/**
 * One analysis row from one enrolment's records (socioeconomics.md "Inputs per
 * person": "a row can be filled from a participant's records"). Returns the problems
 * that make the row unusable (the caller excludes it with them as the reason), never
 * a silent fix.
 */
export function rowFromRecords(src: TSocioRecordSource): {
  inputs: TSocioRowInputs;
  problems: string[];
} {
  const problems: string[] = [];
  const exitLeft = new Map<string, number>();
  for (const i of src.income)
    if (i.phase === 'exit' && i.monthly !== null)
      exitLeft.set(i.source, (exitLeft.get(i.source) ?? 0) + i.monthly);

  const notes: string[] = [];
  const before: TSocioBefore[] = [];
  for (const b of src.income) {
    if (b.phase === 'baseline' && !isSocioSource(b.source) && b.source !== 'none' && b.monthly)
      notes.push(
        `Källan ${incomeSourceLabel(b.source)}, ${number(b.monthly, 2)} kr/mån vid inskrivning, räknas inte: kalkylatorn har ingen betalare för källan.`,
      );
    if (b.phase !== 'baseline' || !isSocioSource(b.source) || !b.monthly) continue;
    const left = Math.min(exitLeft.get(b.source) ?? 0, b.monthly);
    exitLeft.set(b.source, (exitLeft.get(b.source) ?? 0) - left);
    const reduced = b.monthly - left;
    if (reduced <= 0) continue;
    const tax = b.tax ?? 0;
    before.push({ source: b.source, monthly: reduced, tax: cents((tax * reduced) / b.monthly) });
  }

  const exitOf = (source: string) =>
    src.income
      .filter((i) => i.phase === 'exit' && i.source === source)
      .reduce((s, i) => s + (i.monthly ?? 0), 0);

  let after: TSocioRowInputs['after'];
  const d = src.start.data;
  if (src.start.type === 'job_start') {
    const salary = num(d.salary) ?? (exitOf('salary') || null);
    if (salary === null)
      problems.push(`lön saknas i händelsen ”${socioEventLabels.job_start}” och vid avslut`);
    const subsidyMonthly = d.subsidy === 'none' ? 0 : (num(d.subsidyMonthly) ?? 0);
    const s = salary ?? 0;
    if (!isEmployerType(src.start.employerType))
      notes.push(
        'Arbetsgivartyp saknas i arbetsgivarregistret: räknas som privat (påverkar inte beloppen). Ange typen hos arbetsgivaren.',
      );
    after = {
      kind: 'employment',
      salary: s,
      extentPct: Math.min(100, Math.max(1, num(d.extentPct) ?? 100)),
      employer: isEmployerType(src.start.employerType) ? src.start.employerType : 'private',
      subsidyPct:
        s > 0 && subsidyMonthly > 0 ? Math.min(100, Math.round((subsidyMonthly / s) * 100)) : 0,
      subsidyMonthly,
    };
  } else {
    after = { kind: 'studies', studyAllowanceMonthly: exitOf('study_allowance') };
  }

  for (const b of before) {
    if (b.source === 'social_assistance' && b.tax !== 0)
      problems.push('skatt angiven på försörjningsstöd, som inte beskattas');
    if (b.tax > b.monthly) problems.push(`skatten på ${b.source} är större än beloppet`);
  }

  const hoursBefore = src.housingSupportHours;
  const housing =
    hoursBefore === null ? null : { hoursBefore, hoursAfter: src.housingAfter ?? hoursBefore };
  return {
    inputs: {
      before,
      after,
      housing,
      published: undefined,
      ...(notes.length > 0 ? { notes } : {}),
    },
    problems,
  };
}
