// The worker thread of `lots import FILE`'s checking pass (validate-in-worker.ts). Lots
// runs its TypeScript sources directly (docs/adr/0004-typescript-without-build.md): a
// worker thread starts without the main thread's module hooks, so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./validate-dataset-worker.ts');
