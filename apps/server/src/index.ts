export * from './app.ts';
export * from './start.ts';
export * from './errors.ts';
