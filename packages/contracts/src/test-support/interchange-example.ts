/**
 * The example document of shared/domain/interchange.md, verbatim (tests only). A
 * function, so each test gets its own copy to change.
 */
export function interchangeExampleVerbatim() {
  return {
    format: 'lots-dataset',
    version: 1,
    associations: [{ key: 'gavleborg', name: 'Samordningsförbundet Gävleborg' }],
    programmes: [
      {
        key: 'ips-hud',
        name: 'IPS Hudiksvall',
        association: 'gavleborg',
        parent: null,
        municipality: '2184',
        closureAfterDays: 60,
        minHoursPerWeekForEmployment: 0,
        targets: [
          { year: 2018, enrolments: 40, rates: { employment: 0.2, studies: 0.2, occupation: 0.1 } },
        ],
      },
    ],
    specialists: [{ key: 's1', programme: 'ips-hud', fte: 0.8, name: 'Coach 1' }],
    employers: [{ key: 'e1', name: 'ICA Nära', industry: 'G', type: 'private' }],
    participants: [
      {
        key: 'p1',
        programme: 'ips-hud',
        caseNumber: 'HUD-2016-001',
        sex: 'female',
        birthYear: 1990,
        municipality: '2184',
        education: 'upper_secondary',
        referral: { date: '2016-09-05', source: 'psychiatry' },
        enrolledAt: '2016-09-20',
        specialist: 's1',
        baseline: {
          incomeSources: [{ source: 'sickness_benefit', monthly: 18960, tax: 5309 }],
          timeOnSupport: 'up_to_3_years',
          housingSupportHoursPerWeek: 2,
          diagnosisGroup: 'neuropsychiatric',
          goal: 'work',
        },
        events: [
          { type: 'employer_contact', date: '2016-10-03', employer: 'e1', faceToFace: true },
          {
            type: 'job_start',
            date: '2017-01-09',
            employer: 'e1',
            hoursPerWeek: 40,
            extentPct: 100,
            contract: 'permanent',
            salary: 24000,
            subsidy: 'none',
            subsidyMonthly: 0,
            competitive: true,
          },
          { type: 'placement_start', date: '2016-11-01', kind: 'work_training' },
          { type: 'placement_end', date: '2016-12-20', kind: 'work_training' },
        ],
        closure: {
          date: '2017-03-10',
          reason: 'employment',
          exitIncomeSources: [{ source: 'salary', monthly: 24000 }],
        },
        followUps: [{ date: '2017-09-10', status: 'employed' }],
      },
    ],
  };
}
