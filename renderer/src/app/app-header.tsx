import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/ipc/contract';
import { isLanguage, type Language } from '../i18n/setup';

/** Props of the app header. */
export interface AppHeaderProps {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}

/** The top bar: the app name and the language switch (labelled "Taal"). */
export function AppHeader({ language, onLanguage }: AppHeaderProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="language">
        <label htmlFor={id}>{t('app.language')}</label>
        <select
          id={id}
          value={language}
          onChange={(e) => {
            if (isLanguage(e.target.value)) onLanguage(e.target.value);
          }}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {t(`language.${lang}`)}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
