export * from './connect.ts';
export * from './lock.ts';
export * from './migrate.ts';
export type * from './schema.ts';
export * from './scope.ts';
export type { TRepositories } from './repositories/index.ts';
export type { TAuditEntry } from './repositories/audit.ts';
export type { TSocioRecordSource, TSocioRowRecord } from './repositories/socio.ts';
export type { TBulkSession, TCopyFrom } from './copy.ts';
