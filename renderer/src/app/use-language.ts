import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage, isLanguage, type Language } from '../i18n/setup';
import { useToast } from '../feedback/toast-context';
import { useApi } from './use-api';

/** The interface language, loaded from the stored preferences, and a way to change it. */
export interface LanguageState {
  /** True once the stored preference was read (or reading failed and Dutch is used). */
  readonly loaded: boolean;
  readonly language: Language;
  setLanguage(language: Language): Promise<void>;
}

/** Reads `prefs.language` once, applies it with i18next, and stores changes via `prefs.set`. */
export function useLanguage(): LanguageState {
  const api = useApi();
  const toast = useToast();
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const current = isLanguage(i18n.language) ? i18n.language : 'nl';

  useEffect(() => {
    let alive = true;
    void api.prefs.get({}).then(async (result) => {
      if (result.ok) await applyLanguage(i18n, result.value.language);
      if (alive) setLoaded(true);
    });
    return () => {
      alive = false;
    };
  }, [api, i18n]);

  const setLanguage = useCallback(
    async (language: Language) => {
      await applyLanguage(i18n, language);
      const result = await api.prefs.set({ language });
      if (!result.ok) toast.error(t('error.prefs'), result.error);
    },
    [api, i18n, t, toast],
  );

  return { loaded, language: current, setLanguage };
}
