import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import { valueLabel } from './filter-panel';
import { isFiltered, NO_FILTER, type FilterKey, type Marks, type Reading } from './reading-model';

/** Props of the filter summary: what is active and what it leaves visible. */
export interface FilterSummaryProps {
  readonly doc: MapDocument;
  readonly reading: Reading;
  readonly marks: Marks;
  readonly onChange: (reading: Reading) => void;
}

/**
 * Shown with the legend while a filter or focus is active: which values are shown, whether the
 * rest is faded or hidden, how many actors remain, and a button to show everything again.
 */
export function FilterSummary({ doc, reading, marks, onChange }: FilterSummaryProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const filtered = isFiltered(reading.filter);
  const focusActor = reading.focus ? doc.actors.find((a) => a.id === reading.focus?.id) : undefined;
  if (!filtered && !focusActor) return null;
  const visible = doc.actors.filter((a) => !marks.hidden.has(a.id) && !marks.dimmed.has(a.id)).length;
  const parts = (Object.entries(reading.filter) as [FilterKey, readonly (string | number)[]][])
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${t(`reading.group.${key}`)}: ${values.map((v) => valueLabel(t, vocabulary, key, v)).join(', ')}`);
  return (
    <section className="filter-summary" aria-label={t('reading.summaryLabel')} data-testid="filter-summary">
      <h2 className="legend-title">{t('reading.summaryTitle')}</h2>
      {focusActor && reading.focus ? <p>{t('reading.focusLine', { name: focusActor.name, count: reading.focus.depth })}</p> : null}
      {parts.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="hint">
        {t('reading.visibleCount', { visible, total: doc.actors.length })}
        {filtered ? ` · ${t(`reading.modeShort.${reading.mode}`)}` : ''}
      </p>
      <button type="button" className="button-link button-small" onClick={() => onChange({ ...reading, filter: NO_FILTER, focus: null })}>
        {t('reading.showAll')}
      </button>
    </section>
  );
}
