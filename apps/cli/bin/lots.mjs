#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): see docs/adr/0004-typescript-without-build.md
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
