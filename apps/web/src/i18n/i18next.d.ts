import type { sv } from './sv.ts';

// Typed keys: `t('login.title')` is checked against the Swedish resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
