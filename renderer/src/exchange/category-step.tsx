import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../../../shared/domain/map-document';
import type { CategoryMapping } from '../../../shared/io/category-mapping';
import { labelFromId } from '../../../shared/io/import-vocabulary';
import { mapVocabulary } from '../vocabulary/map-vocabulary';

/** The value of the "keep as a new category" option (never a vocabulary id: ids have no spaces). */
const KEEP = ' nieuw';

interface Props {
  readonly mapping: readonly CategoryMapping[];
  /** The vocabulary of the map imported into (undefined: a new map, the built-in categories). */
  readonly own: Vocabulary | undefined;
  readonly onChoose: (source: string, target: string | null) => void;
}

/**
 * The wizard's category step: every category the file uses, how many actors have it and what it
 * becomes on the map. Known synonyms and singular/plural are matched already; the rest is kept as
 * a new category unless the user maps it onto one of the map's.
 */
export function CategoryStep({ mapping, own, onChoose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const entries = mapVocabulary(own, t).categories;
  const kept = mapping.filter((m) => m.isNew).length;
  const how = (m: CategoryMapping): string => {
    if (m.chosen) return t('exchange.categories.howChosen');
    if (m.isNew) return t('exchange.categories.howNew');
    return t(`exchange.categories.how.${m.match?.how ?? 'same'}`);
  };
  return (
    <section className="import-categories" aria-labelledby={titleId} data-testid="import-categories">
      <h3 id={titleId}>{t('exchange.categories.title', { count: mapping.length })}</h3>
      <p className="hint">{t('exchange.categories.hint', { count: mapping.length, targets: new Set(mapping.map((m) => m.target)).size, kept })}</p>
      <table className="data-table import-categories-table">
        <thead>
          <tr>
            <th scope="col">{t('exchange.categories.source')}</th>
            <th scope="col">{t('exchange.categories.actors')}</th>
            <th scope="col">{t('exchange.categories.target')}</th>
            <th scope="col">{t('exchange.categories.how.title')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((m) => (
            <tr key={m.source} className={m.isNew ? 'import-category-new' : undefined}>
              <td className="import-category-source">{labelFromId(m.source)}</td>
              <td>{m.count}</td>
              <td>
                <select
                  aria-label={t('exchange.categories.targetOf', { name: labelFromId(m.source) })}
                  value={m.isNew ? KEEP : m.target}
                  onChange={(e) => onChoose(m.source, e.target.value === KEEP ? null : e.target.value)}
                >
                  <option value={KEEP}>{t('exchange.categories.keep', { name: labelFromId(m.source) })}</option>
                  {entries.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="hint">{how(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
