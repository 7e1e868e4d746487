export * from './allocate.ts';
export * from './finsam.ts';
export * from './cost-metrics.ts';
export * from './target-group.ts';
export * from './state-allocation.ts';
