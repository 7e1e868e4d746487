/** The report pages, in the order of outcomes.md "Standard reports", and their paths. */
export const reportPages = [
  { id: 'outcomes', path: '/rapporter/utfall' },
  { id: 'participants', path: '/rapporter/deltagare' },
  { id: 'movement', path: '/rapporter/forflyttning' },
  { id: 'caseload', path: '/rapporter/arbetsbelastning' },
  { id: 'factBox', path: '/rapporter/faktaruta' },
  { id: 'lasting', path: '/rapporter/varaktiga-resultat' },
  { id: 'timeMeasures', path: '/rapporter/tidsmatt' },
  { id: 'definitions', path: '/rapporter/definitioner' },
] as const;

export type TReportPageId = (typeof reportPages)[number]['id'];
