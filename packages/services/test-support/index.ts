export * from './factories.ts';
export * from './test-lots.ts';
export * from './pg-server.ts';
export * from './pdf-text.ts';
