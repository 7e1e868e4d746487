export * from './api/common.ts';
export * from './api/auth.ts';
export * from './api/participants.ts';
export * from './api/programmes.ts';
export * from './api/programme-settings.ts';
export * from './client.ts';
export {
  ZCalendarDate,
  ZIncome,
  ZKey,
  ZMunicipalityCode,
  ZOrganisationNumber,
  ZPersonalNumber,
  type TIncome,
} from './dataset-primitives.ts';
export * from './dataset-events.ts';
export * from './dataset.ts';
export * from './zod-issues.ts';
export * from './api/audit.ts';
export * from './api/events.ts';
export * from './api/employers.ts';
export * from './api/caseload.ts';
export * from './api/case-work.ts';
export * from './api/data-subject.ts';
export * from './socio.ts';
export * from './budget.ts';
export * from './api/reports.ts';
export * from './fidelity.ts';
export * from './api/fidelity-reviews.ts';
export * from './api/socio.ts';
export * from './api/funding.ts';
