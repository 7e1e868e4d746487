#!/usr/bin/env node
// `npm run bench`: runs the TypeScript harness directly (docs/adr/0004-typescript-without-build.md).
// Never part of `npm test`. See bench/src/main.ts for the options.
import { register } from 'tsx/esm/api';

register();
await import('./src/main.ts');
