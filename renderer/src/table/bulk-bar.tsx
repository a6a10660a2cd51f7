import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import type { BulkEdit } from './table-model';

/** Props of the bulk-edit bar: how many rows are selected, and what to do with them. */
export interface BulkBarProps {
  readonly count: number;
  readonly onApply: (edit: BulkEdit) => void;
  readonly onClear: () => void;
  /** Copies the selected actors with the ties between them (to paste on this or another map). */
  readonly onCopy?: () => void;
}

/** Appears when rows are selected: set the category or buurt of all of them, or add a tag (one undoable step each). */
export function BulkBar({ count, onApply, onClear, onCopy }: BulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const vocabulary = useVocabulary();
  const [category, setCategory] = useState<string>(vocabulary.categories[0]?.id ?? 'overig');
  const [area, setArea] = useState('');
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent, edit: BulkEdit | null) => {
    e.preventDefault();
    if (!edit) {
      setProblem(t('table.bulk.tagEmpty'));
      return;
    }
    setProblem(null);
    onApply(edit);
  };
  const cleanTag = tag.trim().replace(/^#/, '');
  return (
    <div className="bulk-bar" role="group" aria-label={t('table.bulk.label')}>
      <p className="bulk-count" role="status">
        {t('table.bulk.count', { count })}
      </p>
      <form onSubmit={(e) => submit(e, { type: 'category', category })}>
        <label htmlFor={`${id}-category`}>{t('table.bulk.category')}</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
          {vocabulary.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="submit">{t('table.bulk.apply')}</button>
      </form>
      <form onSubmit={(e) => submit(e, { type: 'area', area: area.trim() })}>
        <label htmlFor={`${id}-area`}>{t('table.bulk.area')}</label>
        <input id={`${id}-area`} type="text" value={area} maxLength={200} onChange={(e) => setArea(e.target.value)} />
        <button type="submit">{t('table.bulk.apply')}</button>
      </form>
      <form onSubmit={(e) => submit(e, cleanTag ? { type: 'addTag', tag: cleanTag.slice(0, 60) } : null)}>
        <label htmlFor={`${id}-tag`}>{t('table.bulk.tag')}</label>
        <input
          id={`${id}-tag`}
          type="text"
          value={tag}
          maxLength={60}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setTag(e.target.value)}
        />
        <button type="submit">{t('table.bulk.addTag')}</button>
        {problem ? (
          <span id={`${id}-problem`} className="cell-error" role="alert">
            {problem}
          </span>
        ) : null}
      </form>
      {onCopy ? (
        <button type="button" onClick={onCopy}>
          {t('clipboard.copy')}
        </button>
      ) : null}
      <button type="button" className="button-quiet" onClick={onClear}>
        {t('table.bulk.clear')}
      </button>
    </div>
  );
}
