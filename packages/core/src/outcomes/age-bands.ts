import { yearOf, type TIsoDate } from '../domain/dates.ts';

/** One age band: inclusive bounds; a missing bound is open. */
export type TAgeBand = { label: string; min?: number; max?: number };

/**
 * The age-band presets of outcomes.md "Breakdowns", labels exactly as there (ASCII
 * hyphen): `sus` (SUS), `ten_year` (Helsingborg), `youth` (Umeå). Band sets are
 * configuration: any `TAgeBand[]` works where a preset does.
 */
export const ageBandPresets = {
  sus: [
    { label: '16-29', min: 16, max: 29 },
    { label: '30-39', min: 30, max: 39 },
    { label: '40-49', min: 40, max: 49 },
    { label: '50-59', min: 50, max: 59 },
    { label: '60+', min: 60 },
  ],
  ten_year: [
    { label: '<25', max: 24 },
    { label: '25-34', min: 25, max: 34 },
    { label: '35-44', min: 35, max: 44 },
    { label: '45-54', min: 45, max: 54 },
    { label: '55+', min: 55 },
  ],
  youth: [
    { label: '18-30', min: 18, max: 30 },
    { label: '31-65', min: 31, max: 65 },
  ],
} as const satisfies Record<string, readonly TAgeBand[]>;

/** Preset ids of outcomes.md "Breakdowns". */
export type TAgeBandPreset = keyof typeof ageBandPresets;
/** `sus`, `ten_year`, `youth` (outcomes.md "Breakdowns"). */
export const ageBandPresetIds = Object.keys(ageBandPresets) as TAgeBandPreset[];

/** Label for an age outside every band of the set (outcomes.md "Breakdowns"). */
export const otherAgeBand = 'other';

/** Age at enrolment = enrolment year − birth year (outcomes.md, interchange.md). */
export function ageAtEnrolment(enrolledAt: TIsoDate, birthYear: number): number {
  return yearOf(enrolledAt) - birthYear;
}

function bandsOf(bands: TAgeBandPreset | readonly TAgeBand[]): readonly TAgeBand[] {
  return typeof bands === 'string' ? ageBandPresets[bands] : bands;
}

/** The band label of an age, or `other` outside every band (outcomes.md "Breakdowns"). */
export function ageBand(age: number, bands: TAgeBandPreset | readonly TAgeBand[]): string {
  const band = bandsOf(bands).find(
    (b) => (b.min === undefined || age >= b.min) && (b.max === undefined || age <= b.max),
  );
  return band ? band.label : otherAgeBand;
}

/** Band labels in order, then `other`: the order reports list them in. */
export function ageBandOrder(bands: TAgeBandPreset | readonly TAgeBand[]): string[] {
  return [...bandsOf(bands).map((b) => b.label), otherAgeBand];
}
