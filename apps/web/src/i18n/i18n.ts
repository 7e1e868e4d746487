import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { sv } from './sv.ts';

export const locales = ['sv', 'en'] as const;
export type TLocale = (typeof locales)[number];

const STORAGE_KEY = 'lots.locale';

export function isLocale(value: unknown): value is TLocale {
  return locales.some((l) => l === value);
}

/** The locale the user chose earlier on this device, if any. */
export function storedLocale(): TLocale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function applyLocale(locale: string) {
  document.documentElement.lang = isLocale(locale) ? locale : 'sv';
}

/** Switches the UI language, remembers it on this device and updates `<html lang>`. */
export async function setLocale(locale: TLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18next.changeLanguage(locale);
}

export function currentLocale(): TLocale {
  return isLocale(i18next.language) ? i18next.language : 'sv';
}

export const i18n = i18next;

i18next.on('languageChanged', applyLocale);

// Resources are bundled (both locales are small), so initialisation is synchronous.
void i18next.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLocale() ?? 'sv',
  fallbackLng: 'sv',
  supportedLngs: [...locales],
  initAsync: false,
  interpolation: { escapeValue: false },
});

applyLocale(i18next.language);

/**
 * After login: follow the user's preferred locale from the server, unless a
 * language was chosen on this device (that choice wins, and is not overwritten).
 */
export function changeLanguageForUser(locale: TLocale): void {
  if (storedLocale() === null && locale !== currentLocale()) void i18next.changeLanguage(locale);
}
