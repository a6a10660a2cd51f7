import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Prefs } from '../../../shared/ipc/contract';
import { localeTree } from './resources';

/** A language the interface is available in. */
export type Language = Prefs['language'];

/** Dutch first: the language used before preferences are known and for missing English strings. */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Tells whether a string names a supported interface language. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Creates and initialises the i18next instance (synchronously: resources are bundled), wired into
 * react-i18next. User text never passes through here, and React escapes what does.
 */
export function setupI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: localeTree('nl') }, en: { translation: localeTree('en') } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Switches the interface language and keeps `<html lang>` in step. */
export async function applyLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}
