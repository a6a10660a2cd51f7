import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import type { MapDocument } from '../../../shared/domain/map-document';

/** Props of the overview: the map, and what to do when the user picks an actor or relation. */
export interface OverviewPanelProps {
  readonly doc: MapDocument;
  readonly onSelect: (group: 'nodes' | 'edges', id: string) => void;
}

/** How many rows each list shows before asking the user to search. */
const LIST_LIMIT = 150;

/**
 * The side panel when nothing is selected: every actor and relation as a button, so everything on
 * the canvas can also be reached and edited with the keyboard.
 */
export function OverviewPanel({ doc, onSelect }: OverviewPanelProps) {
  const { t, i18n } = useTranslation();
  const vocabulary = useVocabulary();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }), [i18n.language]);
  const needle = filter.trim().toLocaleLowerCase();
  const actors = useMemo(
    () => doc.actors.filter((a) => a.name.toLocaleLowerCase().includes(needle)).sort((a, b) => collator.compare(a.name, b.name)),
    [doc.actors, needle, collator],
  );
  const relations = useMemo(
    () =>
      doc.relations.filter(
        (r) =>
          needle === '' ||
          (names.get(r.from) ?? '').toLocaleLowerCase().includes(needle) ||
          (names.get(r.to) ?? '').toLocaleLowerCase().includes(needle),
      ),
    [doc.relations, names, needle],
  );

  return (
    <div className="overview">
      <p className="hint">{t('overview.hint')}</p>
      {doc.actors.length > 0 ? (
        <div className="field">
          <label htmlFor={filterId}>{t('overview.filter')}</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
        </div>
      ) : null}
      <h3 className="overview-heading">
        {t('overview.actors')} <span className="count">({actors.length})</span>
      </h3>
      {actors.length === 0 && needle !== '' ? <p className="hint">{t('overview.noMatch')}</p> : null}
      <ul className="overview-list">
        {actors.slice(0, LIST_LIMIT).map((a) => (
          <li key={a.id}>
            <button type="button" className="list-button" onClick={() => onSelect('nodes', a.id)}>
              {a.name}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="overview-heading">
        {t('overview.relations')} <span className="count">({relations.length})</span>
      </h3>
      <ul className="overview-list">
        {relations.slice(0, LIST_LIMIT).map((r) => (
          <li key={r.id}>
            <button type="button" className="list-button" onClick={() => onSelect('edges', r.id)}>
              {t('overview.relationLabel', {
                from: names.get(r.from) ?? '?',
                to: names.get(r.to) ?? '?',
                kind: vocabulary.relationLabel(r.kind),
              })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
