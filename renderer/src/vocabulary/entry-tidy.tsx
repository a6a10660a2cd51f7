import { useTranslation } from 'react-i18next';
import type { VocabularyList } from '../../../shared/commands/command';
import { matchCategory } from '../../../shared/domain/category-synonyms';
import type { VocabularyEntry } from '../../../shared/domain/map-document';
import { DEFAULT_CATEGORIES, DEFAULT_RELATION_KINDS } from '../../../shared/domain/vocabulary';
import type { MapController } from '../map/use-map-state';

const BUILT_IN: Readonly<Record<VocabularyList, readonly string[]>> = { categories: DEFAULT_CATEGORIES, relationKinds: DEFAULT_RELATION_KINDS };

/** Whether an entry is one of the built-in ones (those can be renamed and recoloured, not merged away). */
export function isBuiltIn(list: VocabularyList, id: string): boolean {
  return BUILT_IN[list].includes(id);
}

/**
 * For an own category that means a built-in one ("Ondernemers", "Politie"), that built-in entry,
 * from the same synonym table the importer uses; null otherwise.
 */
export function builtInTwin(list: VocabularyList, entry: VocabularyEntry, entries: readonly VocabularyEntry[]): VocabularyEntry | null {
  if (list !== 'categories' || isBuiltIn(list, entry.id)) return null;
  const builtIn = entries.filter((e) => isBuiltIn(list, e.id));
  const match = matchCategory(entry.label, builtIn) ?? matchCategory(entry.id, builtIn);
  return builtIn.find((e) => e.id === match?.id) ?? null;
}

interface Props {
  readonly list: VocabularyList;
  readonly entry: VocabularyEntry;
  readonly entries: readonly VocabularyEntry[];
  readonly used: number;
  readonly controller: MapController;
}

/**
 * Tidying one own entry: merge it into another (its actors or relations go along), delete it
 * (actors to "Overig"), or take the suggested built-in twin. Each is one undoable command.
 */
export function EntryTidy({ list, entry, entries, used, controller }: Props) {
  const { t } = useTranslation();
  if (isBuiltIn(list, entry.id)) return <span className="hint">{t('vocabulary.builtIn')}</span>;
  const twin = builtInTwin(list, entry, entries);
  const merge = (into: string) => void controller.run({ type: 'vocabulary.merge', list, from: entry.id, into });
  const canDelete = list === 'categories' || used === 0;
  return (
    <div className="vocabulary-tidy">
      {twin ? (
        <button type="button" className="button-small" onClick={() => merge(twin.id)}>
          {t('vocabulary.mergeInto', { name: twin.label })}
        </button>
      ) : null}
      <select aria-label={t('vocabulary.mergeOf', { name: entry.label })} value="" onChange={(e) => e.target.value && merge(e.target.value)}>
        <option value="">{t('vocabulary.mergeWith')}</option>
        {entries
          .filter((e) => e.id !== entry.id)
          .map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
      </select>
      <button
        type="button"
        className="button-quiet button-small"
        disabled={!canDelete}
        title={canDelete ? undefined : t('vocabulary.deleteInUse')}
        aria-label={t('vocabulary.deleteOf', { name: entry.label })}
        onClick={() => void controller.run({ type: 'vocabulary.delete', list, id: entry.id })}
      >
        {t('vocabulary.delete')}
      </button>
    </div>
  );
}
