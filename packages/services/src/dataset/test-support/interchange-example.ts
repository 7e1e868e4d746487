import type { TDatasetInput } from '@lots/contracts';
import { interchangeExampleVerbatim } from '@lots/contracts/test-support';

/**
 * The example document of shared/domain/interchange.md, plus the consent that
 * enrolment requires (the example leaves it out). A function, so each test gets its
 * own copy to change.
 */
export function interchangeExample(): TDatasetInput & {
  participants: NonNullable<TDatasetInput['participants']>;
} {
  const example = interchangeExampleVerbatim();
  return {
    ...example,
    participants: example.participants.map((p) => ({
      ...p,
      consent: { date: '2016-09-20', participation: true as const, handBack: true, survey: false },
    })),
  } as TDatasetInput & { participants: NonNullable<TDatasetInput['participants']> };
}

/** Enough of SCB's municipality list for the tests: Hudiksvall, Nordanstig, Ljusdal, Gävle. */
export const testMunicipalityCodes: ReadonlySet<string> = new Set(['2184', '2132', '2161', '2180']);
