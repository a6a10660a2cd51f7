import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { FilterPanel } from './filter-panel';
import { isFiltered, searchMatches, type Reading } from './reading-model';

/** Props of the reading bar above the canvas. */
export interface ReadingBarProps {
  readonly doc: MapDocument;
  readonly reading: Reading;
  readonly onChange: (reading: Reading) => void;
  /** The selected actor (focus mode starts from it), or null. */
  readonly selectedActor: string | null;
  readonly edgeLabels: boolean;
  readonly onEdgeLabels: (on: boolean) => void;
  readonly onZoomTo: (ids: readonly string[]) => void;
  /** Buurten drawn as groups around their actors. */
  readonly areaGroups: boolean;
  readonly onAreaGroups: (on: boolean) => void;
  readonly searchRef?: Ref<HTMLInputElement>;
}

/**
 * Tools for reading the map: search (Ctrl+F; matches are ringed, Enter zooms to them), filters,
 * focus on the selected actor with 1–3 steps of neighbours, and relation labels on demand.
 */
export function ReadingBar({ doc, reading, onChange, selectedActor, edgeLabels, onEdgeLabels, onZoomTo, areaGroups, onAreaGroups, searchRef }: ReadingBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filterOpen, setFilterOpen] = useState(false);
  const matches = searchMatches(doc, reading.search);
  const focusOn = reading.focus !== null;
  const isGroup = selectedActor !== null && doc.actors.some((a) => a.parentId === selectedActor);
  const folded = selectedActor !== null && reading.collapsed.includes(selectedActor);
  const toggleFold = () => {
    if (selectedActor === null) return;
    onChange({ ...reading, collapsed: folded ? reading.collapsed.filter((id) => id !== selectedActor) : [...reading.collapsed, selectedActor] });
  };
  return (
    <div className="reading-bar">
      <div className="reading-row">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('reading.search')}
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          placeholder={t('reading.searchPlaceholder')}
          value={reading.search}
          aria-keyshortcuts="Control+F"
          aria-describedby={`${id}-count`}
          onChange={(e) => onChange({ ...reading, search: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onZoomTo(matches);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              if (reading.search) onChange({ ...reading, search: '' });
              else e.currentTarget.blur();
            }
          }}
        />
      </div>
      <p id={`${id}-count`} className="reading-status" aria-live="polite">
        {reading.search.trim() ? t('reading.matches', { count: matches.length }) : ''}
      </p>
      <div className="reading-row">
        <button type="button" className={isFiltered(reading.filter) ? 'toggle is-active' : 'toggle'} aria-expanded={filterOpen} onClick={() => setFilterOpen(!filterOpen)}>
          {t('reading.filter')}
        </button>
        <button type="button" className="toggle" aria-pressed={edgeLabels} onClick={() => onEdgeLabels(!edgeLabels)}>
          {t('reading.edgeLabels')}
        </button>
        <button type="button" className="toggle" aria-pressed={areaGroups} onClick={() => onAreaGroups(!areaGroups)}>
          {t('reading.areaGroups')}
        </button>
      </div>
      <div className="reading-row">
        <button
          type="button"
          className="toggle"
          aria-pressed={focusOn}
          disabled={!focusOn && selectedActor === null}
          title={selectedActor === null && !focusOn ? t('reading.focusNeedsActor') : undefined}
          onClick={() => onChange({ ...reading, focus: focusOn || !selectedActor ? null : { id: selectedActor, depth: 1 } })}
        >
          {t('reading.focus')}
        </button>
        <label htmlFor={`${id}-depth`}>{t('reading.depth')}</label>
        <select
          id={`${id}-depth`}
          value={String(reading.focus?.depth ?? 1)}
          disabled={!focusOn}
          onChange={(e) => {
            const depth = Number(e.target.value);
            if (reading.focus && (depth === 1 || depth === 2 || depth === 3)) onChange({ ...reading, focus: { ...reading.focus, depth } });
          }}
        >
          {[1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {t('reading.steps', { count: n })}
            </option>
          ))}
        </select>
      </div>
      {isGroup || reading.collapsed.length > 0 ? (
        <div className="reading-row">
          {isGroup ? (
            <button type="button" onClick={toggleFold}>
              {folded ? t('reading.expand') : t('reading.collapse')}
            </button>
          ) : null}
          {reading.collapsed.length > 0 ? (
            <button type="button" className="button-quiet" onClick={() => onChange({ ...reading, collapsed: [] })}>
              {t('reading.expandAll')}
            </button>
          ) : null}
        </div>
      ) : null}
      {filterOpen ? <FilterPanel doc={doc} reading={reading} onChange={onChange} /> : null}
    </div>
  );
}
