import { addDays, yearOf, type TIsoDate } from '@lots/core';
import type { TProgramme, TSpecialist } from '@lots/contracts';

/*
 * The two demo programmes, sized like IPS Hudiksvall in seed 001 (about 70
 * enrolments in its first years, two specialists at 1.6 FTE in all, a queue of about
 * ten) and a smaller neighbour, Nordanstig.
 */

export const demoAssociation = 'halsingland';
/** The demo covers the three years before `today`. */
export const historyDays = 3 * 365;

export type TProgrammeSpec = {
  programme: TProgramme;
  specialists: readonly TSpecialist[];
  enrolments: number;
  reEnrolments: number;
  waiting: number;
  declined: number;
  withdrawn: number;
  /** Home municipalities of participants: seed 001 had 49 from Hudiksvall, 14 Ljusdal, 7 Nordanstig. */
  homes: readonly (readonly [string, number])[];
};

export function programmeSpecs(today: TIsoDate): TProgrammeSpec[] {
  const years = Array.from(
    { length: yearOf(today) - yearOf(addDays(today, -historyDays)) + 1 },
    (_, i) => yearOf(today) - i,
  ).reverse();
  const base = {
    association: demoAssociation,
    parent: null,
    closureAfterDays: 60,
    minHoursPerWeekForEmployment: 0,
    followUpMonths: [6, 12],
    retentionYears: 2,
  };
  return [
    {
      programme: {
        ...base,
        key: 'ips-hud',
        name: 'IPS Hudiksvall (demo)',
        municipality: '2184',
        caseNumberPrefix: 'HUD',
        // Hudiksvall's 2018 targets: 20 % employment, 20 % studies, 10 % occupation.
        targets: years.map((year) => ({
          year,
          enrolments: 25,
          rates: { employment: 0.2, studies: 0.2, occupation: 0.1 },
        })),
        priorityRules: [{ kind: 'max_age', value: 29, priority: 1 }],
      },
      specialists: [
        { key: 'hud-s1', programme: 'ips-hud', fte: 1, name: 'Anna Coach' },
        { key: 'hud-s2', programme: 'ips-hud', fte: 0.6, name: 'Erik Coach' },
      ],
      enrolments: 68,
      reEnrolments: 2,
      waiting: 8,
      declined: 3,
      withdrawn: 1,
      homes: [
        ['2184', 70],
        ['2161', 20],
        ['2132', 10],
      ],
    },
    {
      programme: {
        ...base,
        key: 'ips-nor',
        name: 'IPS Nordanstig (demo)',
        municipality: '2132',
        caseNumberPrefix: 'NOR',
        targets: years.map((year) => ({
          year,
          enrolments: 10,
          rates: { employment: 0.2, studies: 0.1 },
        })),
      },
      specialists: [{ key: 'nor-s1', programme: 'ips-nor', fte: 1, name: 'Nils Coach' }],
      enrolments: 25,
      reEnrolments: 0,
      waiting: 3,
      declined: 1,
      withdrawn: 0,
      homes: [
        ['2132', 85],
        ['2184', 15],
      ],
    },
  ];
}
