import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { MapVocabulary } from '../vocabulary/map-vocabulary';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import { filterChoices, NO_FILTER, toggleFilter, type FilterKey, type MapFilter, type Reading } from './reading-model';

/** Props of the filter panel: the map (for its choices), the reading state and how to change it. */
export interface FilterPanelProps {
  readonly doc: MapDocument;
  readonly reading: Reading;
  readonly onChange: (reading: Reading) => void;
}

/** The label of one filter value, e.g. a category id as its Dutch name. */
export function valueLabel(
  t: (key: string, options: { defaultValue: string }) => string,
  vocabulary: MapVocabulary,
  key: FilterKey,
  value: string | number,
): string {
  const v = String(value);
  switch (key) {
    case 'kinds':
      return t(`kind.${v}`, { defaultValue: v });
    case 'categories':
      return vocabulary.categoryLabel(v);
    case 'relationKinds':
      return vocabulary.relationLabel(v);
    case 'strengths':
      return t(`strength.${v}`, { defaultValue: v });
    default:
      return key === 'tags' ? `#${v}` : v;
  }
}

const GROUPS: readonly FilterKey[] = ['kinds', 'categories', 'areas', 'tags', 'relationKinds', 'strengths'];

/** Checkbox groups per dimension (only values the map has) and the choice between fading and hiding. */
export function FilterPanel({ doc, reading, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const vocabulary = useVocabulary();
  const choices = filterChoices(doc);
  const set = (filter: MapFilter) => onChange({ ...reading, filter });
  return (
    <div className="filter-panel" role="group" aria-label={t('reading.filterTitle')}>
      <fieldset className="filter-mode">
        <legend>{t('reading.modeLabel')}</legend>
        {(['fade', 'hide'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name={`${id}-mode`} checked={reading.mode === mode} onChange={() => onChange({ ...reading, mode })} />
            {t(`reading.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      {GROUPS.map((key) =>
        choices[key].length === 0 ? null : (
          <fieldset key={key} className="filter-group">
            <legend>{t(`reading.group.${key}`)}</legend>
            {(choices[key] as readonly (string | number)[]).map((value) => (
              <label key={String(value)} className="choice">
                <input
                  type="checkbox"
                  checked={(reading.filter[key] as readonly (string | number)[]).includes(value)}
                  onChange={() => set(toggleFilter(reading.filter, key, value as never))}
                />
                {valueLabel(t, vocabulary, key, value)}
              </label>
            ))}
          </fieldset>
        ),
      )}
      <button type="button" className="button-quiet button-small" onClick={() => set(NO_FILTER)}>
        {t('reading.clearFilter')}
      </button>
    </div>
  );
}
