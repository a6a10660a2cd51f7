import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mapVocabulary, type MapVocabulary } from './map-vocabulary';

/** The vocabulary of the open map; absent outside a map (then the defaults are used). */
export const VocabularyContext = createContext<MapVocabulary | null>(null);

/** The open map's categories and relation kinds with their names and colours (the defaults outside a map). */
export function useVocabulary(): MapVocabulary {
  const own = useContext(VocabularyContext);
  const { t } = useTranslation();
  const defaults = useMemo(() => mapVocabulary(undefined, t), [t]);
  return own ?? defaults;
}
